/**
 * Russian or Ukrainian typed in Latin letters ("rabota v Dubae dlya devushek, vizu sdelaem"), read back
 * into Cyrillic so the language's own catalogue can read it, with the evidence still pointing at the
 * Latin text the user sees.
 *
 * People type translit in many ways (ж as zh, j or g; ч as ch or 4; я as ya, ia or a; й and ы as y, i or
 * j; Ukrainians in Poland with Polish spelling: ж as ż or rz, ч as cz), so each Latin letter group has
 * several readings (patterns/languages.yaml, `translit.letters`). A word takes the first reading the
 * catalogue's vocabulary knows; a word it does not know takes the usual reading. The readings and the
 * steps tried per word are bounded (MAX_READINGS, MAX_STEPS), so this stays linear.
 */
import type { LanguageCues, Prepared } from './catalogue';
import type { Normalized } from './normalize';
import { DIGIT_AS_CYRILLIC } from './reading/lookalikes';
import { ViewBuilder } from './reading/view';
import type { CheckedLang } from '../languages/table';
import { isCurrencyWord } from './salary';
import { wordPieces, wordsOf } from './matcher';

/** Most readings tried per word (the product of its letter groups' readings, in order). */
export const MAX_READINGS = 48;
/** Latin words inspected for evidence, at most (an English ad is not converted as a whole). */
const EVIDENCE_WORDS = 400;
/** Distinct cue words needed before the catalogue's words are looked at. */
const MIN_CUES = 2;
/**
 * A short message may hold no function words at all ("skinte nomer karty, perevedem avans"): with fewer
 * than MIN_CUES cues, a text of at most SHORT_WORDS Latin words is still translit when at least
 * SHORT_MIN_KNOWN of its words, and SHORT_KNOWN_SHARE of its words of three letters or more, read as the
 * language's words. English reads that way only word by word ("bar", "status"), never for most of a
 * message; and the bound keeps long English ads from paying for the readings.
 */
const SHORT_WORDS = 40;
const SHORT_MIN_KNOWN = 4;
const SHORT_KNOWN_SHARE = 0.6;
const WORD_POINTS = 2;

/**
 * Polish letters: Ukrainians in Poland type Ukrainian with them ("żytło", "czołowiky"). They belong to a
 * translit word, so the word is read whole, but they are Polish evidence, never Ukrainian
 * (translitEvidence).
 */
const POLISH = 'ąćęłńóśźż';
/** A Latin word has a letter a-z (Polish ones too: "żytło"); an ASCII class keeps the test fast. */
const LATIN_WORD = /[a-z]/;
const POLISH_LETTER = new RegExp(`[${POLISH}]`);
const DIGIT_BEFORE = /\d\s?$/;
const DIGIT_AFTER = /^\s?\d/;
/** Characters of a translit word: Latin letters, digits used as letters (4 = ч), apostrophes (ь). */
const TRANSLIT_CHAR = new RegExp(`[a-z0-9'’${POLISH}]`);
const TRANSLIT_JOINED = new RegExp(`[a-z0-9${POLISH}]`);

type Letters = ReadonlyArray<readonly [string, readonly string[]]>;
const APOSTROPHE = /['’]/;
const NO_LOOKALIKES: Readonly<Record<string, string>> = {};

/** Most steps spent looking for readings of one word (segmentations that fail count too). */
export const MAX_STEPS = 400;

/**
 * Readings of a word, the usual one first (each letter group's first reading, longest groups first), at
 * most MAX_READINGS. Every way of cutting the word into letter groups is tried, not only the greedy one:
 * "oformleniya" is "…n-iy-a" read greedily (оформленийа) but "…n-i-ya" (оформления) is the word.
 */
export function readings(
  word: string,
  letters: Letters,
  asItself = false,
  max = MAX_READINGS,
  lookalikes: Readonly<Record<string, string>> = NO_LOOKALIKES,
): string[] {
  const out: string[] = [];
  let steps = 0;
  const walk = (i: number, prefix: string): void => {
    if (out.length >= max || steps++ >= MAX_STEPS) return;
    if (i === word.length) {
      out.push(prefix.replace(/ё/g, 'е'));
      return;
    }
    let listed = false;
    for (const [latin, options] of letters) {
      if (!word.startsWith(latin, i)) continue;
      listed = true;
      for (const o of options) walk(i + latin.length, prefix + o);
    }
    // A digit or "@" may also be the Cyrillic letter it looks like ("3arplata", "ra6ota", "0pyt").
    const like = lookalikes[word[i] as string];
    if (like !== undefined) {
      listed = true;
      walk(i + 1, prefix + like);
    }
    // A respelling reads a letter it does not list as itself; translit knows every letter it reads.
    if (!listed && asItself) walk(i + 1, prefix + (word[i] as string));
  };
  walk(0, '');
  return out;
}

/** Readings of a word tried with a soft sign put back inside it (messenger habits, see readWord). */
const SOFT_READINGS = 8;
/** Letters after which Russian and Ukrainian write a soft sign. */
const SOFT_AFTER = /[бвгдзклмнпрстфхцчшщж]/;
/** …and before which: a consonant, or a vowel the soft sign separates ("жилье", "семья"). */
const SOFT_BEFORE = /[бвгджзклмнпрстфхцчшщйеёюяиієї]/;

/** The reading with one soft sign put after a consonant inside it, at every place it can stand. */
function withSoftSign(r: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < r.length - 1; k++)
    if (SOFT_AFTER.test(r[k] as string) && SOFT_BEFORE.test(r[k + 1] as string))
      out.push(`${r.slice(0, k + 1)}ь${r.slice(k + 1)}`);
  return out;
}

