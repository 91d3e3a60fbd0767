import { describe, expect, it } from 'vitest';
import compiled from '../../../src/analysis/compiled/catalogue.json';
import { longGroups, packCatalogue, unpackCatalogue } from '../../../src/analysis/catalogue-pack';
import { CompiledCatalogueSchema } from '../../../src/analysis/pattern-schema';

const LIST = '(?:агентств(?:а|е|о)|бригадир(?:а|у)?|работодател(?:ь|я|ю))';

describe('packing the compiled catalogue', () => {
  it('finds non-capturing groups, not brackets inside a character class or escaped', () => {
    const source = `[()]\\(${LIST}x(ab)`;
    const spans = longGroups(source, 10).map(([a, b]) => source.slice(a, b));
    expect(spans).toContain(LIST);
    expect(spans).not.toContain('(ab)');
    expect(spans.every((s) => s.startsWith('(?:'))).toBe(true);
  });

  it('stores a recurring group once and unpacks to exactly the input', () => {
    const catalogue = {
      rules: [
        { id: 'a', match: [{ source: `${LIST}[^\\n]{1,4}паспорт` }], unless: [`=${LIST}`] },
        { id: 'b', match: [{ source: `паспорт ${LIST}` }], unless: [] },
      ],
      note: 'plain text (kept as it is)',
    };
    const packed = packCatalogue(catalogue, 20);
    expect(packed.fragments).toContain(LIST);
    expect(JSON.stringify(packed).split('бригадир').length - 1).toBe(1);
    expect(unpackCatalogue(JSON.parse(JSON.stringify(packed)))).toEqual(catalogue);
  });

  it('leaves a group that occurs once where it is', () => {
    const catalogue = { s: [`${LIST}x`, '(?:other)'] };
    expect(packCatalogue(catalogue, 20)).toEqual({ ...catalogue, fragments: [] });
  });

  it('refuses bad input clearly', () => {
    expect(() => packCatalogue({ s: 'a\u0000b' })).toThrow(/NUL/);
    expect(() => unpackCatalogue({ s: '\u00003\u0000', fragments: [] })).toThrow(/no fragment 3/);
    expect(() => unpackCatalogue({ fragments: [1] })).toThrow(/array of strings/);
  });

  it('the shipped file is packed, and the schema reads it as the full catalogue', () => {
    expect((compiled as { fragments?: string[] }).fragments?.length).toBeGreaterThan(50);
    const catalogue = CompiledCatalogueSchema.parse(compiled);
    const sources = catalogue.rules.flatMap((r) => r.match.flatMap((m) => m.parts.map((p) => p.source)));
    expect(sources.some((s) => s.includes('\u0000'))).toBe(false);
    // Packing what was read gives the file back: the format is deterministic.
    expect(packCatalogue(catalogue)).toEqual(compiled);
  });
});
