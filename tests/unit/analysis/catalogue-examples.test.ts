/**
 * Runs every catalogue rule's own examples through the whole engine (patterns/<lang>/*.yaml), and keeps
 * the rule table in docs/catalogue.md in step with the rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import compiled from '../../../src/analysis/compiled/catalogue.json';
import { analyzeAd, ruleInfo } from '../../../src/analysis/index';
import { CompiledCatalogueSchema } from '../../../src/analysis/pattern-schema';
import { ROOT } from './helpers';

const catalogue = CompiledCatalogueSchema.parse(compiled);

describe('catalogue rule examples', () => {
  it('the catalogue is not empty', () => {
    expect(catalogue.rules.length).toBeGreaterThan(0);
  });

  describe.each(catalogue.rules.map((r) => [r.id, r] as const))('%s', (id, r) => {
    it.each(r.examples.match)('matches: %s', async (text) => {
      const a = await analyzeAd({ text, lang: r.lang });
      expect(a.findings.map((f) => f.rule)).toContain(id);
    });
    it.each(r.examples.no_match)('does not match: %s', async (text) => {
      const a = await analyzeAd({ text, lang: r.lang });
      expect(a.findings.map((f) => f.rule)).not.toContain(id);
    });
    it('has its text for the UI', () => {
      expect(ruleInfo(id)).toMatchObject({ id, category: r.category, advice: r.advice });
    });
  });

  it('knows the computed rules too', () => {
    expect(ruleInfo('engine.high-pay-unskilled')?.advice).toBe('flag-salary');
    expect(ruleInfo('engine.contact-only-mobile')?.advice).toBe('flag-mobile-only');
    expect(ruleInfo('no.such.rule')).toBeUndefined();
  });
});

describe('docs/catalogue.md', () => {
  /** The table rows: | `id` | category | strength | advice | source | */
  const rows = readFileSync(path.join(ROOT, 'docs/catalogue.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, '')),
    );

  it('lists every rule once, with its category, strength, advice and source', () => {
    const expected = catalogue.rules.map((r) => [r.id, r.category, r.strength, r.advice, r.source]);
    const sortById = (a: string[], b: string[]) => String(a[0]).localeCompare(String(b[0]));
    expect([...rows].sort(sortById)).toEqual([...expected].sort(sortById));
  });
});
