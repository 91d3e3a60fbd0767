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
import { isCheckedLang } from '../../../src/languages/table';
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

describe.each([
  ['development', () => dev],
  ['test', () => test],
] as const)('the analyzer on the %s set', (_, ads) => {
  const read = () => ads().filter((a) => isCheckedLang(base(a.lang)));
  const by = (label: Level) => read().filter((a) => a.label === label);

  it('never gives a strong warning to most ordinary ads and hard negatives', () => {
    expect(share(by('none'), (r) => r.level === 'high')).toBeLessThanOrEqual(FLOORS.noneHigh);
  });

  it('finds the high-risk ads', () => {
    expect(share(by('high'), (r) => r.level === 'high')).toBeGreaterThanOrEqual(FLOORS.high);
    expect(share(by('high'), (r) => r.level !== 'none')).toBeGreaterThanOrEqual(FLOORS.detect);
  });

  it('warns on the caution ads', () => {
    expect(share(by('caution'), (r) => r.level !== 'none')).toBeGreaterThanOrEqual(FLOORS.caution);
  });

  it('never vouches for an ad in a language it does not read', () => {
    const unread = ads().filter((a) => !isCheckedLang(base(a.lang)));
    const vouched = unread.filter((a) => {
      const r = results.get(a.id) as Assessment;
      return r.checked && !r.partial && r.level === 'none';
    });
    expect(vouched.map((a) => `${a.id} read as ${results.get(a.id)?.lang}`)).toEqual([]);
  });
});

/**
 * Floors, set a little under the figures measured when they were last raised (all languages read,
 * both sets; see the note on the analyzer issue for the per-language figures): a change that makes
 * the analyzer worse fails here. Raise them as the analyzer improves; never lower them to pass.
 */
const FLOORS = { high: 0.5, detect: 0.6, caution: 0.3, noneHigh: 0.06 };
