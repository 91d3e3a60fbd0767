/**
 * The settings the page needs (badges per site, the quiet badge, the sensitivity whose change makes
 * cached results stale), read from storage with the one settings parser everyone uses
 * (src/settings/parse.ts: migrations, field-by-field fallback), so the page badges exactly the sites the
 * options page shows switched on, whatever version stored them.
 */
import { browser } from 'wxt/browser';
import { parseStoredSettings } from '../settings/parse';
import { SETTINGS_KEY, type Settings } from '../settings/schema';

export type PageSettings = Pick<Settings, 'sites' | 'showOrdinary' | 'sensitivity'>;

export function pageSettings(settings: Settings): PageSettings {
  const { sites, showOrdinary, sensitivity } = settings;
  return { sites, showOrdinary, sensitivity };
}

export const PAGE_DEFAULTS: PageSettings = pageSettings(parseStoredSettings(undefined));

export async function loadPageSettings(): Promise<PageSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return pageSettings(parseStoredSettings(stored[SETTINGS_KEY]));
}

export function watchPageSettings(cb: (settings: PageSettings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) cb(pageSettings(parseStoredSettings(change.newValue)));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
