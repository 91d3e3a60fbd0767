/**
 * Which country the Help tab is for. The user says so (the region setting, in the popup or the options);
 * until then the browser's languages are only a first guess, and a weak one: an en-US browser is often
 * used in Russia. So a guess keeps several candidates — the browser's regions and the interface
 * language's home country — and the Help tab shows all their lines and asks where the person is.
 */
import { regionOf } from '../i18n/language';
import type { UiLang } from '../i18n/keys';
import { HELPLINES } from './helplines';
import type { Place } from './helplines';

/** `auto` guesses from the browser; `other` is a country JobSafe has no line for. */
export type RegionSetting = 'auto' | 'other' | string;

/**
 * The country an interface language most likely means. English says nothing about place, so it falls back
 * to Russia: JobSafe is built on IOM Russia's guidance and its hotline.
 */
export const HOME_REGION: Record<UiLang, string> = { ru: 'RU', uk: 'UA', en: 'RU' };

export function placeFor(
  setting: RegionSetting,
  navigatorLanguages: readonly string[],
  uiLang: UiLang,
): Place {
  if (setting === 'other') return { regions: [], chosen: true };
  if (setting !== 'auto') return { regions: [setting], chosen: true };
  const fromBrowser = navigatorLanguages
    .map(regionOf)
    .filter((r): r is string => r !== undefined && /^[A-Z]{2}$/.test(r));
  return { regions: [...new Set([...fromBrowser, HOME_REGION[uiLang]])], chosen: false };
}

/** The countries whose job sites JobSafe reads or whose people it serves most, first in the chooser. */
const FIRST_REGIONS = ['RU', 'UA', 'KZ', 'UZ', 'KG', 'TJ', 'MD', 'BY', 'PL', 'DE', 'CZ'] as const;

/** Every country the chooser offers: the first ones, then every other country a line serves, by name. */
export function regionChoices(nameOf: (region: string) => string): string[] {
  const served = new Set(HELPLINES.flatMap((l) => l.regions).filter((r) => r !== '*'));
  const rest = [...served]
    .filter((r) => !(FIRST_REGIONS as readonly string[]).includes(r))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  return [...FIRST_REGIONS, ...rest];
}
