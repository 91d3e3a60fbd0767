/**
 * Reading pass 2: emoji and pictographs between words. "Дубай 🇦🇪 хостес" or "виза🔥бесплатно" puts
 * symbols where a match expects a space; "❌ нет предоплаты ✅ проживание оплачиваем" uses them as list
 * bullets with no punctuation. A flag names a country ("работа в 🇦🇪"), so it becomes a word of its
 * own, `flag` + the region code ("flagae"), which the place lists know (patterns/places.yaml).
 *
 * Every other run of symbols (with the spaces inside and around it) becomes:
 * - at the start or end of a line, or after a sentence end, nothing but a space;
 * - otherwise CLAUSE_MARK, a separator a match may cross like a space or a dash ("для 💃 девушек" still
 *   reads "для девушек"), but where a negation's scope ends (negation.ts): in "❌ не нужен опыт ✅
 *   проживание оплачиваем" the "не" says nothing about the housing.
 * The mark has a space on each side that touches a word, none beside punctuation, so it never makes a
 * separator longer than a dash with its spaces (the rules' separators are 1-4 characters, dsl.ts).
 *
 * A run is not a sentence end, even before a capital ("Жильё бесплатно ✅ Перелёт оплачиваем"): measured
 * on the development sets (2026-12), that cut lost 8 true findings ("…в онлайн-студии 📸 Стамбул", "в
 * Німеччині 🍫 Жінки 18–25": a place or a new item that the rules read with the words before it) and
 * gained none the clause mark does not.
 */
import { ViewBuilder, type TextView } from './view';

/** What an emoji between two statements becomes: a clause boundary for negation, not a sentence end. */
export const CLAUSE_MARK = '▪';

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const REGIONAL_A = 0x1f1e6;
const isRegional = (cp: number) => cp >= REGIONAL_A && cp <= 0x1f1ff;
const SPACE = /[^\S\n]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?;…•]/;
/** Punctuation that ends or splits the clause itself. */
const PUNCT_AFTER = /[.!?;…•,:)\]»"]/;
/** Signs that belong to the word they follow, not emoji between statements. */
const SIGNS = /[©®™]/;

/** Symbol blocks used as decoration (arrows, box drawing, dingbats, geometric shapes, stars). */
function isDecoration(cp: number): boolean {
  return (
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2500 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    cp === 0x20e3 // combining enclosing keycap (its digit stays)
  );
}

const WORK = /[\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\u{1f000}-\u{1faff}]|\u20e3|\p{Extended_Pictographic}/u;

/** A flag's two regional indicators at `i`, as the region code ("ae"), or undefined. */
function flagAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i) as number;
  const next = text.codePointAt(i + 2);
  if (!isRegional(cp) || next === undefined || !isRegional(next)) return undefined;
  return String.fromCharCode(97 + cp - REGIONAL_A) + String.fromCharCode(97 + next - REGIONAL_A);
}

/** Width in UTF-16 units of the symbol at `i` (not a flag), or 0 when it is no symbol. */
function symbolAt(text: string, i: number): number {
  const cp = text.codePointAt(i) as number;
  // Letters of every script the analyzer reads lie below U+2000; the only pictographs there are © and ®.
  if (cp < 0x2000) return cp === 0xa9 || cp === 0xae ? 1 : 0;
  const width = cp > 0xffff ? 2 : 1;
  if (isDecoration(cp) && flagAt(text, i) === undefined) return width;
  if (!isRegional(cp) && PICTOGRAPH.test(text.slice(i, i + width))) return width;
  return 0;
}

export function spaceSymbols(view: TextView): TextView {
  const { text } = view;
  if (!WORK.test(text)) return view;
  const out = new ViewBuilder(view.starts[text.length] as number);
  const push = (s: string, from: number, to: number) => out.push(s, from, to);
  let i = 0;
  while (i < text.length) {
    const code = flagAt(text, i);
    if (code !== undefined) {
      const from = view.starts[i] as number;
      const to = view.ends[i + 3] as number;
      if (out.last() !== ' ' && out.last() !== '\n' && out.length > 0) push(' ', from, to);
      push(`flag${code}`, from, to);
      i += 4;
      if (i < text.length && !SPACE.test(text[i] as string)) push(' ', from, to);
      continue;
    }
    if (symbolAt(text, i) === 0) {
      // Ordinary characters up to the next symbol or flag, copied in one piece.
      let j = i + 1;
      while (j < text.length && symbolAt(text, j) === 0 && flagAt(text, j) === undefined) j++;
      out.copyRange(view, i, j);
      i = j;
      continue;
    }
    // A run of symbols, with the spaces between and after them.
    const from = view.starts[i] as number;
    let j = i;
    let to = from;
    let marks = false;
    for (;;) {
      const w = symbolAt(text, j);
      if (w > 0) {
        if (!SIGNS.test(text[j] as string)) marks = true;
        to = view.ends[j + w - 1] as number;
        j += w;
      } else if (j < text.length && SPACE.test(text[j] as string)) j++;
      else break;
    }
    // Spaces before the run belong to it too.
    while (out.last() === ' ') out.pop();
    const prev = out.last();
    const next = text[j];
    i = j;
    if (prev === undefined || prev === '\n') continue; // a bullet at the start of a line
    if (next === undefined || next === '\n' || next === '\r') continue; // decoration at the end of a line
    // Trade mark signs ("Mitel® (NASDAQ"), a sentence that has already ended ("Жильё бесплатно. ✅
    // Перелёт") or punctuation right after ("СОФТИУМ®. Интересная") need no mark: a space at most.
    if (!marks || SENTENCE_END.test(prev) || PUNCT_AFTER.test(next)) {
      if (!PUNCT_AFTER.test(next)) push(' ', from, to);
      continue;
    }
    const prevWord = WORD_CHAR.test(prev);
    const nextWord = WORD_CHAR.test(next);
    if (prevWord) push(' ', from, to);
    push(CLAUSE_MARK, from, to);
    if (nextWord) push(' ', from, to);
  }
  return out.build();
}
