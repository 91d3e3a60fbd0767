/**
 * User settings: one zod schema with a version. Stored in browser.storage.local under SETTINGS_KEY and
 * parsed on every read, by everyone (background, content script, popup, options) with the one parser in
 * parse.ts. zod/mini, so the content script can carry the same parser (src/messaging/messages.ts says why).
 */
import * as z from 'zod/mini';
import { SensitivitySchema, UiLanguageSchema } from '../messaging/ids';

export { UiLanguageSchema };

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** Site adapter ids are short words ('hh', 'olx-ua'); a map far longer than the adapter list is damage. */
export const MAX_SITE_ID_LENGTH = 64;
export const MAX_SITES = 200;

/**
 * The country the Help tab is for: `auto` guesses from the browser, `other` is a country JobSafe has no
 * line for, else an ISO 3166 code. Added without a version bump: a stored version 1 object without it
 * reads as `auto` (parse.ts falls back field by field), so there is nothing for a migration to move.
 */
export const RegionSettingSchema = z.union([
  z.enum(['auto', 'other']),
  z.string().check(z.regex(/^[A-Z]{2}$/)),
]);

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Badges per site adapter id; a site missing here is on. */
  sites: z
    .record(z.string().check(z.maxLength(MAX_SITE_ID_LENGTH)), z.boolean())
    .check(z.refine((sites) => Object.keys(sites).length <= MAX_SITES, 'too many sites')),
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
