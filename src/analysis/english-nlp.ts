/**
 * compromise on the English path, where it adds what RegExps cannot: negation with contractions
 * expanded ("we don't charge" -> do + not, "won't" -> will + not, with offsets into the source). It only
 * ever runs on the sentences that already hold a candidate finding, never on an ad without candidates.
 * Its tokenizer build (compromise/one: 99 KB, about 2-3 ms per ad) is enough for that: the full build's
 * tagger (377 KB, 15-27 ms per ad, ../shared/research/toolchain-facts.md) would add nothing used here.
 *
 * Imported statically on purpose. The analyzer runs in the background, and a Chrome MV3 service worker
 * may not call import() ("import() is disallowed on ServiceWorkerGlobalScope"); Vite's preload helper
 * for a dynamic import also reads `window`, which a worker lacks. So the worker pays for evaluating
 * compromise when it starts (measured in tests/e2e/background.test.ts), off every page's main thread;
 * the content script never imports the analyzer (tests/e2e/perf.test.ts measures its size).
 */
import nlp from 'compromise/one';
import type { Finding } from './types';

/** Counters for the bench: how often compromise ran and what it cost (ms). */
export const nlpStats = { ads: 0, sentences: 0, ms: 0 };

interface MatchJson {
  offset: { start: number; length: number };
}

/** Negating words that need no contraction expansion: a RegExp finds them. */
const NEGATIVE_WORDS = /\b(?:nobody|none|nothing|neither|nor)\b/gi;
/**
 * What ends a clause between a negator and a finding (compromise's clause splitter costs ~5 ms). An emoji
 * after a word does too ("No fees ✔ free accommodation"), as in negation.ts; one right after the negator
 * does not ("not 🙅 pay").
 */
const CLAUSE_END =
  /[,;:()\u2013\u2014]|\b(?:but|however|although|though|whereas)\b|[\p{L}\p{N}][^\p{L}\p{N}]*(?:\p{Extended_Pictographic}|[\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff])/iu;
/** Words between the negator and the finding, at most: "we do NOT charge a fee" vs. a far-off "not". */
export const NLP_NEGATION_WINDOW = 4;

/**
 * Drops the findings (in `text` offsets) that compromise shows to be negated inside their clause.
 * `sentences` are [start, end) ranges of `text`, one per sentence holding a finding.
 */
export function dropNegatedEnglish(
  text: string,
  findings: readonly Finding[],
  sentences: ReadonlyArray<readonly [number, number]>,
): Finding[] {
  const t0 = performance.now();
  nlpStats.ads++;
  const negated = new Set<Finding>();
  for (const [a, b] of sentences) {
    nlpStats.sentences++;
    const sentence = text.slice(a, b);
    // compromise expands contractions ("don't" -> do + not, "won't" -> will + not); the implied "not"
    // has a zero-length offset at the end of the contraction.
    const negatives = (
      nlp(sentence)
        .match('(not|never|no)')
        .json({ offset: true, terms: { offset: false } }) as MatchJson[]
    ).map((m) => m.offset.start + m.offset.length);
    for (const m of sentence.matchAll(NEGATIVE_WORDS)) negatives.push(m.index + m[0].length);
    for (const f of findings) {
      if (f.start < a || f.start >= b) continue;
      const at = f.start - a;
      const hit = negatives.some((end) => {
        if (end > at) return false;
        const between = sentence.slice(end, at);
        return (
          !CLAUSE_END.test(between) &&
          between.trim().split(/\s+/).filter(Boolean).length <= NLP_NEGATION_WINDOW
        );
      });
      if (hit) negated.add(f);
    }
  }
  nlpStats.ms += performance.now() - t0;
  return findings.filter((f) => !negated.has(f));
}
