import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as zm from 'zod/mini';
import {
  ADVICE_IDS,
  AssessmentSchema,
  CATEGORIES,
  FIELDS,
  LEVELS,
  SENSITIVITIES,
  STRENGTHS,
  type Assessment,
} from '../../../src/analysis/types';
import {
  AnalyzeBatchResultSchema,
  MessagesResultSchema,
  ScrollToAdSchema,
} from '../../../src/messaging/messages';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../../src/settings/schema';
import { parseStoredSettings } from '../../../src/settings/parse';
import { CURRENT_VERSION, PAGE_DEFAULTS, STORAGE_KEY, parsePageSettings } from '../../../src/page/settings';
import {
  WIRE_ADVICE_IDS,
  WIRE_CATEGORIES,
  WIRE_FIELDS,
  WIRE_LEVELS,
  WIRE_SENSITIVITIES,
  WIRE_STRENGTHS,
  WireAssessmentSchema,
  WireBatchResultSchema,
  WireMessagesSchema,
  WireScrollToAdSchema,
} from '../../../src/page/wire';

describe('wire schemas (zod/mini) match the contract (classic zod)', () => {
  it('lists exactly the contract ids, in order', () => {
    expect(WIRE_LEVELS).toEqual(LEVELS);
    expect(WIRE_STRENGTHS).toEqual(STRENGTHS);
    expect(WIRE_FIELDS).toEqual(FIELDS);
    expect(WIRE_SENSITIVITIES).toEqual(SENSITIVITIES);
    expect(WIRE_CATEGORIES).toEqual(CATEGORIES);
    expect(WIRE_ADVICE_IDS).toEqual(ADVICE_IDS);
  });

  it('infers the contract type', () => {
    expectTypeOf<zm.infer<typeof WireAssessmentSchema>>().toEqualTypeOf<Assessment>();
  });

  // Values near the schema: valid ids mixed with near misses, so both acceptance and rejection are exercised.
  const id = (ids: readonly string[]) =>
    fc.oneof(fc.constantFrom(...ids), fc.constantFrom('', 'HIGH', 'other-id'));
  const offset = fc.oneof(fc.nat(5000), fc.constantFrom(-1, 1.5));
  const finding = fc.record(
    {
      rule: fc.string(),
      category: id(CATEGORIES),
      strength: id(STRENGTHS),
      evidence: fc.string(),
      start: offset,
      end: offset,
      field: id(FIELDS),
      advice: id(ADVICE_IDS),
    },
    { requiredKeys: ['rule', 'category', 'strength', 'evidence', 'start', 'end'] },
  );
  const assessment = fc.record(
    {
      id: fc.oneof(fc.string(), fc.integer()),
      level: id(LEVELS),
      score: fc.double({ noNaN: true }),
      lang: fc.constantFrom('ru', 'en', 'und'),
      findings: fc.array(finding, { maxLength: 3 }),
    },
    { requiredKeys: ['level', 'score', 'lang', 'findings'] },
  );

  it('accepts and rejects the same assessments, with the same result', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const contract = AssessmentSchema.safeParse(a);
        const wire = WireAssessmentSchema.safeParse(a);
        expect(wire.success).toBe(contract.success);
        if (contract.success) expect(wire.data).toEqual(contract.data);
      }),
      { numRuns: 500 },
    );
  });

  it('parses the batch, messages and scroll answers like the contract', () => {
    const samples: unknown[] = [
      {
        results: [
          {
            key: 'hh:1',
            assessment: { level: 'high', score: 3, lang: 'ru', checked: true, partial: false, findings: [] },
          },
        ],
      },
      {
        results: [
          {
            key: 'hh:1',
            assessment: {
              level: 'severe',
              score: 3,
              lang: 'ru',
              checked: true,
              partial: false,
              findings: [],
            },
          },
        ],
      },
      { results: 'nope' },
      { lang: 'ru', checked: true, partial: false, messages: { level_high: 'Высокий риск' } },
      { lang: 'de', checked: false, partial: false, messages: {} },
      { type: 'scroll-to-ad', key: 'hh:1' },
      { type: 'scroll-to-ad' },
    ];
    for (const s of samples) {
      expect(WireBatchResultSchema.safeParse(s).success).toBe(AnalyzeBatchResultSchema.safeParse(s).success);
      expect(WireMessagesSchema.safeParse(s).success).toBe(MessagesResultSchema.safeParse(s).success);
      expect(WireScrollToAdSchema.safeParse(s).success).toBe(ScrollToAdSchema.safeParse(s).success);
    }
  });
});

describe('page settings', () => {
  it('use the store key, version and defaults', () => {
    expect(STORAGE_KEY).toBe(SETTINGS_KEY);
    expect(CURRENT_VERSION).toBe(SETTINGS_VERSION);
    expect(PAGE_DEFAULTS).toEqual({
      sites: DEFAULT_SETTINGS.sites,
      showOrdinary: DEFAULT_SETTINGS.showOrdinary,
      sensitivity: DEFAULT_SETTINGS.sensitivity,
    });
  });

  it('read current-version settings as the store does, field by field', () => {
    const anyValue = fc.oneof(fc.boolean(), fc.string(), fc.constant(null), fc.integer());
    const stored = fc.record({
      version: fc.constant(SETTINGS_VERSION),
      sites: fc.oneof(fc.dictionary(fc.constantFrom('hh', 'avito', 'superjob'), anyValue), anyValue),
      showOrdinary: anyValue,
      sensitivity: fc.oneof(fc.constantFrom(...SENSITIVITIES), anyValue),
      language: fc.constantFrom('browser', 'ru', 'en'),
    });
    fc.assert(
      fc.property(stored, (raw) => {
        const full = parseStoredSettings(raw);
        expect(parsePageSettings(raw)).toEqual({
          sites: full.sites,
          showOrdinary: full.showOrdinary,
          sensitivity: full.sensitivity,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('fall back to the defaults for missing or unreadable settings', () => {
    expect(parsePageSettings(undefined)).toEqual(PAGE_DEFAULTS);
    expect(parsePageSettings('garbage')).toEqual(PAGE_DEFAULTS);
  });
});
