/**
 * Migrations of stored settings, oldest first. Each takes the object stored by one version and returns
 * the shape of the next; parseStoredSettings (parse.ts) then validates field by field, so a migration
 * only has to move and rename, never to validate.
 */
import * as z from 'zod/mini';
import type { Sensitivity } from '../messaging/ids';

/**
 * Version 0: the prototype's settings, stored without a version:
 * `{ disabledSites: string[], hideSafe: boolean, warnLevel: 'low'|'medium'|'high', lang: 'auto'|'ru'|'en' }`.
 * `warnLevel` was how much to warn: low meant "only serious warnings". Each field falls back on its own.
 */
const V0Schema = z.partial(
  z.object({
    disabledSites: z.catch(z.array(z.string()), []),
    hideSafe: z.catch(z.optional(z.boolean()), undefined),
    warnLevel: z.catch(z.optional(z.enum(['low', 'medium', 'high'])), undefined),
    lang: z.catch(z.optional(z.enum(['auto', 'ru', 'en'])), undefined),
  }),
);

const V0_SENSITIVITY: Record<'low' | 'medium' | 'high', Sensitivity> = {
  low: 'strong-only',
  medium: 'balanced',
  high: 'cautious',
};

export function migrateV0toV1(stored: Record<string, unknown>): Record<string, unknown> {
  const v0 = V0Schema.parse(stored);
  const v1: Record<string, unknown> = {
    version: 1,
    sites: Object.fromEntries((v0.disabledSites ?? []).map((id) => [id, false])),
  };
  // A field the prototype never wrote stays absent, so the current default applies.
  if (v0.hideSafe !== undefined) v1.showOrdinary = !v0.hideSafe;
  if (v0.warnLevel !== undefined) v1.sensitivity = V0_SENSITIVITY[v0.warnLevel];
  if (v0.lang !== undefined) v1.language = v0.lang === 'auto' ? 'browser' : v0.lang;
  return v1;
}

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: readonly ((stored: Record<string, unknown>) => Record<string, unknown>)[] = [
  migrateV0toV1,
];
