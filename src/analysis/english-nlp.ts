/**
 * compromise on the English path, where it adds what RegExps cannot: clause segmentation and negation
 * with contractions expanded ("we don't charge" -> do + not). It is imported lazily and only ever runs on
 * the sentences that already hold a candidate finding, never on an ad without candidates: a full parse
 * costs 15-27 ms per ad and loading it 0.2-0.9 s (../shared/research/toolchain-facts.md).
 */
import type nlpDefault from 'compromise';
import type { Finding } from './types';

type Nlp = typeof nlpDefault;
let loading: Promise<Nlp> | undefined;

/** Counters for the bench: how often compromise ran and what it cost (ms). */
export const nlpStats = { ads: 0, sentences: 0, ms: 0, loadMs: 0 };

export function loadNlp(): Promise<Nlp> {
  loading ??= (async () => {
    const t0 = performance.now();
    const mod = await import('compromise');
    nlpStats.loadMs = performance.now() - t0;
    return mod.default;
  })();
  return loading;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface ClauseJson {
  offset: { start: number; length: number };
  terms: TermJson[];
}

/** Words compromise does not tag #Negative but that negate what follows. */
const NEGATIVE_WORDS = new Set(['nobody', 'none', 'nothing', 'neither', 'nor', 'without']);

/**
 * Drops the findings (in `text` offsets) that compromise shows to be negated inside their clause.
 * `sentences` are [start, end) ranges of `text`, one per sentence holding a finding.
 */
export async function dropNegatedEnglish(
  text: string,
  findings: readonly Finding[],
  sentences: ReadonlyArray<readonly [number, number]>,
): Promise<Finding[]> {
  const nlp = await loadNlp();
  const t0 = performance.now();
  nlpStats.ads++;
  const negated = new Set<Finding>();
  for (const [a, b] of sentences) {
    nlpStats.sentences++;
    const clauses = nlp(text.slice(a, b))
      .clauses()
      .json({ offset: true, terms: { offset: true } }) as ClauseJson[];
    for (const f of findings) {
      if (f.start < a || f.start >= b) continue;
      const at = f.start - a;
      const clause = clauses.find((c) => at >= c.offset.start && at < c.offset.start + c.offset.length);
      if (!clause) continue;
      const before = clause.terms.filter((t) => t.offset.start < at);
      // Only the nearest few words: "not only do we pay travel" is rare, "we do not pay" is common.
      const near = before.slice(-4);
      if (near.some((t) => t.tags.includes('Negative') || NEGATIVE_WORDS.has(t.text.toLowerCase())))
        negated.add(f);
    }
  }
  nlpStats.ms += performance.now() - t0;
  return findings.filter((f) => !negated.has(f));
}
