/**
 * Extreme inputs (issue 6, item 1): 1 MB of text and pathological repetitions that make naive regular
 * expressions backtrack. Each must finish within MAX_MS_PER_MEGABYTE (see limits.ts), without throwing,
 * with every offset inside the input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeAd, MAX_TEXT_LENGTH } from '../../../src/analysis';
import { BIDI, LURES, ZERO_WIDTH } from './arbitraries';
import { expectValidAssessment, timed, warmUp } from './invariants';
import { MAX_MS_PER_MEGABYTE, ONE_MB } from './limits';

/** Repeats `unit` until the string is `size` code units long (cut at the end). */
function fill(unit: string, size = ONE_MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const lureProse = LURES.join('\n');

const CASES: Record<string, () => string> = {
  '1 MB of lure prose': () => fill(`${lureProse}\n`),
  '1 MB of one letter': () => fill('а'),
  '1 MB without a space (one huge word)': () => fill('оплата'),
  '1 MB of white space': () => fill(' \t\u00a0'),
  '1 MB of sentence ends': () => fill('. ! ? ;\n'),
  '1 MB of digits and separators': () => fill('150 000 '),
  'a repeated rule word (gap rules ~N)': () => fill('оплата перелета виза '),
  'negators everywhere': () => fill('не нет никогда not never no '),
  '1 MB of emoji and ZWJ': () => fill('👩‍👩‍👧🇷🇺'),
  '1 MB of zero-width and bidi controls': () => fill([...ZERO_WIDTH, ...BIDI].join('')),
  '1 MB of markup': () => fill('<div class="x"><img src=x onerror=alert(1)><script>a()</script></div>'),
  '1 MB of lone surrogates': () => fill('\ud800a\udc00'),
  'phone-like digits': () => fill('+7 999 123-45-67 8-916-000-00-00 '),
  'mixed-script look-alikes': () => fill('зaрплатa pаy вuза '),
};

describe('analyzeAd on extreme inputs', () => {
  // The first call parses the catalogue; time the calls after it.
  beforeAll(() => warmUp());

  for (const [name, make] of Object.entries(CASES)) {
    it(`${name}: finishes in time with valid offsets`, async () => {
      const ad = { text: make(), title: 'Работа за границей' };
      const { value, ms } = await timed(() => analyzeAd(ad));
      expectValidAssessment(ad, value);
      console.log(`robustness: ${name} (${(ad.text.length / 1e6).toFixed(1)} M chars): ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(MAX_MS_PER_MEGABYTE);
    }, 60_000);
  }

  it('still finds lure phrases in a huge ad, within the analyzed prefix', async () => {
    const text = fill(`${lureProse}\n`);
    const assessment = await analyzeAd({ text });
    expect(assessment.findings.length).toBeGreaterThan(0);
    expect(assessment.level).not.toBe('none');
    for (const f of assessment.findings.filter((x) => (x.field ?? 'text') === 'text'))
      expect(f.end).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
  }, 60_000);
});
