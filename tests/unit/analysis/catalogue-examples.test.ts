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
import { catalogueDoc } from '../../../scripts/lib/catalogue-doc';

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
  it('is the table npm run patterns writes from the catalogue (run it after changing a rule)', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/catalogue.md'), 'utf8');
    expect(doc).toBe(catalogueDoc(catalogue));
    for (const r of catalogue.rules) expect(doc).toContain(`\`${r.id}\``);
  });
});
