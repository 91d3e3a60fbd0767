/**
 * The project's hand-labelled corpus (tests/corpus/labelled.jsonl): high-risk recall >= 95% and no strong
 * warning on any ad labelled `none` (ordinary ads and hard negatives).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeAd } from '../../../src/analysis/index';
import type { Assessment } from '../../../src/analysis/types';
import { ROOT } from './helpers';
import { isCheckedLang } from '../../../src/languages/table';

const CORPUS = path.join(ROOT, 'tests/corpus/dev/labelled.jsonl');
const MIN_ADS = 150;
const MIN_HIGH_RECALL = 0.95;

const LabelledSchema = z.object({
  id: z.string(),
  lang: z.string(),
  label: z.enum(['none', 'caution', 'high']),
  kind: z.enum(['lure', 'hard-negative', 'ordinary']),
  text: z.string().min(1),
  title: z.string().optional(),
  salary: z.string().optional(),
  note: z.string().optional(),
});
type Labelled = z.infer<typeof LabelledSchema>;

let ads: Labelled[] = [];
const results = new Map<string, Assessment>();

beforeAll(async () => {
  // Fails the suite clearly (not a skip) when the corpus is missing.
  if (!existsSync(CORPUS)) throw new Error(`the labelled corpus is missing: ${CORPUS}`);
  ads = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = LabelledSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`labelled.jsonl line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
  for (const ad of ads) results.set(ad.id, await analyzeAd(ad));
}, 60_000);

describe('labelled corpus', () => {
  it(`has at least ${MIN_ADS} ads in ru and en, all three levels, 40+ hard negatives`, () => {
    expect(ads.length).toBeGreaterThanOrEqual(MIN_ADS);
    expect(new Set(ads.map((a) => a.lang))).toEqual(expect.objectContaining(new Set(['ru', 'en'])));
    for (const level of ['none', 'caution', 'high']) expect(ads.some((a) => a.label === level)).toBe(true);
    expect(ads.filter((a) => a.kind === 'hard-negative').length).toBeGreaterThanOrEqual(40);
  });

  // German ads carry their real label but JobSafe reads no German: they are counted apart, and must be
  // recognised as their language and reported as not checked, with no invented findings.
  const supported = (a: Labelled) => isCheckedLang(a.lang);

  it(`finds at least ${MIN_HIGH_RECALL * 100}% of the high-risk ru and en ads`, () => {
    const high = ads.filter((a) => a.label === 'high' && (a.lang === 'ru' || a.lang === 'en'));
    const missed = high.filter((a) => results.get(a.id)?.level !== 'high');
    const recall = (high.length - missed.length) / high.length;
    expect(
      recall,
      `missed: ${missed.map((a) => `${a.id} (${results.get(a.id)?.level})`).join(', ')}`,
    ).toBeGreaterThanOrEqual(MIN_HIGH_RECALL);
  });

  it('recognises the other languages and invents nothing for them', () => {
    for (const a of ads.filter((x) => !supported(x))) {
      expect(results.get(a.id), a.id).toMatchObject({
        lang: a.lang,
        level: 'none',
        checked: false,
        findings: [],
      });
    }
  });

  it('never gives a strong warning on an ad labelled none', () => {
    const alarms = ads.filter((a) => a.label === 'none' && results.get(a.id)?.level === 'high');
    expect(
      alarms.map(
        (a) =>
          `${a.id}: ${results
            .get(a.id)
            ?.findings.map((f) => f.rule)
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
});
