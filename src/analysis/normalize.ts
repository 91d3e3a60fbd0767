/**
 * Text normalization for matching, over a text view (reading/view.ts) so offsets map back to the ad.
 *
 * The compiled rules (scripts/build-patterns.ts) match over this normalized form:
 * - lower case, `ё` -> `е`;
 * - Latin look-alike letters inside a mostly Cyrillic word folded to Cyrillic ("зaрплата" with a Latin
 *   "a"), and Cyrillic look-alikes inside a mostly Latin word folded to Latin ("pаy" with a Cyrillic "а");
 * - runs of white space collapsed to one space; thousands separators inside numbers dropped
 *   ("150 000" -> "150000", "4'500" -> "4500");
 * - every real sentence end (`!`, `?`, `;`, a line break, a `.` followed by white space and a capital
 *   letter or the end) becomes `\n`, so `~N` gaps and negation scopes never cross a sentence. Dots inside
 *   abbreviations ("т.р.", "тыс. руб.") are kept.
 *
 * `normalize(text)` runs the reading layer first (reading/index.ts: hidden characters, look-alikes,
 * spaced letters); `normalizeView` normalizes a view that was already read.
 */
import { HOMOGLYPHS_LATIN_TO_CYRILLIC, HOMOGLYPHS_CYRILLIC_TO_LATIN } from './homoglyphs';
import { read, toOriginal, ViewBuilderFor, type Lexicon, type TextView } from './reading/index';

/** A normalized view: `norm` is its text. */
export interface Normalized extends TextView {
  readonly norm: string;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;

/** The modifier-letter apostrophe, Ukrainian orthography's own ("сімʼя"): a letter to Unicode (Lm). */
const MODIFIER_APOSTROPHE = 0x2bc;

/**
 * Letter or digit; char-code ranges first (this runs on every character of every ad). The modifier
 * apostrophe is no word character here: inside a Cyrillic word it is dropped like ' and ’ (below), so
 * "сімʼї" reads as the rules' "сімї".
 */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x4ff) return true;
  if (c === MODIFIER_APOSTROPHE) return false;
  return OTHER_WORD_CHAR.test(ch);
}
const SPACE = /[^\S\n]/;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/;
const APOSTROPHE = /['’ʼ]/;

/**
 * Folds look-alike letters inside one word towards the word's script. A letter with no look-alike in
 * the other script ("f" in "fее" with Cyrillic е, "ж" in "жaлованье") decides it; otherwise the
 * script of most letters does.
 */
function foldWord(word: string): string {
  let cyr = 0;
  let lat = 0;
  let cyrOnly = 0;
  let latOnly = 0;
  for (const ch of word) {
    if (CYRILLIC.test(ch)) {
      cyr++;
      if (HOMOGLYPHS_CYRILLIC_TO_LATIN[ch] === undefined) cyrOnly++;
    } else if (LATIN.test(ch)) {
      lat++;
      if (HOMOGLYPHS_LATIN_TO_CYRILLIC[ch] === undefined) latOnly++;
    }
  }
  if (cyr === 0 || lat === 0) return word;
  const toCyrillic = latOnly > 0 && cyrOnly === 0 ? false : cyrOnly > 0 && latOnly === 0 ? true : cyr >= lat;
  const table = toCyrillic ? HOMOGLYPHS_LATIN_TO_CYRILLIC : HOMOGLYPHS_CYRILLIC_TO_LATIN;
  let out = '';
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/** A `.` at `i` ends a sentence when white space follows and then a capital, a line break or the end. */
function dotEndsSentence(text: string, i: number): boolean {
  let j = i + 1;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j] ?? '')) return false;
  while (j < text.length && SPACE.test(text[j] ?? '')) j++;
  const next = text[j];
  return next === undefined || next === '\n' || UPPER.test(next) || next === '•' || next === '-';
}

/** Lower case with the same length as the input, so offsets stay 1:1 ("İ" lowers to two units). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}

export function normalizeView(view: TextView): Normalized {
  const text = view.text;
  const lower = lowerSameLength(text);
  const out = ViewBuilderFor(view);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = lower[i] as string;
    if (isWordChar(ch)) {
      // One word (letters and digits), folded towards its script only when it mixes scripts.
      let j = i;
      let cyr = false;
      let lat = false;
      while (j < n) {
        const c = lower.charCodeAt(j);
        if (c >= 0x400 && c <= 0x4ff) cyr = true;
        else if (c >= 97 && c <= 122) lat = true;
        else if (!isWordChar(lower[j] as string)) break;
        j++;
      }
      let word = lower.slice(i, j);
      if (cyr) word = word.replace(/ё/g, 'е');
      if (cyr && lat) word = foldWord(word);
      out.copyRangeAs(view, i, j, word); // same length: lower case and folding keep one unit per unit
      i = j;
      continue;
    }
    if (SPACE.test(ch) || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009') {
      let j = i;
      while (j < n && (SPACE.test(text[j] as string) || text[j] === '\u00a0')) j++;
      // A space between digit groups ("150 000") is a thousands separator: drop it.
      const prev = out.last();
      const next = text[j];
      const groupOfThree = next !== undefined && /^\d{3}(?!\d)/.test(text.slice(j, j + 4));
      if (prev !== undefined && DIGIT.test(prev) && next !== undefined && DIGIT.test(next) && groupOfThree) {
        i = j;
        continue;
      }
      if (prev !== ' ' && prev !== '\n' && prev !== undefined) out.copy(view, i, ' ');
      i = j;
      continue;
    }
    const isBreak =
      ch === '\n' || ch === '\r' || ch === '!' || ch === '?' || ch === ';' || ch === '…' || ch === '•';
    if (isBreak || (ch === '.' && dotEndsSentence(text, i))) {
      // Collapse the space that may precede the break, and repeated breaks.
      if (out.last() === ' ') out.pop();
      if (out.last() !== '\n') out.copy(view, i, '\n');
      i++;
      continue;
    }
    // An apostrophe between digit groups is a thousands separator ("CHF 4'500", "2’800 €"): dropped.
    if (
      (ch === "'" || ch === '’') &&
      DIGIT.test(out.last() ?? '') &&
      /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))
    ) {
      i++;
      continue;
    }
    // An apostrophe inside a Cyrillic word is part of it (Ukrainian "сім'я", "п’ять"): dropped, as the
    // rules' words are (dsl.ts foldWord), so the word stays whole.
    if (APOSTROPHE.test(ch) && CYRILLIC.test(out.last() ?? '') && CYRILLIC.test(lower[i + 1] ?? '')) {
      i++;
      continue;
    }
    out.copy(view, i, ch);
    i++;
  }
  const v = out.build();
  return { ...v, norm: v.text };
}

/** Reads the text (reading/index.ts) and normalizes it. */
export function normalize(text: string, lexicon?: Lexicon): Normalized {
  return normalizeView(read(text, lexicon));
}

/** Maps a normalized range [a, b) to the input range that produced it. */
export function toSourceRange(nz: TextView, a: number, b: number): [number, number] {
  return toOriginal(nz, a, b);
}
