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

/** Words whose letters are WORD_CLASS and `extra`, joined pieces whole ("з/п", "au-pair"). */
export function wordPieces(extra = ''): RegExp {
  const w = `[${WORD_CLASS}${extra}]+`;
  return new RegExp(`${w}(?:[/'.-]${w})*`, 'g');
}
/** Words as the prefilter sees them: "з/п", "т.р", "au-pair" stay whole, and their parts are looked up too. */
const PIECES = wordPieces();
const INNER = /[/'.-]/;

/** The words of normalized text, once per text (the prefilter of every language reads them). */
export function wordsOf(norm: string, pieces: RegExp = PIECES): string[] {
  const out: string[] = [];
  for (const m of execAll(pieces, norm)) {
    const tok = m[0];
    out.push(tok);
    if (INNER.test(tok)) for (const part of tok.split(INNER)) if (part) out.push(part);
  }
  return out;
}

/** The words of a text, with a prefix index, for trigger checks. */
class WordIndex {
  readonly set: ReadonlySet<string>;
  private readonly byPrefix = new Map<string, string[]>();

  constructor(words: readonly string[]) {
    this.set = new Set(words);
    for (const w of this.set) {
      if (w.length < PREFIX_KEY) continue;
      const key = w.slice(0, PREFIX_KEY);
      const list = this.byPrefix.get(key);
      if (list) list.push(w);
      else this.byPrefix.set(key, [w]);
    }
  }

  /** Does one of the words occur, or a word that starts with one of the prefixes? */
  hasAny(words: readonly string[], prefixes: readonly string[]): boolean {
    if (words.some((w) => this.set.has(w))) return true;
    return prefixes.some((p) =>
      (this.byPrefix.get(p.slice(0, PREFIX_KEY)) ?? []).some((w) => w.startsWith(p)),
    );
  }
}

/**
 * The matchers that can match the text: the lead part's trigger occurs (an index lookup per word),
 * and so do the other parts' triggers, so a matcher whose rarest part is present but another part is
 * not costs nothing.
 */
export function candidateMatchers(words: readonly string[], lang: PreparedLang): number[] {
  const hit = new Set<number>(lang.always);
  // Each distinct word once: an ad repeats its words, and every one costs a prefix-bucket scan.
  for (const w of new Set(words)) {
    const ids = lang.words.get(w);
    if (ids) for (const id of ids) hit.add(id);
    if (w.length >= PREFIX_KEY) {
      const stems = lang.prefixes.get(w.slice(0, PREFIX_KEY));
      if (stems) for (const [p, id] of stems) if (w.startsWith(p)) hit.add(id);
    }
  }
  let index: WordIndex | undefined;
  const out: number[] = [];
  for (const id of hit) {
    const m = lang.matchers[id];
    if (!m) continue;
    if (m.parts.length > 1) {
      index ??= new WordIndex(words);
      const seen = index;
      if (!m.parts.every((p, k) => k === m.lead || p.always || seen.hasAny(p.words, p.prefixes))) continue;
    }
    out.push(id);
  }
  return out.sort((a, b) => a - b);
}

/** Every match of each part of a matcher. */
/** Every match of a RegExp in norm[from, to): a window, padded so that lookarounds see its edges. */
function matchesIn(re: RegExp, norm: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const start = Math.max(0, from - 1);
  // A match may run past the window's end (its start must lie in it): read a little beyond.
  const text =
    from === 0 && to >= norm.length ? norm : norm.slice(start, Math.min(norm.length, to + WINDOW_PAD));
  const shift = text === norm ? 0 : start;
  for (const x of execAll(re, text)) {
    const s = x.index + shift;
    if (s < from) continue;
    if (s > to) break;
    spans.push({ start: s, end: s + x[0].length });
  }
  return spans;
}

/** Characters read past a window so a match that starts in it is read whole. */
const WINDOW_PAD = 400;

/**
 * Every match of each part of a matcher. The lead part (the rarest) runs over the whole text; the
 * others only around its matches, within the matcher's reach, so a long page costs no more than the
 * places where the lead part occurs.
 */
export function partMatches(norm: string, m: PreparedMatcher): Span[][] {
  const out: Span[][] = m.parts.map(() => []);
  const lead = m.parts[m.lead] ?? m.parts[0];
  if (!lead) return out;
  const leadSpans = matchesIn(lead.re, norm, 0, norm.length);
  out[m.lead] = leadSpans;
  if (leadSpans.length === 0 || m.parts.length === 1) return out;
  const reach = m.within > 1 ? PART_REACH_WITHIN : PART_REACH;
  // The windows around the lead's matches, merged where they overlap.
  const windows: Array<[number, number]> = [];
  for (const l of leadSpans) {
    const w: [number, number] = [Math.max(0, l.start - reach), Math.min(norm.length, l.start + reach)];
    const last = windows[windows.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else windows.push(w);
  }
  m.parts.forEach((part, k) => {
    if (k === m.lead) return;
    out[k] = windows.flatMap(([a, b]) => matchesIn(part.re, norm, a, b));
  });
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
