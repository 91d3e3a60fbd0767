/**
 * Turning whatever storage holds into valid Settings. Storage can hold anything: an older version, a
 * value written by a newer build after a downgrade, or a field corrupted by hand. Each field is checked
 * on its own, so one bad field falls back to its default without losing the others.
 */
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema } from './schema';
import type { Settings } from './schema';
import { MIGRATIONS } from './migrations';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored version: 0 when absent (the prototype), the current one when unreadable. */
function storedVersion(raw: Record<string, unknown>): number {
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
  return Object.fromEntries(Object.entries(value).filter(([, on]) => typeof on === 'boolean')) as Record<
    string,
    boolean
  >;
}

export function parseStoredSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return structuredClone(DEFAULT_SETTINGS);
  const migrated = migrate(raw);
  const shape = SettingsSchema.shape;
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
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
