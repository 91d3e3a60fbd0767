import type { UiLang } from './keys';

export type UiLanguageSetting = 'browser' | UiLang;

/**
 * The interface language: the user's choice, or the browser's. Ukrainian for a Ukrainian browser, Russian
 * for a Russian browser and for languages whose speakers (Belarus, Central Asia, Russia's republics; many
 * of them labour migrants to Russia) usually read Russian better than English; English otherwise. The
 * user can always override it.
 */
const RUSSIAN_READERS = new Set(['ru', 'be', 'kk', 'ky', 'uz', 'tg', 'tt', 'ba']);

export function resolveUiLanguage(setting: UiLanguageSetting, navigatorLanguage: string): UiLang {
  if (setting !== 'browser') return setting;
  const primary = navigatorLanguage.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'uk') return 'uk';
  return RUSSIAN_READERS.has(primary) ? 'ru' : 'en';
}

/** The region subtag of a BCP 47 tag (`en-GB` -> `GB`, `ru` -> undefined), upper case. */
export function regionOf(navigatorLanguage: string): string | undefined {
  const parts = navigatorLanguage.trim().split(/[-_]/).slice(1);
  const region = parts.find((p) => /^[A-Za-z]{2}$|^\d{3}$/.test(p));
  return region?.toUpperCase();
}
