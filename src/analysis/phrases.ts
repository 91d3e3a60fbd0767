/**
 * Quotes at phrase level. A finding's evidence is what a rule matched, which can stop inside a phrase
 * («Танцовщица в ночной клуб (Турция» from "… (Турция, Дубай)"). A reader in a hurry needs the phrase
 * the ad itself wrote: the clause around the evidence, between punctuation that ends a clause, with its
 * brackets balanced, and cut at word boundaries (with an ellipsis) only where the clause is too long.
 * Pure string work. The analyzer cuts each finding's phrase while it has the text (Finding.phrase), so
 * the badge, the popup and a tab's report quote the same words (src/ui/shared/quote.ts shows them).
 */
import type { QuotedPhrase } from '../messaging/messages';

export interface Span {
  start: number;
  end: number;
}

/** A phrase of the text around a span: [start, end) of the text, and whether it was cut short. */
export interface Phrase extends Span {
  /** The clause goes on before `start` (the quote begins with an ellipsis). */
  cutStart: boolean;
  /** The clause goes on after `end`. */
  cutEnd: boolean;
}

/** Longest phrase shown whole: about one line of the badge's panel at phone width, twice. */
export const MAX_PHRASE = 90;
/** How far the search for a clause's ends looks around the evidence. */
const WINDOW = 400;

/** Brackets a phrase must not be cut inside. Typographic quotes pair differently per language („…“, “…”), so they are left out. */
const OPENING = '([{«';
const CLOSING = ')]}»';
/** Always end a clause. */
const HARD_BREAKS = '\n\r•·|';
/** End a clause when followed by white space (so "5.000" and "3,5" stay whole). */
const SOFT_BREAKS = '.!?;:,';

function isBreak(text: string, i: number): boolean {
  const c = text[i] as string;
  if (HARD_BREAKS.includes(c)) return true;
  if (SOFT_BREAKS.includes(c)) return i + 1 >= text.length || /\s/.test(text[i + 1] as string);
  // A dash between spaces ("Работа в Дубае — жильё бесплатно") separates clauses too.
  if (c === '—' || c === '–' || c === '-')
    return /\s/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '');
  return false;
}

function bracketDelta(c: string): number {
  if (OPENING.includes(c)) return 1;
  if (CLOSING.includes(c)) return -1;
  return 0;
}

/**
 * The clause of `text` holding `span`: it stops at clause punctuation outside any bracket the span
 * opened, and never leaves a bracket the span sits in. Trimmed of spaces and of the punctuation between
 * clauses. Always contains the span.
 */
export function clauseOf(text: string, span: Span): Span {
  const start = clamp(span.start, 0, text.length);
  const end = clamp(span.end, start, text.length);
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  // depth[i - from]: bracket depth just before text[i], counted from `from`.
  const depth: number[] = [0];
  for (let i = from; i < to; i++) depth.push((depth[i - from] as number) + bracketDelta(text[i] as string));
  const at = (i: number) => depth[i - from] as number;
  let base = Infinity;
  for (let i = start; i <= end; i++) base = Math.min(base, at(i));

  let right = end;
  while (right < to) {
    const c = text[right] as string;
    if (bracketDelta(c) < 0 && at(right + 1) < base) break; // closes a bracket the span sits in
    if (at(right) <= base && isBreak(text, right)) break;
    right++;
  }
  let left = start;
  while (left > from) {
    const c = text[left - 1] as string;
    if (bracketDelta(c) > 0 && at(left - 1) < base) break; // opens a bracket the span sits in
    if (at(left - 1) <= base && isBreak(text, left - 1)) break;
    left--;
  }
  return trimSpan(text, { start: left, end: right }, { start, end });
}

/** Spaces, dashes and bullets at a clause's edges are not part of the phrase (never inside `keep`). */
function trimSpan(text: string, span: Span, keep: Span): Span {
  let { start, end } = span;
  while (start < keep.start && /[\s\-–—•·*]/.test(text[start] as string)) start++;
  while (end > keep.end && /[\s\-–—•·*,;:]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/**
 * The phrase to quote for `span`: its clause when that is short enough, else the span with whole words
 * of the clause on each side up to `max` characters (the span alone, cut at a word, when it is longer).
 */
export function phraseOf(text: string, span: Span, max = MAX_PHRASE): Phrase {
  const clause = clauseOf(text, span);
  if (clause.end - clause.start <= max) return { ...clause, cutStart: false, cutEnd: false };
  const start = clamp(span.start, clause.start, clause.end);
  const end = clamp(span.end, start, clause.end);
  if (end - start >= max) {
    const cut = wordEndBefore(text, start, start + max);
    return { start, end: cut, cutStart: start > clause.start, cutEnd: true };
  }
  // Grow both ways a word at a time, keeping the evidence near the middle.
  let s = start;
  let e = end;
  for (let grew = true; grew;) {
    grew = false;
    const e2 = nextWordEnd(text, e, clause.end);
    if (e2 > e && e2 - s <= max) {
      e = e2;
      grew = true;
    }
    const s2 = prevWordStart(text, s, clause.start);
    if (s2 < s && e - s2 <= max) {
      s = s2;
      grew = true;
    }
  }
  return { start: s, end: e, cutStart: s > clause.start, cutEnd: e < clause.end };
}

/** The phrase for `span` as a finding carries it: its place in `text` and its characters. */
export function quotedPhrase(text: string, span: Span, max = MAX_PHRASE): QuotedPhrase {
  const p = phraseOf(text, span, max);
  return {
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
    cutStart: p.cutStart,
    cutEnd: p.cutEnd,
  };
}

function nextWordEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i] as string)) i++;
  while (i < limit && !/\s/.test(text[i] as string)) i++;
  return i;
}

function prevWordStart(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && /\s/.test(text[i - 1] as string)) i--;
  while (i > limit && !/\s/.test(text[i - 1] as string)) i--;
  return i;
}

/** The end of the last whole word that ends at or before `limit` (at least one word). */
function wordEndBefore(text: string, start: number, limit: number): number {
  let i = limit;
  while (i > start && !/\s/.test(text[i] ?? ' ')) i--;
  while (i > start && /\s/.test(text[i - 1] as string)) i--;
  return i > start ? i : limit;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
