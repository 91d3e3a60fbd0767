/**
 * Russian or Ukrainian typed in Latin letters ("rabota v Dubae dlya devushek, vizu sdelaem"), read back
 * into Cyrillic so the language's own catalogue can read it, with the evidence still pointing at the
 * Latin text the user sees.
 *
 * People type translit in many ways (ж as zh, j or g; ч as ch or 4; я as ya, ia or a; й and ы as y, i or
 * j), so each Latin letter group has several readings (patterns/languages.yaml, `translit.letters`). A
 * word takes the first reading the catalogue's vocabulary knows; a word it does not know takes the usual
 * reading. The number of readings tried per word is bounded (MAX_READINGS), so this stays linear.
 */
import type { Prepared } from './catalogue';
import type { Normalized } from './normalize';
import { ViewBuilder } from './reading/view';
import type { CheckedLang } from '../languages/table';

/** Most readings tried per word (the product of its letter groups' readings, in order). */
export const MAX_READINGS = 48;
/** Latin words inspected for evidence, at most (an English ad is not converted as a whole). */
const EVIDENCE_WORDS = 400;
/** Distinct cue words needed before the catalogue's words are looked at. */
const MIN_CUES = 2;
const WORD_POINTS = 2;

const LATIN_WORD = /[a-z]/;
/** Characters of a translit word: Latin letters, digits used as letters (4 = ч), apostrophes (ь). */
const TRANSLIT_CHAR = /[a-z0-9'’]/;

type Letters = ReadonlyArray<readonly [string, readonly string[]]>;

/** The letter groups of a Latin word, longest first, each with its readings. */
function groups(word: string, letters: Letters): Array<readonly string[]> | undefined {
  const out: Array<readonly string[]> = [];
  let i = 0;
  while (i < word.length) {
    let found = false;
    for (const [latin, readings] of letters) {
      if (word.startsWith(latin, i)) {
        out.push(readings);
        i += latin.length;
        found = true;
        break;
      }
    }
    if (!found) return undefined; // a character the scheme does not know: not a translit word
  }
  return out;
}

/** Readings of a word in order (the usual one first), at most MAX_READINGS. */
function readings(word: string, letters: Letters): string[] {
  const g = groups(word, letters);
  if (!g) return [];
  let acc: string[] = [''];
  for (const options of g) {
    const next: string[] = [];
    for (const prefix of acc) {
      for (const o of options) {
        next.push(prefix + o);
        if (next.length >= MAX_READINGS) break;
      }
      if (next.length >= MAX_READINGS) break;
    }
    acc = next;
  }
  return acc.map((r) => r.replace(/ё/g, 'е'));
}

/** The Cyrillic word for a Latin one: the first reading the vocabulary knows, else the usual one. */
export function readWord(word: string, prepared: Prepared, lang: CheckedLang): string | undefined {
  const letters = prepared.languages.get(lang)?.translit?.letters;
  if (!letters) return undefined;
  const all = readings(word, letters);
  if (all.length === 0) return undefined;
  const vocab = prepared.langs[lang].vocab;
  const cues = prepared.languages.get(lang)?.words;
  const known = (r: string) => vocab.has(r) || cues?.has(r);
  // Translit often drops the soft sign at the end ("peredash", "zhit"): try it there too.
  return all.find(known) ?? all.map((r) => `${r}ь`).find(known) ?? all[0];
}

/** Points of evidence that Latin words are `lang` in translit: its cue words, then known words. */
export function translitEvidence(words: readonly string[], prepared: Prepared, lang: CheckedLang): number {
  const t = prepared.languages.get(lang)?.translit;
  if (!t) return 0;
  const latin = words.filter((w) => LATIN_WORD.test(w)).slice(0, EVIDENCE_WORDS);
  // A cue that is also an English word ("do", "s", "a") tells nothing.
  const english = prepared.languages.get('en')?.words;
  const cues = new Set(
    latin.filter((w) => t.words.has(w) && !english?.has(w) && !prepared.langs.en.vocab.has(w)),
  );
  if (cues.size < MIN_CUES) return 0;
  let points = 0;
  for (const w of latin) if (cues.has(w)) points += WORD_POINTS;
  const vocab = prepared.langs[lang].vocab;
  const funcWords = prepared.languages.get(lang)?.words;
  for (const w of new Set(latin)) {
    if (w.length < 3 || t.words.has(w)) continue;
    if (readings(w, t.letters).some((r) => vocab.has(r) || funcWords?.has(r))) points++;
  }
  return points;
}

/** The normalized text with every Latin word read into `lang`'s Cyrillic (other text as it was). */
export function transliterate(nz: Normalized, prepared: Prepared, lang: CheckedLang): Normalized {
  const text = nz.norm;
  const out = new ViewBuilder(nz.starts[text.length] as number);
  let i = 0;
  while (i < text.length) {
    const startsWord = TRANSLIT_CHAR.test(text[i] as string) && !/[a-z0-9]/.test(text[i - 1] ?? '');
    let j = i;
    if (startsWord) while (j < text.length && TRANSLIT_CHAR.test(text[j] as string)) j++;
    if (!startsWord || !LATIN_WORD.test(text.slice(i, j))) {
      out.copy(nz, i);
      i++;
      continue;
    }
    // An apostrophe at the end is a quote, not a soft sign.
    while (j > i + 1 && /['’]/.test(text[j - 1] as string)) j--;
    const word = text.slice(i, j).replace(/’/g, "'");
    const cyr = readWord(word, prepared, lang);
    if (cyr === undefined || cyr === '') {
      for (let k = i; k < j; k++) out.copy(nz, k);
    } else {
      out.pushSpread(cyr, nz.starts[i] as number, nz.ends[j - 1] as number);
    }
    i = j;
  }
  const v = out.build();
  return { ...v, norm: v.text };
}
