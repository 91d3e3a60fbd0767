/**
 * The settings the page needs (badges per site, the quiet badge, the sensitivity whose change makes
 * cached results stale), read straight from storage with zod/mini, each field falling back to its
 * default on its own like src/settings/parse.ts does. Not the full store: its classic-zod schemas and
 * migrations would cost the content script about 26 KB gzip (see wire.ts).
 * Stored settings of an older version read as defaults here until the store migrates them.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Settings } from '../settings/schema';
import { WIRE_SENSITIVITIES } from './wire';

export type PageSettings = Pick<Settings, 'sites' | 'showOrdinary' | 'sensitivity'>;

/** = SETTINGS_KEY, SETTINGS_VERSION and DEFAULT_SETTINGS in src/settings/schema.ts (a test keeps them equal). */
export const STORAGE_KEY = 'settings';
export const CURRENT_VERSION = 1;
export const PAGE_DEFAULTS: PageSettings = { sites: {}, showOrdinary: true, sensitivity: 'balanced' };

const StoredSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  sites: z.catch(z.unknown(), {}),
  showOrdinary: z.catch(z.boolean(), PAGE_DEFAULTS.showOrdinary),
  sensitivity: z.catch(z.enum(WIRE_SENSITIVITIES), PAGE_DEFAULTS.sensitivity),
});

export function parsePageSettings(raw: unknown): PageSettings {
  const parsed = StoredSchema.safeParse(raw);
  if (!parsed.success) return { ...PAGE_DEFAULTS, sites: {} };
  const { sites, showOrdinary, sensitivity } = parsed.data;
  return { sites: booleanEntries(sites), showOrdinary, sensitivity };
}

/** Keeps the valid per-site switches of a damaged map, as the store does. */
function booleanEntries(value: unknown): Record<string, boolean> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, boolean> = {};
  for (const [site, on] of Object.entries(value)) if (typeof on === 'boolean') out[site] = on;
  return out;
}

export async function loadPageSettings(): Promise<PageSettings> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return parsePageSettings(stored[STORAGE_KEY]);
}

export function watchPageSettings(cb: (settings: PageSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[STORAGE_KEY];
    if (area === 'local' && change) cb(parsePageSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