/**
 * The Cyrillic word for a Latin one: the first reading the vocabulary knows, else the usual one.
 *
 * Messenger habits are read too, when no plain reading is known: the soft sign left out at the end
 * ("peredash", "zhit") or inside the word ("dengi", "tolko", "zhile": деньги, только, жилье), and letters
 * repeated for emphasis ("srochnooo", "vizaaa"). Each is tried only after the plain readings, so a word
 * that reads as it is typed ("kassir", "okolo") is never changed.
 */
export function readWord(word: string, prepared: Prepared, lang: CheckedLang): string | undefined {
  const letters = prepared.languages.get(lang)?.translit?.letters;
  if (!letters) return undefined;
  const vocab = prepared.langs[lang].vocab;
  // A Latin word the catalogue itself writes ("whatsapp", "telegram") stays as it is.
  if (vocab.has(word)) return word;
  const all = readings(word, letters, false, MAX_READINGS, DIGIT_AS_CYRILLIC);
  if (all.length === 0) return undefined;
  const cues = prepared.languages.get(lang)?.words;
  const known = (r: string) => vocab.has(r) || cues?.has(r) === true;
  // The soft sign dropped at the end is the commonest habit: every reading is tried with it first.
  const pick = (rs: readonly string[]) => rs.find(known) ?? rs.map((r) => `${r}ь`).find(known);
  const plain = pick(all);
  if (plain !== undefined) return plain;
  const squeezed = word.replace(/([a-z])\1+/g, '$1');
  const again = squeezed === word ? [] : readings(squeezed, letters, false, MAX_READINGS, DIGIT_AS_CYRILLIC);
  const short = pick(again);
  if (short !== undefined) return short;
  for (const r of [...all.slice(0, SOFT_READINGS), ...again.slice(0, SOFT_READINGS)]) {
    const soft = pick(withSoftSign(r));
    if (soft !== undefined) return soft;
  }
  // A word with digits that reads as no word is an amount or a code ("4k", "2x2", "b2b"): kept as typed.
  return /[0-9@]/.test(word) ? undefined : all[0];
}

const EVIDENCE_PIECES = wordPieces(POLISH);

/**
 * The words of a normalized text as translit evidence reads them: its `words` (wordsOf), cut again with
 * Polish letters inside words when it has any ("żytło" whole, where wordsOf sees "yt" and "o").
 */
export function translitWords(norm: string, words: readonly string[]): readonly string[] {
  return POLISH_LETTER.test(norm) ? wordsOf(norm, EVIDENCE_PIECES) : words;
}

/** Does some reading of a Latin word name a word of `lang`'s vocabulary or its common words? */
function readsAsWord(word: string, prepared: Prepared, lang: CheckedLang, letters: Letters): boolean {
  const vocab = prepared.langs[lang].vocab;
  const funcWords = prepared.languages.get(lang)?.words;
  return readings(word, letters).some((r) => vocab.has(r) || funcWords?.has(r) === true);
}

/**
 * Does `lang` typed in Latin letters write this word: is it a cue, or does a reading name one of its
 * words? Polish "z", "w" and "dla" are Ukrainian з, в and для too.
 */
