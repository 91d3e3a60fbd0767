/**
 * User settings: one zod schema with a version. Stored in browser.storage.local under SETTINGS_KEY and
 * parsed on every read; see src/settings/store.ts for migrations and the fallback to defaults.
 */
import { z } from 'zod';
import { SensitivitySchema } from '../analysis/types';
import { UI_LANGS } from '../i18n/keys';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** `browser` follows the browser's language; the others are public/_locales folders. */
export const UiLanguageSchema = z.enum(['browser', ...UI_LANGS]);

/**
 * The country the Help tab is for: `auto` guesses from the browser, `other` is a country JobSafe has no
 * line for, else an ISO 3166 code. Added without a version bump: a stored version 1 object without it
 * reads as `auto` (parse.ts falls back field by field), so there is nothing for a migration to move.
 */
export const RegionSettingSchema = z.union([z.enum(['auto', 'other']), z.string().regex(/^[A-Z]{2}$/)]);

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Badges per site adapter id; a site missing here is on. */
  sites: z.record(z.string(), z.boolean()),
  /** Show the quiet "no risk found" badge on ordinary ads (the attribute is set either way). */
  showOrdinary: z.boolean(),
  sensitivity: SensitivitySchema,
  language: UiLanguageSchema,
  region: RegionSettingSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: {},
  showOrdinary: true,
  sensitivity: 'balanced',
  language: 'browser',
  region: 'auto',
};
