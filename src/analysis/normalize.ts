/**
 * Text normalization for matching, with an offset map back to the input.
 *
 * The compiled rules (scripts/build-patterns.ts) match over this normalized form:
 * - lower case, `ё` -> `е`;
 * - Latin look-alike letters inside a mostly Cyrillic word folded to Cyrillic ("зaрплата" with a Latin
 *   "a"), and Cyrillic look-alikes inside a mostly Latin word folded to Latin ("pаy" with a Cyrillic "а");
 * - runs of white space collapsed to one space; thousands separators inside numbers dropped
 *   ("150 000" -> "150000");
 * - every real sentence end (`!`, `?`, `;`, a line break, a `.` followed by white space and a capital
 *   letter or the end) becomes `\n`, so `~N` gaps and negation scopes never cross a sentence. Dots inside
 *   abbreviations ("т.р.", "тыс. руб.") are kept.
 *
 * `map[i]` is the input offset of normalized character `i`; `map[norm.length]` is the input length, so a
 * normalized range [a, b) maps to the input range [map[a], map[b - 1] + 1).
 */
import { HOMOGLYPHS_LATIN_TO_CYRILLIC, HOMOGLYPHS_CYRILLIC_TO_LATIN } from './homoglyphs';

export interface Normalized {
  readonly norm: string;
  readonly map: Int32Array;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Letter or digit; char-code ranges first (this runs on every character of every ad). */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x4ff) return true;
  return OTHER_WORD_CHAR.test(ch);
}
const SPACE = /[^\S\n]/;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/;

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

export function normalize(text: string): Normalized {
  const lower = lowerSameLength(text);
  const out: string[] = [];
  const map: number[] = [];
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
      for (let k = 0; k < word.length; k++) {
        out.push(word[k] as string);
        map.push(i + k);
      }
      i = j;
      continue;
    }
    if (SPACE.test(ch) || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009') {
      let j = i;
      while (j < n && (SPACE.test(text[j] as string) || text[j] === '\u00a0')) j++;
      // A space between digit groups ("150 000") is a thousands separator: drop it.
      const prev = out[out.length - 1];
      const next = text[j];
      const groupOfThree = next !== undefined && /^\d{3}(?!\d)/.test(text.slice(j, j + 4));
      if (prev !== undefined && DIGIT.test(prev) && next !== undefined && DIGIT.test(next) && groupOfThree) {
        i = j;
        continue;
      }
      if (prev !== ' ' && prev !== '\n' && prev !== undefined) {
        out.push(' ');
        map.push(i);
      }
      i = j;
      continue;
    }
    const isBreak =
      ch === '\n' || ch === '\r' || ch === '!' || ch === '?' || ch === ';' || ch === '…' || ch === '•';
    if (isBreak || (ch === '.' && dotEndsSentence(text, i))) {
      // Collapse the space that may precede the break, and repeated breaks.
      if (out[out.length - 1] === ' ') {
        out.pop();
        map.pop();
      }
      if (out[out.length - 1] !== '\n') {
        out.push('\n');
        map.push(i);
      }
      i++;
      continue;
    }
    out.push(ch);
    map.push(i);
    i++;
  }
  const m = new Int32Array(out.length + 1);
  for (let k = 0; k < map.length; k++) m[k] = map[k] as number;
  m[out.length] = n;
  return { norm: out.join(''), map: m };
}

/** Maps a normalized range [a, b) to the input range that produced it. */
export function toSourceRange(nz: Normalized, a: number, b: number): [number, number] {
  const start = nz.map[a] ?? 0;
  const end = b > a ? (nz.map[b - 1] ?? start) + 1 : start;
  return [start, end];
}
