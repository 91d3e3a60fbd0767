/**
 * Migrations of stored settings, oldest first. Each takes the object stored by one version and returns
 * the shape of the next; parseStoredSettings (store.ts) then validates field by field, so a migration
 * only has to move and rename, never to validate.
 */
import { z } from 'zod';
import type { Sensitivity } from '../analysis/types';

/**
 * Version 0: the prototype's settings, stored without a version:
 * `{ disabledSites: string[], hideSafe: boolean, warnLevel: 'low'|'medium'|'high', lang: 'auto'|'ru'|'en' }`.
 * `warnLevel` was how much to warn: low meant "only serious warnings".
 */
const V0Schema = z
  .object({
    disabledSites: z.array(z.string()).catch([]),
    hideSafe: z.boolean().optional().catch(undefined),
    warnLevel: z.enum(['low', 'medium', 'high']).optional().catch(undefined),
    lang: z.enum(['auto', 'ru', 'en']).optional().catch(undefined),
  })
  .partial();

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