export function translitKnows(word: string, prepared: Prepared, lang: CheckedLang): boolean {
  const t = prepared.languages.get(lang)?.translit;
  if (!t) return false;
  return t.words.has(word) || readsAsWord(word, prepared, lang, t.letters);
}

/**
 * What tells that Latin words are `lang` in translit: its cue words, each with its count, and the other
 * words that read as its words (one point each).
 */
export interface TranslitEvidence {
  cues: ReadonlyMap<string, number>;
  known: ReadonlySet<string>;
}

/**
 * The evidence that Latin words (translitWords) are `lang` in translit; undefined with fewer than
 * MIN_CUES distinct cues. Each word is read once; evidencePoints weighs it, against a rival too.
 */
export function translitEvidence(
  words: readonly string[],
  prepared: Prepared,
  lang: CheckedLang,
): TranslitEvidence | undefined {
  const t = prepared.languages.get(lang)?.translit;
  if (!t) return undefined;
  const latin = words.filter((w) => LATIN_WORD.test(w)).slice(0, EVIDENCE_WORDS);
  // A cue that is also an English word ("do", "s", "a") tells nothing.
  const englishWords = prepared.languages.get('en')?.words;
  const cues = new Map<string, number>();
  for (const w of latin)
    if (t.words.has(w) && !englishWords?.has(w) && !prepared.langs.en.vocab.has(w))
      cues.set(w, (cues.get(w) ?? 0) + 1);
  const short = latin.length <= SHORT_WORDS;
  if (cues.size < MIN_CUES && !short) return undefined;
  const known = new Set<string>();
  const candidates = new Set<string>();
  for (const w of new Set(latin)) {
    // A Polish letter is never evidence on its own: Polish "wypłata" and "też" read as Ukrainian виплата
    // and теж. A cue typed with one ("żytło") is a word Polish does not write, and counts above.
    if (w.length < 3 || t.words.has(w) || POLISH_LETTER.test(w)) continue;
    candidates.add(w);
    if (readsAsWord(w, prepared, lang, t.letters)) known.add(w);
  }
  if (cues.size < MIN_CUES) {
    const english = [...known].filter((w) => prepared.langs.en.vocab.has(w) || englishWords?.has(w));
    const own = known.size - english.length;
    if (own < SHORT_MIN_KNOWN || own < candidates.size * SHORT_KNOWN_SHARE) return undefined;
  }
  return { cues, known };
}

/**
 * Points of translit evidence. Against a `rival`, a language JobSafe does not read with evidence of its
 * own in the text (Polish beside Polish-style Ukrainian), only the words the rival does not write count:
 * Polish "na", "bez" and "robota" are no sign of Ukrainian there.
 */
export function evidencePoints(e: TranslitEvidence, rival?: LanguageCues): number {
  const theirs = (w: string) => rival !== undefined && (rival.words.has(w) || rival.alike.has(w));
  let points = 0;
  for (const [w, n] of e.cues) if (!theirs(w)) points += n * WORD_POINTS;
  for (const w of e.known) if (!theirs(w)) points++;
  return points;
}

/**
 * The normalized text with each word that `read` gives another spelling replaced by it, offsets kept
 * (the new letters spread over the word they stand for); undefined when no word changed. A word is a run
 * of `wordChar` not preceded by `joined`; an apostrophe at its end is a quote, unless `softEnd` accepts
 * the reading with it (a soft sign: "est'" is "есть").
 */
