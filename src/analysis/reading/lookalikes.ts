/**
 * Reading pass 3: digits, Greek letters and symbols written for letters inside a word ("3арплата",
 * "0фициантки", "H0STESS", "ΗΟSTESS" with Greek capitals, "DUB@I"). Latin and Cyrillic look-alikes
 * mixed inside one word are folded later, with the word lower-cased (normalize.ts, homoglyphs.ts).
 *
 * Greek letters become their Latin look-alikes wherever the text is not mostly Greek. A digit or "@"
 * becomes a letter only inside a word of at least three letters, between two letters or first and
 * followed by letters; so numbers ("150к", "2х2", "5/2"), codes ("H-2A", "J1", "b2b", "1С", "covid19")
 * and handles keep their digits.
 */
import { ViewBuilder, type TextView } from './view';

const GREEK_TO_LATIN: Readonly<Record<string, string>> = {
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
};
/** Also what a digit in a word typed in Latin letters may stand for (translit.ts: "3arplata"). */
export const DIGIT_AS_CYRILLIC: Readonly<Record<string, string>> = {
  '0': 'о',
  '3': 'з',
  '6': 'б',
  '4': 'ч',
  '@': 'а',
};
// No "4": in Latin-letter Russian it stands for "ч" ("4to", "ho4u"), which translit.ts reads.
const DIGIT_AS_LATIN: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '5': 's',
  '7': 't',
  '@': 'a',
};

const GREEK = /[\u0370-\u03ff]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;
const LETTER = /\p{L}/u;
/** Inside a word: letters, digits and "@" (a digit or "@" may stand for a letter). */
const WORDISH_OTHER = /[\p{L}\p{N}]/u;
/** ASCII letters and digits, "@", Cyrillic by code; other characters by the Unicode classes. */
function isWordish(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 64 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x4ff) return true;
  return WORDISH_OTHER.test(ch);
}
/** A character this pass may change: a digit, "@" or a Greek letter. */
const CHANGEABLE = /[0-9@\u0370-\u03ff]/;
const MIN_LETTERS = 3;

function greekShare(text: string): number {
  let greek = 0;
  let letters = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (GREEK.test(ch)) greek++;
  }
  return letters === 0 ? 0 : greek / letters;
}

/** The characters of one word with digits and "@" read as letters where they stand for one. */
function foldWord(chars: string[]): string[] {
  let letters = 0;
  let cyr = 0;
  for (const ch of chars) {
    if (LETTER.test(ch)) {
      letters++;
      if (CYRILLIC.test(ch)) cyr++;
    }
  }
  if (letters < MIN_LETTERS || letters === chars.length) return chars;
  const table = cyr * 2 >= letters ? DIGIT_AS_CYRILLIC : DIGIT_AS_LATIN;
  const isLetter = (k: number) => k >= 0 && k < chars.length && LETTER.test(chars[k] as string);
  const out = [...chars];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k] as string;
    const letter = table[ch];
    if (letter === undefined) continue;
    const between = isLetter(k - 1) && isLetter(k + 1);
    const leading = k === 0 && isLetter(1) && isLetter(2) && isLetter(3);
    if (between || leading) {
      const upper = isLetter(k + 1) && (chars[k + 1] as string) !== (chars[k + 1] as string).toLowerCase();
      out[k] = upper ? letter.toUpperCase() : letter;
    }
  }
  return out;
}

/** A digit or "@" next to a letter, or a Greek letter: the only places this pass changes. */
const WORK = /[0-9@]\p{L}|\p{L}[0-9@]|[\u0370-\u03ff]/u;

export function foldLookalikes(view: TextView): TextView {
  const { text } = view;
  if (!WORK.test(text)) return view;
  const mapGreek = GREEK.test(text) && greekShare(text) < 0.5;
  const out = new ViewBuilder(view.starts[text.length] as number);
  let i = 0;
  while (i < text.length) {
    if (!isWordish(text[i] as string)) {
      let j = i + 1;
      while (j < text.length && !isWordish(text[j] as string)) j++;
      out.copyRange(view, i, j);
      i = j;
      continue;
    }
    let j = i;
    while (j < text.length && isWordish(text[j] as string)) j++;
    if (!CHANGEABLE.test(text.slice(i, j))) {
      out.copyRange(view, i, j); // a plain word: nothing to fold
      i = j;
      continue;
    }
    // UTF-16 units: everything folded here (Greek, digits, "@") is one unit, so offsets stay 1:1.
    let chars = text.slice(i, j).split('');
    if (mapGreek) chars = chars.map((ch) => GREEK_TO_LATIN[ch] ?? ch);
    // "@" starting a word is a handle, and before a dot ("ivan@mail.ru") an address: not a letter.
    const address = chars[0] === '@' || (chars.includes('@') && text[j] === '.');
    const folded = address ? chars : foldWord(chars);
    out.copyRangeAs(view, i, j, folded.join(''));
    i = j;
  }
  return out.build();
}
