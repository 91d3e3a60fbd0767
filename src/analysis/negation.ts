/**
 * The general negation mechanism (one for all rules, see docs/patterns.md): a match does not count when
 * a negator stands before it in the same clause, within NEGATION_WINDOW words ("мы НЕ требуем оплаты за
 * визу", "we do NOT charge a fee"). A comma, colon, dash or bracket, or a clause word ("но", "but"), ends
 * the scope. So does an emoji between two statements (reading/symbols.ts CLAUSE_MARK: "❌ нет
 * предоплаты ✅ проживание оплачиваем"), except right after the negator ("не 🙅 берём денег"). A negator
 * inside the match cancels it too, unless the expression has one of its own ("опыт не требуется").
 */
import type { PreparedLang } from './catalogue';
import { CLAUSE_MARK } from './reading/symbols';
import { execAll } from './sentences';

/** How many words before a match a negator may stand. "не будем ~ брать с вас оплату" needs 4. */
export const NEGATION_WINDOW = 6;
/** Characters before a match that can hold NEGATION_WINDOW words and a clause break. */
const LOOKBACK_CHARS = 120;

const CLAUSE_PUNCT = new RegExp(`[,:()\\u2013\\u2014"«»${CLAUSE_MARK}]|\\s-\\s`, 'gu');
/** The word right before an emoji mark, when a negator: it governs what follows the emoji. */
const WORD_BEFORE_MARK = new RegExp(`([\\p{L}\\p{N}]+(?:['\\u2019]\\p{L}+)?) ?${CLAUSE_MARK} ?$`, 'u');
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
  let carried: string | undefined;
  if (lastPunct >= 0) {
    if (before[lastPunct - 1] === CLAUSE_MARK)
      carried = WORD_BEFORE_MARK.exec(before.slice(0, lastPunct))?.[1];
    before = before.slice(lastPunct);
  }
  const words = before.match(WORDS) ?? [];
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < NEGATION_WINDOW; i--, seen++) {
    const w = (words[i] as string).replace(/\u2019/g, "'");
    if (lang.negators.has(w)) return true;
    if (lang.clauseBreaks.has(w)) return false;
  }
  return (
    carried !== undefined &&
    words.length < NEGATION_WINDOW &&
    lang.negators.has(carried.replace(/\u2019/g, "'"))
  );
}

/** A negator inside the match itself ("перелёт оплачиваем и НЕ вычитаем из зарплаты"). */
export function hasInnerNegator(norm: string, start: number, end: number, lang: PreparedLang): boolean {
  const words = norm.slice(start, end).match(WORDS) ?? [];
  return words.some((w) => lang.negators.has(w.replace(/\u2019/g, "'")));
}
