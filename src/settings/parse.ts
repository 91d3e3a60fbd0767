/**
 * Turning whatever storage holds into valid Settings: the one parser every part of JobSafe uses (the
 * background, the content script, the popup and the options page), so they agree on every stored
 * version. Storage can hold anything: an older version, a value written by a newer build after a
 * downgrade, or a field corrupted by hand. Each field is checked on its own, so one bad field falls back
 * to its default without losing the others.
 */
import { DEFAULT_SETTINGS, MAX_SITE_ID_LENGTH, MAX_SITES, SETTINGS_VERSION, SettingsSchema } from './schema';
import type { Settings } from './schema';
import { MIGRATIONS } from './migrations';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored version: 0 when absent (the prototype), the current one when unreadable. */
export function storedVersion(raw: Record<string, unknown>): number {
  if (!('version' in raw)) return 0;
  const v = raw.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : SETTINGS_VERSION;
}

function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let current = raw;
  for (let v = storedVersion(raw); v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) break;
    current = step(current);
  }
  return current;
}

/** Keep the valid per-site switches of a corrupted `sites` map. */
function parseSites(value: unknown): Settings['sites'] {
  if (!isRecord(value)) return { ...DEFAULT_SETTINGS.sites };
  const valid = Object.entries(value).filter(
    ([site, on]) => typeof on === 'boolean' && site.length <= MAX_SITE_ID_LENGTH,
  );
  return Object.fromEntries(valid.slice(0, MAX_SITES)) as Record<string, boolean>;
}

export function parseStoredSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return structuredClone(DEFAULT_SETTINGS);
  const migrated = migrate(raw);
  const shape = SettingsSchema.shape;
  const field = <K extends 'showOrdinary' | 'sensitivity' | 'language' | 'region'>(key: K): Settings[K] => {
    const parsed = shape[key].safeParse(migrated[key]);
    return parsed.success ? (parsed.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return SettingsSchema.parse({
    version: SETTINGS_VERSION,
    sites: parseSites(migrated.sites),
    showOrdinary: field('showOrdinary'),
    sensitivity: field('sensitivity'),
    language: field('language'),
    region: field('region'),
  });
}

/**
 * Whether stored settings should be written back in the current version: they were stored by an older
 * version and migrated. A newer build's settings are left as they are (read field by field until that
 * build is back), and so are absent ones (the defaults need no writing).
 */
export function needsMigration(raw: unknown): boolean {
  return isRecord(raw) && storedVersion(raw) < SETTINGS_VERSION;
}

/** Settings stored by a build newer than this one (after a downgrade). */
export function isFromNewerBuild(raw: unknown): raw is Record<string, unknown> {
  return isRecord(raw) && storedVersion(raw) > SETTINGS_VERSION;
}
