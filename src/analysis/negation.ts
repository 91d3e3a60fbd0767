/**
 * The general negation mechanism (one for all rules, see docs/patterns.md): a match does not count when
 * a negator stands before it in the same clause, within NEGATION_WINDOW words ("мы НЕ требуем оплаты за
 * визу", "we do NOT charge a fee"). A comma, colon, dash or bracket, or a clause word ("но", "but"), ends
 * the scope. A negator inside the match cancels it too, unless the expression has one of its own
 * ("опыт не требуется").
 */
import type { PreparedLang } from './catalogue';
import { execAll } from './sentences';

/** How many words before a match a negator may stand. "не будем ~ брать с вас оплату" needs 4. */
export const NEGATION_WINDOW = 6;
/** Characters before a match that can hold NEGATION_WINDOW words and a clause break. */
const LOOKBACK_CHARS = 120;

const CLAUSE_PUNCT = /[,:()\u2013\u2014"«»]|\s-\s/gu;
const WORDS = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;

export function isNegated(
  norm: string,
  sentenceStart: number,
  matchStart: number,
  lang: PreparedLang,
): boolean {
  // Only the last few words can negate: look back a bounded stretch, so a run-on "sentence" of a
  // hundred thousand characters costs no more per match than a short one.
  let before = norm.slice(Math.max(sentenceStart, matchStart - LOOKBACK_CHARS), matchStart);
  let lastPunct = -1;
  for (const m of execAll(CLAUSE_PUNCT, before)) lastPunct = m.index + m[0].length;
  if (lastPunct >= 0) before = before.slice(lastPunct);
  const words = before.match(WORDS) ?? [];
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < NEGATION_WINDOW; i--, seen++) {
    const w = (words[i] as string).replace(/\u2019/g, "'");
    if (lang.negators.has(w)) return true;
    if (lang.clauseBreaks.has(w)) return false;
  }
  return false;
}

/** A negator inside the match itself ("перелёт оплачиваем и НЕ вычитаем из зарплаты"). */
export function hasInnerNegator(norm: string, start: number, end: number, lang: PreparedLang): boolean {
  const words = norm.slice(start, end).match(WORDS) ?? [];
  return words.some((w) => lang.negators.has(w.replace(/\u2019/g, "'")));
}
