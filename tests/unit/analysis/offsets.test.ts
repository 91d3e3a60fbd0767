import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize, toSourceRange } from '../../../src/analysis/normalize';
import { MAX_TEXT_LENGTH, type Analyzer } from '../../../src/analysis/index';
import { MAX_PHRASE } from '../../../src/analysis/phrases';
import { inlineAnalyzer, rule } from './helpers';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await inlineAnalyzer({
    'patterns/ru/t.yaml':
      rule({ id: 'ru.irregular-visa.tourist', strength: 'strong', match: ['туристический виза'] }) +
      rule({ id: 'ru.expenses-paid.travel', strength: 'medium', match: ['оплат*|оплач* ~2 перелет|билет'] }),
    'patterns/en/t.yaml': rule({ id: 'en.upfront-fee.fee', strength: 'strong', match: ['pay ~2 fee'] }),
  });
});

const PHRASES = [
  'туристическую визу',
  'Оплатим   перелёт',
  'оплaтим билeт',
  'pay the fee',
  'ПЕРЕЛЁТ',
  '150 000 руб.',
  ' т.р. ',
  '\n',
  '. ',
  'İ',
  '😀',
  '\u00a0',
];

describe('offsets always point into the input', () => {
  it('normalization maps every character back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.string()), { maxLength: 12 }),
        (parts) => {
          const text = parts.join(' ');
          const nz = normalize(text);
          expect(nz.starts.length).toBe(nz.norm.length + 1);
          for (let i = 0; i < nz.norm.length; i++) {
            const o = nz.starts[i] as number;
            expect(o).toBeGreaterThanOrEqual(0);
            expect(o).toBeLessThan(text.length);
            expect(nz.ends[i]).toBeGreaterThan(o);
            expect(nz.ends[i]).toBeLessThanOrEqual(text.length);
            // In order; one original character may give two (NFKC: "ﬁ" -> "fi").
            if (i > 0) expect(o).toBeGreaterThanOrEqual(nz.starts[i - 1] as number);
          }
          const [a, b] = toSourceRange(nz, 0, nz.norm.length);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every finding quotes exactly input.slice(start, end)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.string()), { maxLength: 12 }),
        async (parts) => {
          const text = parts.join(' ');
          for (const lang of ['ru', 'en']) {
            const a = await analyzer.analyze({ text, lang });
            for (const f of a.findings) {
              expect(f.field).toBeUndefined();
              expect(f.start).toBeLessThan(f.end);
              expect(f.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(f.start, f.end)).toBe(f.evidence);
              // The phrase to quote lies in the input too, and holds the evidence's start.
              const p = f.phrase;
              expect(p).toBeDefined();
              if (!p) continue;
              expect(text.slice(p.start, p.end)).toBe(p.text);
              expect(p.start).toBeLessThanOrEqual(f.start);
              expect(p.end).toBeGreaterThan(f.start);
              expect(p.text.length).toBeLessThanOrEqual(MAX_PHRASE);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('quotes the original spelling', async () => {
    const text = 'Едем!  Оплaтим   ПЕРЕЛЁТ и дадим туристическую визу';
    const a = await analyzer.analyze({ text });
    expect(a.findings.map((f) => f.evidence)).toEqual(['Оплaтим   ПЕРЕЛЁТ', 'туристическую визу']);
    // Each finding carries its clause, cut by the analyzer while it had the text.
    expect(a.findings.map((f) => f.phrase?.text)).toEqual([
      'Оплaтим   ПЕРЕЛЁТ и дадим туристическую визу',
      'Оплaтим   ПЕРЕЛЁТ и дадим туристическую визу',
    ]);
  });

  it('cuts a finding’s phrase in the field it points into', async () => {
    const a = await analyzer.analyze({
      text: 'Подробности при встрече.',
      title: 'Хостес (по туристической визе), Дубай',
    });
    const f = a.findings.find((x) => x.rule === 'ru.irregular-visa.tourist');
    expect(f).toMatchObject({ field: 'title', evidence: 'туристической визе' });
    expect(f?.phrase).toMatchObject({ text: 'по туристической визе', cutStart: false, cutEnd: false });
  });
});

describe('long input', () => {
  it(`analyzes only the first ${MAX_TEXT_LENGTH} characters, in bounded time`, async () => {
    const filler = 'оплата оплата оплата перелет, '.repeat(40_000); // ~1.2 MB, near-misses everywhere
    const lure = ' Выезд по туристической визе.';
    const t0 = performance.now();
    const late = await analyzer.analyze({ text: filler + lure });
    const ms = performance.now() - t0;
    expect(late.findings.every((f) => f.end <= MAX_TEXT_LENGTH)).toBe(true);
    expect(late.findings.some((f) => f.rule === 'ru.irregular-visa.tourist')).toBe(false);
    expect(ms).toBeLessThan(2000);
    const early = await analyzer.analyze({ text: lure + filler });
    expect(early.findings.some((f) => f.rule === 'ru.irregular-visa.tourist')).toBe(true);
  });

  it('adversarial separators and gaps do not blow up', async () => {
    const text = `оплатим ${'— , '.repeat(5000)}${'слово '.repeat(5000)}`;
    const t0 = performance.now();
    await analyzer.analyze({ text });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
