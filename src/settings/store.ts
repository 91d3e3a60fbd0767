/**
 * The settings store over browser.storage.local. Every read is parsed (parse.ts), so callers always get
 * valid, current-version Settings whatever storage holds. Settings an older version stored are written
 * back migrated (the background does it when it starts and whenever they change: migrateStoredSettings).
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, SettingsSchema } from './schema';
import type { Settings } from './schema';
import { isFromNewerBuild, needsMigration, parseStoredSettings } from './parse';

export { parseStoredSettings };

async function readRaw(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

export async function loadSettings(): Promise<Settings> {
  return parseStoredSettings(await readRaw());
}

/**
 * Merge `patch` into the stored settings; an invalid patch throws before anything is written. Settings a
 * newer build stored keep their version and the fields this build does not know, so going back to that
 * build loses nothing.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const raw = await readRaw();
  const current = parseStoredSettings(raw);
  const next = SettingsSchema.parse({ ...current, ...patch, version: current.version });
  const stored = isFromNewerBuild(raw) ? { ...raw, ...next, version: raw.version } : next;
  await browser.storage.local.set({ [SETTINGS_KEY]: stored });
  return next;
}

/**
 * Writes settings stored by an older version back in the current one. Returns whether it wrote. Until
 * then every reader migrates them the same way on the fly, so the order of readers does not matter.
 */
export async function migrateStoredSettings(): Promise<boolean> {
  const raw = await readRaw();
  if (!needsMigration(raw)) return false;
  await browser.storage.local.set({ [SETTINGS_KEY]: parseStoredSettings(raw) });
  return true;
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
