/**
 * fast-check generators for hostile ad text: random Unicode (astral planes, lone surrogates), emoji and
 * ZWJ sequences, right-to-left text and bidi controls, zero-width characters, HTML and script markup,
 * and real lure sentences (tests/corpus/labelled.jsonl) with that noise spliced in, so the offset
 * property is exercised on texts that do produce findings.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { z } from 'zod';

const CorpusLineSchema = z.object({ label: z.string(), text: z.string(), title: z.string().optional() });

/** The labelled corpus' high and caution lures: texts known to trigger rules. */
export const LURES: readonly string[] = readFileSync(
  new URL('../../corpus/dev/labelled.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => CorpusLineSchema.parse(JSON.parse(l)))
  .filter((ad) => ad.label !== 'none')
  .map((ad) => ad.text);

export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
export const BIDI = [
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2069',
];
const EMOJI = ['😀', '👩‍👩‍👧', '🇷🇺', '👍🏽', '❤️', '🔥', '💰', '✈️', '🏳️‍🌈'];
const RTL_WORDS = ['مرحبا', 'עבודה', 'وظيفة في دبي', 'שכר גבוה'];
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '</div><b>',
  '<a href="javascript:alert(1)">жми</a>',
  '&lt;&amp;&#x202e;&nbsp;',
  '<svg onload=alert(1)>',
  '<!-- -->',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
];
const ODD_SPACE = ['\u00a0', '\u2009', '\u3000', '\t', '\r\n', '\u2028', '\u2029', '\v', '\f'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const combining = fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c));

/** One piece of noise. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ZERO_WIDTH, ...BIDI, ...EMOJI, ...RTL_WORDS, ...MARKUP, ...ODD_SPACE),
  loneSurrogate,
  combining,
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** Random text: full Unicode mixed with noise and ordinary words, up to ~4 KB. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 3, arbitrary: noise },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'работа',
          'за границей',
          'виза',
          'паспорт',
          'оплата',
          'work',
          'visa',
          '150 000',
          '.',
          '!',
          '\n',
        ),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

/** A real lure with noise spliced in at random positions (some of which split words). */
export const noisyLure: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LURES), fc.array(fc.tuple(fc.nat(), noise), { maxLength: 12 }))
  .map(([text, inserts]) => {
    let out = text;
    for (const [at, piece] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });

/**
 * A lure with invisible or decorative noise between words only (emoji, zero-width and bidi marks,
 * no-break spaces), so most findings survive and their offsets are exercised.
 */
// Known gaps (reported 2026-11-22): each emoji counts as a word in `~N` gaps, a ZWJ sequence such as
// 👩‍👩‍👧 between two words of a rule breaks the match, and zero-width characters, soft hyphens or
// combining accents inside a word ("за\u200bграницей") hide it. So only the invariants are asserted
// on noisy text, not that the findings stay the same.
export const BETWEEN_WORDS = ['😀', '🔥', '\u200b', '\u200e', '\u200f', '\u2066', '\u2069', '\u00a0'];
export const lureWithNoiseAtSpaces: fc.Arbitrary<{ lure: string; text: string }> = fc
  .tuple(
    fc.constantFrom(...LURES),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BETWEEN_WORDS)), { minLength: 1, maxLength: 8 }),
  )
  .map(([lure, pieces]) => {
    const words = lure.split(' ');
    for (const [at, piece] of pieces) {
      const i = at % words.length;
      words[i] = `${words[i]} ${piece}`;
    }
    return { lure, text: words.join(' ') };
  });
