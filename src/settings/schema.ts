/**
 * User settings: one zod schema with a version. Stored in browser.storage.local under SETTINGS_KEY and
 * parsed on every read; see src/settings/store.ts for migrations and the fallback to defaults.
 */
import { z } from 'zod';
import { SensitivitySchema } from '../analysis/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const UiLanguageSchema = z.enum(['browser', 'ru', 'en']);

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Badges per site adapter id; a site missing here is on. */
  sites: z.record(z.string(), z.boolean()),
  /** Show the quiet "no risk found" badge on ordinary ads (the attribute is set either way). */
  showOrdinary: z.boolean(),
  sensitivity: SensitivitySchema,
  language: UiLanguageSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: {},
  showOrdinary: true,
  sensitivity: 'balanced',
  language: 'browser',
};