function rewriteWords(
  nz: Normalized,
  wordChar: RegExp,
  joined: RegExp,
  read: (word: string, start: number, end: number) => string | undefined,
  softEnd?: (reading: string) => boolean,
): Normalized | undefined {
  const text = nz.norm;
  const out = new ViewBuilder(nz.starts[text.length] as number);
  let changed = false;
  let i = 0;
  while (i < text.length) {
    // An apostrophe that opens a word is a quote ("pysaly 'robota v Chekhii…'"), not its first letter.
    const ch = text[i] as string;
    if (!wordChar.test(ch) || joined.test(text[i - 1] ?? '') || APOSTROPHE.test(ch)) {
      out.copy(nz, i);
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && wordChar.test(text[j] as string)) j++;
    // An apostrophe at the end is a quote, unless it is the word's soft sign ("est'", "den'").
    let word: string | undefined;
    if (softEnd && j > i + 1 && /['’]/.test(text[j - 1] as string)) {
      word = read(text.slice(i, j).replace(/’/g, "'"), i, j);
      if (word === undefined || !softEnd(word)) word = undefined;
    }
    if (word === undefined) {
      while (j > i + 1 && /['’]/.test(text[j - 1] as string)) j--;
      word = read(text.slice(i, j).replace(/’/g, "'"), i, j);
    }
    if (word === undefined || word === '') {
      for (let k = i; k < j; k++) out.copy(nz, k);
    } else {
      changed = true;
      out.pushSpread(word, nz.starts[i] as number, nz.ends[j - 1] as number);
    }
    i = j;
  }
  if (!changed) return undefined;
  const v = out.build();
  return { ...v, norm: v.text };
}

/**
 * The normalized text with every Latin word read into `lang`'s Cyrillic (other text as it was). With the
 * `source` text the view maps into, a word is read as it was typed there when the reading layer took a
 * digit in it for a Latin look-alike ("3arplata" read "earplata", "vi3a" "viea"): in Latin-letter Russian
 * the digit stands for a Cyrillic letter.
 */
export function transliterate(
  nz: Normalized,
  prepared: Prepared,
  lang: CheckedLang,
  source?: string,
): Normalized {
  const text = nz.norm;
  const typed = (word: string, start: number, end: number): string | undefined => {
    if (source === undefined) return undefined;
    const original = source.slice(nz.starts[start], nz.ends[end - 1]).toLowerCase();
    return original.length === word.length && original !== word && /[0-9@]/.test(original)
      ? original
      : undefined;
  };
  const read = (word: string, start: number, end: number) => {
    if (!LATIN_WORD.test(word)) return undefined;
    const asTyped = typed(word, start, end);
    if (asTyped !== undefined) {
      const r = readWord(asTyped, prepared, lang);
      if (r !== undefined && prepared.langs[lang].vocab.has(r)) return r;
    }
    // A currency next to an amount stays as written ("25 zl/hod", "1000 usd"): the salary parser reads it.
    if (
      isCurrencyWord(word) &&
      (DIGIT_BEFORE.test(text.slice(Math.max(0, start - 2), start)) ||
        DIGIT_AFTER.test(text.slice(end, end + 2)))
    )
      return undefined;
    return readWord(word, prepared, lang);
  };
  const vocab = prepared.langs[lang].vocab;
  const softEnd = (r: string) => r.endsWith('ь') && vocab.has(r);
  return rewriteWords(nz, TRANSLIT_CHAR, TRANSLIT_JOINED, read, softEnd) ?? nz;
}

/** Readings tried per word when respelling (a neighbour's spelling differs in a letter or two). */
const MAX_RESPELLINGS = 16;
const CYRILLIC_CHAR = /[\u0400-\u04ff'’]/;

/**
 * The normalized text with the words a neighbour language spells its way read back into `lang`'s
 * spelling (patterns/languages.yaml `respell`): in surzhyk "оформлєніє" and "дєлаєм" are the Russian
 * catalogue's "оформление" and "делаем". A word is changed only when it is unknown to `lang` as written
 * and one of its readings is known; everything else stays as it was, offsets kept. `foreign` counts the
 * changed words the neighbour does not know either: the evidence that the text is surzhyk at all.
 */
export function respell(
  nz: Normalized,
  prepared: Prepared,
  lang: CheckedLang,
): { nz: Normalized; foreign: number } {
  const scheme = prepared.languages.get(lang)?.respell;
  if (!scheme) return { nz, foreign: 0 };
  const vocab = prepared.langs[lang].vocab;
  const words = prepared.languages.get(lang)?.words;
  const known = (w: string) => vocab.has(w) || words?.has(w) === true;
  // Words the neighbour knows as written are its own words (Ukrainian "віза"), not surzhyk.
  const from = scheme.from as CheckedLang;
  const fromKnows = (w: string) =>
    prepared.langs[from]?.vocab.has(w) === true || prepared.languages.get(from)?.words.has(w) === true;
  let foreign = 0;
  const read = (word: string): string | undefined => {
    if (known(word)) return undefined;
    const r = readings(word, scheme.letters, true, MAX_RESPELLINGS).find((x) => x !== word && known(x));
    if (r !== undefined && !fromKnows(word)) foreign++;
    return r;
  };
  return { nz: rewriteWords(nz, CYRILLIC_CHAR, CYRILLIC_CHAR, read) ?? nz, foreign };
}
