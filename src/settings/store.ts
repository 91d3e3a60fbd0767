/**
 * The settings store over browser.storage.local. Every read is parsed (parse.ts), so callers always get
 * valid, current-version Settings whatever storage holds.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, SettingsSchema } from './schema';
import type { Settings } from './schema';
import { parseStoredSettings } from './parse';

export { parseStoredSettings };

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseStoredSettings(stored[SETTINGS_KEY]);
}

/** Merge `patch` into the stored settings; an invalid patch throws before anything is written. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = SettingsSchema.parse({ ...current, ...patch, version: current.version });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await browser.storage.local.remove(SETTINGS_KEY);
  return parseStoredSettings(undefined);
}

/** Call `cb` with the parsed settings whenever they change (in any extension context). */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) cb(parseStoredSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
