/**
 * One definition per contract: the ids, the analyzer's types and the messages are defined once
 * (src/messaging/, zod/mini) and everyone uses those objects. The content script once had its own copies
 * (src/page/wire.ts), kept equal by a test; now there is nothing to keep equal, and this checks that the
 * analyzer's module re-exports the same objects, and that what the analyzer really returns parses.
 */
import { describe, expect, it } from 'vitest';
import * as types from '../../../src/analysis/types';
import { analyzeAd } from '../../../src/analysis/index';
import * as ids from '../../../src/messaging/ids';
import * as messages from '../../../src/messaging/messages';
import { AD_LIMITS, BoundedAdSchema } from '../../../src/messaging/background-messages';
import { AnalyzeBatchResultSchema, AssessmentSchema, LIMITS } from '../../../src/messaging/messages';

describe('the contract is defined once', () => {
  it('src/analysis/types.ts re-exports the very lists and schemas of src/messaging/', () => {
    for (const name of [
      'LEVELS',
      'STRENGTHS',
      'CATEGORIES',
      'ADVICE_IDS',
      'FIELDS',
      'SENSITIVITIES',
    ] as const)
      expect(types[name], name).toBe(ids[name]);
    for (const name of ['LevelSchema', 'CategorySchema', 'AdviceIdSchema', 'SensitivitySchema'] as const)
      expect(types[name], name).toBe(ids[name]);
    expect(types.AssessmentSchema).toBe(messages.AssessmentSchema);
    expect(types.AdInputSchema).toBe(messages.AdInputSchema);
  });

  it('lists every id once', () => {
    for (const list of [
      ids.LEVELS,
      ids.STRENGTHS,
      ids.CATEGORIES,
      ids.ADVICE_IDS,
      ids.FIELDS,
      ids.SENSITIVITIES,
    ])
      expect(new Set(list).size).toBe(list.length);
  });
});

describe('the analyzer’s output fits the contract', () => {
  const LURE =
    'Работа за границей для девушек, официантки, без опыта. Перелёт и проживание оплачиваем, высокая ' +
    'зарплата. Выезд по туристической визе, паспорт хранится у работодателя. Звоните 8-916-000-00-00';

  it('parses, findings and all, and a batch of the largest ads a page may send stays within the caps', async () => {
    const assessment = await analyzeAd({ id: 'hh:1', text: LURE, lang: 'ru' });
    expect(assessment.findings.length).toBeGreaterThan(2);
    expect(AssessmentSchema.parse(assessment)).toEqual(assessment);
    const huge = {
      text: LURE.repeat(Math.ceil(AD_LIMITS.text / LURE.length)).slice(0, AD_LIMITS.text),
      title: 'т'.repeat(AD_LIMITS.field),
    };
    expect(BoundedAdSchema.safeParse(huge).success).toBe(true);
    const worst = await analyzeAd(huge);
    expect(worst.partial).toBe(true);
    const batch = {
      results: Array.from({ length: LIMITS.batch }, (_, i) => ({
        key: `k${i}`,
        assessment: worst,
        seal: 's',
      })),
    };
    expect(AnalyzeBatchResultSchema.safeParse(batch).success).toBe(true);
  });

  it('keeps the CLI’s input uncapped: any length is analyzed (partially)', () => {
    expect(types.AdInputSchema.safeParse({ text: 'x'.repeat(1_000_000) }).success).toBe(true);
  });
});
