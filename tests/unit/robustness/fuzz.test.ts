/**
 * Property tests of the analyzer (issue 6, item 1): on any text — random Unicode, lone surrogates, RTL
 * and bidi controls, emoji, zero-width characters, HTML and script markup — `analyzeAd` never throws,
 * answers within MAX_MS_PER_RANDOM_AD, returns a schema-valid assessment, and every finding's offsets
 * point into the input at exactly its evidence.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeAd } from '../../../src/analysis';
import { SENSITIVITIES, type AdInput } from '../../../src/analysis/types';
import { hostileText, LURES, lureWithNoiseAtSpaces, noisyLure } from './arbitraries';
import { expectValidAssessment, timed, warmUp } from './invariants';
import { MAX_MS_PER_RANDOM_AD } from './limits';

/** Enough runs to find shallow bugs within a few seconds; a failure prints its seed for replay. */
const RUNS = 100;
/** Per test: the runs, on a loaded 2-core CI machine. */
const TIMEOUT_MS = 90_000;

const adInput: fc.Arbitrary<AdInput> = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 12 }), fc.integer()),
    text: fc.oneof(
      hostileText,
      noisyLure,
      lureWithNoiseAtSpaces.map((x) => x.text),
    ),
    title: fc.oneof(hostileText, fc.constantFrom('Работа за границей для девушек', 'Hostess abroad')),
    salary: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('от 300 000 ₽', '$5000', ''),
    ),
    employer: fc.string({ unit: 'grapheme', maxLength: 30 }),
    location: fc.string({ unit: 'binary', maxLength: 30 }),
    contacts: fc.array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.constantFrom('+7 999 123-45-67', 'https://wa.me/79991234567'),
      ),
      {
        maxLength: 4,
      },
    ),
    url: fc.webUrl(),
    lang: fc.constantFrom('ru', 'en', 'uk', 'und', '', 'zz-ZZ', 'RU'),
  },
  { requiredKeys: ['text'] },
);

describe('analyzeAd on hostile input', () => {
  beforeAll(async () => {
    const { ms } = await timed(() => warmUp());
    console.log(`robustness: first calls (catalogue and NLP load) ${ms.toFixed(0)} ms`);
  }, TIMEOUT_MS);

  it(
    'never throws, stays within the time cap and keeps every offset inside its field',
    async () => {
      let slowest = 0;
      await fc.assert(
        fc.asyncProperty(adInput, fc.constantFrom(...SENSITIVITIES), async (ad, sensitivity) => {
          const { value, ms } = await timed(() => analyzeAd(ad, { sensitivity }));
          slowest = Math.max(slowest, ms);
          expectValidAssessment(ad, value);
          expect(ms).toBeLessThan(MAX_MS_PER_RANDOM_AD);
        }),
        { numRuns: RUNS },
      );
      console.log(`robustness: slowest of ${RUNS} fuzzed ads took ${slowest.toFixed(1)} ms`);
    },
    TIMEOUT_MS,
  );

  it(
    'keeps exact offsets in lures with emoji and invisible marks between words',
    async () => {
      let plainFound = 0;
      let noisyFound = 0;
      await fc.assert(
        fc.asyncProperty(lureWithNoiseAtSpaces, async ({ lure, text }) => {
          const ad = { text };
          const assessment = await analyzeAd(ad);
          expectValidAssessment(ad, assessment);
          if ((await analyzeAd({ text: lure })).findings.length) {
            plainFound++;
            if (assessment.findings.length) noisyFound++;
          }
        }),
        { numRuns: RUNS },
      );
      // Only meaningful if offsets were exercised: lures with light noise keep findings.
      console.log(`robustness: ${noisyFound} of ${plainFound} lures with findings kept findings under noise`);
      expect(plainFound).toBeGreaterThan(RUNS / 4);
      expect(noisyFound).toBeGreaterThan(plainFound * 0.8);
    },
    TIMEOUT_MS,
  );

  it(
    'gives the same answer twice for the same ad (no state leaks between calls)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(noisyLure, hostileText), async (text) => {
          const first = await analyzeAd({ text });
          await analyzeAd({ text: LURES[0] ?? 'x' });
          expect(await analyzeAd({ text })).toEqual(first);
        }),
        { numRuns: 50 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'treats markup in ad text as text: tags neither hide nor create findings',
    async () => {
      for (const lure of LURES.slice(0, 20)) {
        const plain = await analyzeAd({ text: lure });
        const wrapped = `<div onclick="x()"><script>var a = 1;</script>${lure}<img src=x onerror=alert(1)></div>`;
        const marked = await analyzeAd({ text: wrapped });
        expectValidAssessment({ text: wrapped }, marked);
        expect(marked.findings.map((f) => f.rule).sort()).toEqual(plain.findings.map((f) => f.rule).sort());
      }
    },
    TIMEOUT_MS,
  );
});
