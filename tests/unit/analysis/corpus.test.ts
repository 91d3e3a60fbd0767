/**
 * The labelled corpora of tests/corpus: development sets (dev/, tuned on) and the test set (test/,
 * written blind by authors who never read patterns/, and never used to write rules). See
 * tests/corpus/README.md. These tests keep the two honest:
 * - every file parses, every id is unique across both sets;
 * - no rule example copies a sentence of the test set (a rule written from a test ad turns the test
 *   into memory);
 * - the analyzer keeps its measured quality on both (floors a little under what it reaches, so a
 *   regression fails; `npm run eval` prints the full figures).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import compiled from '../../../src/analysis/compiled/catalogue.json';
import { analyzeAd } from '../../../src/analysis/index';
import { normalize } from '../../../src/analysis/normalize';
import { CompiledCatalogueSchema } from '../../../src/analysis/pattern-schema';
import type { Assessment, Level } from '../../../src/analysis/types';
import { CHECKED_LANGS, isCheckedLang } from '../../../src/languages/table';
import { ROOT } from './helpers';

const LabelledSchema = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  label: z.enum(['none', 'caution', 'high']),
  kind: z.enum(['lure', 'hard-negative', 'ordinary']),
  text: z.string().min(1),
  title: z.string().optional(),
  salary: z.string().optional(),
  note: z.string().min(1),
});
type Labelled = z.infer<typeof LabelledSchema> & { file: string };

function load(dir: string): Labelled[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) throw new Error(`the labelled corpus is missing: ${abs}`);
  return readdirSync(abs)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(path.join(abs, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l, i) => {
          const parsed = LabelledSchema.safeParse(JSON.parse(l));
          if (!parsed.success) throw new Error(`${dir}/${file} line ${i + 1}: ${parsed.error.message}`);
          return { ...parsed.data, file };
        }),
    );
}

const dev = load('tests/corpus/dev');
const test = load('tests/corpus/test');
const results = new Map<string, Assessment>();

beforeAll(async () => {
  // The labelled language is not given to the analyzer: it must tell the language itself.
  for (const ad of [...dev, ...test]) {
    results.set(ad.id, await analyzeAd({ text: ad.text, title: ad.title, salary: ad.salary }));
  }
}, 300_000);

describe('labelled corpora', () => {
  it('have unique ids across the development and test sets, all three levels and hard negatives', () => {
    const ids = [...dev, ...test].map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const set of [dev, test]) {
      for (const level of ['none', 'caution', 'high'] as const)
        expect(set.some((a) => a.label === level)).toBe(true);
      expect(set.filter((a) => a.kind === 'hard-negative').length).toBeGreaterThanOrEqual(100);
    }
  });

  it('no rule example copies a sentence of the test set', () => {
    const catalogue = CompiledCatalogueSchema.parse(compiled);
    const fold = (s: string) => normalize(s).norm.replace(/\s+/g, ' ').trim();
    const testText = test.map((a) => fold(`${a.title ?? ''}\n${a.text}`)).join('\n');
    const sentences = new Set(
      testText
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s.length >= 30),
    );
    const copied: string[] = [];
    for (const r of catalogue.rules) {
      for (const example of [...r.examples.match, ...r.examples.no_match]) {
        const e = fold(example);
        const copiesWhole = e.length >= 30 && testText.includes(e);
        const holdsSentence = [...sentences].some((s) => e.includes(s));
        if (copiesWhole || holdsSentence) copied.push(`${r.id}: ${example}`);
      }
    }
    expect(copied).toEqual([]);
  });
});

/** Share of `ads` whose result satisfies `pred`. */
const share = (ads: Labelled[], pred: (r: Assessment) => boolean) =>
  ads.length === 0 ? 1 : ads.filter((a) => pred(results.get(a.id) as Assessment)).length / ads.length;
const base = (lang: string) => lang.split('-')[0] ?? lang;

const SETS = { development: () => dev, test: () => test } as const;
type SetName = keyof typeof SETS;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe.each(
  (Object.keys(SETS) as SetName[]).flatMap((set) => CHECKED_LANGS.map((lang) => [set, lang] as const)),
)('the analyzer on the %s set, %s (with its translit and mixed ads)', (set, lang) => {
  const floors = FLOORS[set];
  const by = (label: Level) => SETS[set]().filter((a) => base(a.lang) === lang && a.label === label);

  it('never gives a strong warning to most ordinary ads and hard negatives', () => {
    const got = share(by('none'), (r) => r.level === 'high');
    expect(got, `high on ${pct(got)} of ordinary ads`).toBeLessThanOrEqual(floors.noneHigh);
  });

  it('finds the high-risk ads', () => {
    const high = share(by('high'), (r) => r.level === 'high');
    const detect = share(by('high'), (r) => r.level !== 'none');
    expect(high, `high on ${pct(high)} of high-risk ads`).toBeGreaterThanOrEqual(floors.high);
    expect(detect, `a warning on ${pct(detect)} of high-risk ads`).toBeGreaterThanOrEqual(floors.detect);
  });

  it('warns on the caution ads', () => {
    const got = share(by('caution'), (r) => r.level !== 'none');
    expect(got, `a warning on ${pct(got)} of caution ads`).toBeGreaterThanOrEqual(floors.caution);
  });
});

describe.each(Object.keys(SETS) as SetName[])('the analyzer on the %s set', (set) => {
  it('never vouches for an ad in a language it does not read', () => {
    const unread = SETS[set]().filter((a) => !isCheckedLang(base(a.lang)));
    const vouched = unread.filter((a) => {
      const r = results.get(a.id) as Assessment;
      return r.checked && !r.partial && r.level === 'none';
    });
    expect(vouched.map((a) => `${a.id} read as ${results.get(a.id)?.lang}`)).toEqual([]);
  });
});

/**
 * Floors per set and language, set a little under the figures measured when they were last raised
 * (2026-12-01; the per-language figures are in the note on the analyzer issue): a change that makes the
 * analyzer worse on any language fails here. Raise them as the analyzer improves; never lower them to
 * pass. The test set's floors are lower than the development set's: nobody tunes on it.
 */
const FLOORS: Record<SetName, { high: number; detect: number; caution: number; noneHigh: number }> = {
  development: { high: 0.88, detect: 0.97, caution: 0.8, noneHigh: 0.02 },
  test: { high: 0.83, detect: 0.93, caution: 0.58, noneHigh: 0.05 },
};
