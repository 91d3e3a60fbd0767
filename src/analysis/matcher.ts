/**
 * Runs the compiled matchers of one language over normalized text. The prefilter looks each word of the
 * text up in the trigger index, so an ordinary ad costs one tokenizing pass and a few Map lookups; only
 * the matchers whose trigger word occurs run their RegExps.
 *
 * A matcher of several parts (` & `) matches where every part matches within `within` neighbouring
 * sentences, in any order; its match spans from the first part to the last.
 */
import { PREFIX_KEY, type PreparedLang, type PreparedMatcher } from './catalogue';
import { WORD_CLASS } from './dsl';
import { execAll } from './sentences';

/** A match of one part, in normalized offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Words as the prefilter sees them: "з/п", "т.р", "au-pair" stay whole, and their parts are looked up too. */
const W = `[${WORD_CLASS}]+`;
const PIECES = new RegExp(`${W}(?:[/'.-]${W})*`, 'g');
const INNER = /[/'.-]/;

/** The words of normalized text, once per text (the prefilter of every language reads them). */
export function wordsOf(norm: string): string[] {
  const out: string[] = [];
  for (const m of execAll(PIECES, norm)) {
    const tok = m[0];
    out.push(tok);
    if (INNER.test(tok)) for (const part of tok.split(INNER)) if (part) out.push(part);
  }
  return out;
}

export function candidateMatchers(words: readonly string[], lang: PreparedLang): number[] {
  const hit = new Set<number>(lang.always);
  for (const w of words) {
    const ids = lang.words.get(w);
    if (ids) for (const id of ids) hit.add(id);
    if (w.length >= PREFIX_KEY) {
      const stems = lang.prefixes.get(w.slice(0, PREFIX_KEY));
      if (stems) for (const [p, id] of stems) if (w.startsWith(p)) hit.add(id);
    }
  }
  return [...hit].sort((a, b) => a - b);
}

/** Every match of each part of a matcher. */
export function partMatches(norm: string, m: PreparedMatcher): Span[][] {
  const out: Span[][] = [];
  for (const part of m.parts) {
    const spans: Span[] = [];
    for (const x of execAll(part.re, norm)) spans.push({ start: x.index, end: x.index + x[0].length });
    out.push(spans);
    // A part with no match: the matcher cannot match, so the other parts need not run.
    if (spans.length === 0) break;
  }
  return out;
}

/** Sentence index of each normalized offset, by binary search over the line-break positions. */
export class Sentences {
  private readonly breaks: number[] = [];

  constructor(norm: string) {
    for (let i = norm.indexOf('\n'); i !== -1; i = norm.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** Where the sentence holding `pos` starts. */
  startOf(pos: number): number {
    const i = this.indexOf(pos);
    return i === 0 ? 0 : (this.breaks[i - 1] as number) + 1;
  }

  indexOf(pos: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.breaks[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * How far (in characters of normalized text) the parts of a matcher may lie from its lead part: a
 * sentence of a few lines, not a run-on list of a thousand characters that happens to hold every word.
 */
export const PART_REACH = 160;
/** The reach when the parts may lie in neighbouring sentences (`within` > 1). */
export const PART_REACH_WITHIN = 260;

/**
 * Where all parts meet: for each match of the lead part, the nearest match of every other part within
 * a window of `within` sentences and PART_REACH characters. Returns the span from the first part to the
 * last.
 */
export function combine(
  parts: readonly Span[][],
  lead: number,
  within: number,
  sentences: Sentences,
): Span[] {
  const reach = within > 1 ? PART_REACH_WITHIN : PART_REACH;
  const leadSpans = parts[lead] ?? [];
  if (parts.length === 1) return [...leadSpans];
  if (parts.some((p) => p.length === 0)) return [];
  const out: Span[] = [];
  for (const l of leadSpans) {
    const s = sentences.indexOf(l.start);
    for (let first = s - within + 1; first <= s; first++) {
      const last = first + within - 1;
      let start = l.start;
      let end = l.end;
      let ok = true;
      for (let k = 0; k < parts.length && ok; k++) {
        if (k === lead) continue;
        let best: Span | undefined;
        for (const x of parts[k] as Span[]) {
          const xs = sentences.indexOf(x.start);
          if (xs < first || xs > last) continue;
          if (Math.abs(x.start - l.start) > reach) continue;
          if (!best || Math.abs(x.start - l.start) < Math.abs(best.start - l.start)) best = x;
        }
        if (!best) ok = false;
        else {
          start = Math.min(start, best.start);
          end = Math.max(end, best.end);
        }
      }
      if (ok) {
        out.push({ start, end });
        break;
      }
    }
  }
  return out;
}
