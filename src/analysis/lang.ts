/**
 * Which language an ad is in, and which of the analyzer's languages can read it. A text is called
 * Russian, Ukrainian or English only on positive evidence: the language's own letters, its common words
 * (patterns/languages.yaml) and the words of its catalogue. Kazakh, Uzbek, Turkish, Polish and the other
 * languages of the table are recognised by the same cues, so a Kazakh lure is *not checked* rather than
 * read as Russian and cleared, and an Uzbek one in Latin letters is not read as English.
 *
 * Russian and Ukrainian share a script, so both can have evidence in one ad (a Russian title over a
 * Ukrainian body, surzhyk): then both catalogues read it. Latin text may be Russian or Ukrainian typed in
 * Latin letters ("rabota v Dubae"): the translit cue words and the catalogue's words, read back into
 * Cyrillic (translit.ts), tell it from English. The site's hint decides only when the text itself has
 * no evidence at all (a one-word title), and only for a language of the text's script.
 *
 * Short ads defeat statistical detectors (../shared/research/toolchain-facts.md); these are counted cues.
 */
import type { LanguageCues, Prepared } from './catalogue';
import {
  LANGUAGES,
  isCheckedLang,
  type CheckedLang,
  type LanguageCode,
  type Script,
} from '../languages/table';
import { evidencePoints, translitEvidence, translitKnows, translitWords } from './translit';

export interface LanguageReading {
  /** What the text is (ISO 639-1), or 'und' when nothing tells. */
  lang: string;
  /** The checked languages that read it, the main one first; empty when none can. */
  read: CheckedLang[];
  /** The main checked language is typed in Latin letters. */
  translit?: CheckedLang;
  /** A large part of the text is in a language none of `read` covers. */
  partial: boolean;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z\u00c0-\u024f]/;
const GEORGIAN = /[\u10a0-\u10ff]/;
const ARMENIAN = /[\u0530-\u058f]/;

/** Evidence weights: a common word is worth two of a catalogue word; each telling letter one. */
const WORD_POINTS = 2;
const VOCAB_POINTS = 1;
const LETTER_POINTS = 1;
/** Most points the letters alone may give (a long text should not win on letters only). */
const MAX_LETTER_POINTS = 8;
/** A second language reads too when it has this many points and this share of the first's. */
const SECOND_MIN = 4;
/** Points of a language JobSafe does not read that make a reading partial. */
const UNREAD_MIN = 4;
/** …and this share of the main language's: a few stray words in a long Russian ad are not a passage. */
const UNREAD_SHARE = 0.1;
/** Letters that no checked language writes make a reading partial from this share of the script's
 * letters on (one ң in a short ad; not the é of "résumé" in a long English one). */
const FOREIGN_SHARE = 1 / 200;
/** Beside a checked main language, another checked one reads from this many points on. */
const SECOND_MIN_CHECKED = 2;
const SECOND_SHARE = 0.25;
/** An English passage inside a Cyrillic ad (or the reverse) is read from this many letters on. */
export const MIXED_MIN_LETTERS = 20;
/** Characters and words of the text that detection reads. */
const DETECT_CHARS = 6_000;
const DETECT_WORDS = 1_000;

function scriptOf(ch: string): Script | undefined {
  if (CYRILLIC.test(ch)) return 'Cyrl';
  if (LATIN.test(ch)) return 'Latn';
  if (GEORGIAN.test(ch)) return 'Geor';
  if (ARMENIAN.test(ch)) return 'Armn';
  return undefined;
}

function scriptsOf(code: string): readonly Script[] {
  const entry = LANGUAGES[code as LanguageCode];
  if (!entry) return [];
  // Uzbek, Kazakh and Azerbaijani are written in both scripts; their cue letters say which.
  if (code === 'uz') return ['Latn', 'Cyrl'];
  return [entry.script];
}

interface Scores {
  /** All points per language: letters, common words, catalogue words. */
  points: Map<string, number>;
  /** Points from common words alone (the strongest evidence of real text in the language). */
  wordPoints: Map<string, number>;
}

function letterPoints(freq: ReadonlyMap<string, number>, cues: LanguageCues): number {
  let n = 0;
  for (const ch of cues.letters) n += freq.get(ch) ?? 0;
  return Math.min(MAX_LETTER_POINTS, n * LETTER_POINTS);
}

/** Per script, built once per catalogue: its languages, and which one alone owns a word. */
interface ScriptTables {
  langs: Array<[string, LanguageCues]>;
  /** Common word -> the one language of the script whose list has it. */
  wordOwner: Map<string, string>;
  /** Catalogue word -> the one checked language of the script whose vocabulary has it. */
  vocabOwner: Map<string, CheckedLang>;
  /** Telling letters of the unread languages that no checked language writes (Kyrgyz ң, Tajik ҷ). */
  foreignLetters: string[];
}

const tables = new WeakMap<Prepared, Map<Script, ScriptTables>>();

function tablesFor(prepared: Prepared, script: Script): ScriptTables {
  let byScript = tables.get(prepared);
  if (!byScript) {
    byScript = new Map();
    tables.set(prepared, byScript);
  }
  const hit = byScript.get(script);
  if (hit) return hit;
  const langs = [...prepared.languages.entries()].filter(([code]) => scriptsOf(code).includes(script));
  const owners = new Map<string, string | null>();
  for (const [code, cues] of langs) {
    for (const w of cues.words) owners.set(w, owners.has(w) && owners.get(w) !== code ? null : code);
  }
  const vocab = new Map<string, CheckedLang | null>();
  for (const [code] of langs) {
    if (!isCheckedLang(code)) continue;
    for (const w of prepared.langs[code].vocab)
      vocab.set(w, vocab.has(w) && vocab.get(w) !== code ? null : code);
  }
  // A word a checked language's catalogue uses is no evidence of an unread language ("плата" is
  // Belarusian and Russian alike).
  const wordOwner = new Map(
    [...owners].filter(
      (e): e is [string, string] => e[1] !== null && (isCheckedLang(e[1]) || !vocab.has(e[0])),
    ),
  );
  const vocabOwner = new Map([...vocab].filter((e): e is [string, CheckedLang] => e[1] !== null));
  const checkedLetters = new Set(
    langs.flatMap(([code, cues]) =>
      isCheckedLang(code) ? [...cues.letters, ...[...prepared.langs[code].vocab].join('')] : [],
    ),
  );
  const foreignLetters = [
    ...new Set(langs.flatMap(([code, cues]) => (isCheckedLang(code) ? [] : [...cues.letters]))),
  ].filter((ch) => !checkedLetters.has(ch));
  const t = { langs, wordOwner, vocabOwner, foreignLetters };
  byScript.set(script, t);
  return t;
}

/** The script of a normalized word, by its first letter (folding leaves one script per word). */
function wordScript(w: string): Script | undefined {
  for (const ch of w) {
    const s = scriptOf(ch);
    if (s) return s;
  }
  return undefined;
}

function score(
  freq: ReadonlyMap<string, number>,
  words: readonly string[],
  script: Script,
  prepared: Prepared,
): Scores {
  const points = new Map<string, number>();
  const wordPoints = new Map<string, number>();
  const { langs, wordOwner, vocabOwner } = tablesFor(prepared, script);
  for (const [code, cues] of langs) points.set(code, letterPoints(freq, cues));
  const scriptWords = words.filter((w) => wordScript(w) === script);
  // A common word counts for a language only when no other language of the script has it too
  // ("на", "до", "за" are Russian and Ukrainian alike; "що" is only Ukrainian).
  for (const w of scriptWords) {
    const owner = wordOwner.get(w);
    if (owner === undefined) continue;
    points.set(owner, (points.get(owner) ?? 0) + WORD_POINTS);
    wordPoints.set(owner, (wordPoints.get(owner) ?? 0) + WORD_POINTS);
  }
  // Catalogue words that one checked language of the script knows and the others do not.
  for (const w of new Set(scriptWords)) {
    const c = vocabOwner.get(w);
    if (c !== undefined) points.set(c, (points.get(c) ?? 0) + VOCAB_POINTS);
  }
  return { points, wordPoints };
}

function ranked(points: Map<string, number>): Array<[string, number]> {
  return [...points.entries()].filter(([, p]) => p > 0).sort((a, b) => b[1] - a[1]);
}

export function detectLanguage(
  text: string,
  allWords: readonly string[],
  prepared: Prepared,
  hint?: string,
): LanguageReading {
  // The language shows in the first few thousand characters; a long page costs no more than that.
  const norm = text.slice(0, DETECT_CHARS);
  const words = allWords.slice(0, DETECT_WORDS);
  const freq = new Map<string, number>();
  const counts = new Map<Script, number>();
  for (const ch of norm) {
    freq.set(ch, (freq.get(ch) ?? 0) + 1);
  }
  for (const [ch, n] of freq) {
    const s = scriptOf(ch);
    if (s) counts.set(s, (counts.get(s) ?? 0) + n);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const h = hint?.trim().toLowerCase().split(/[-_]/)[0];
  if (total === 0) {
    return { lang: h && /^[a-z]{2,3}$/.test(h) ? h : 'und', read: [], partial: false };
  }
  const [script] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [Script, number];
  if (script === 'Geor') return { lang: 'ka', read: [], partial: false };
  if (script === 'Armn') return { lang: 'hy', read: [], partial: false };

  const { points, wordPoints } = score(freq, words, script, prepared);
  if (script === 'Latn') {
    const latin = translitWords(norm, allWords).slice(0, DETECT_WORDS);
    const { wordOwner } = tablesFor(prepared, script);
    // A language JobSafe does not read, with evidence here, is a rival: translit must outweigh it on the
    // words it does not write, or a Polish ad ("bez umowy, na budowie") is read as Ukrainian. Words both
    // write count for neither side: "bez" and "na" are Polish, and Polish "z" and "dla" Ukrainian too.
    const rivals = [...points].filter(([code, p]) => p > 0 && !isCheckedLang(code));
    for (const code of prepared.languages.keys()) {
      if (!isCheckedLang(code) || !LANGUAGES[code].translit) continue;
      const evidence = translitEvidence(latin, prepared, code);
      if (!evidence) continue;
      const shared = new Map<string, number>();
      for (const w of words) {
        const owner = wordOwner.get(w);
        if (owner !== undefined && !isCheckedLang(owner) && translitKnows(w, prepared, code))
          shared.set(owner, (shared.get(owner) ?? 0) + 1);
      }
      const outweighed = rivals.some(
        ([other, p]) =>
          evidencePoints(evidence, prepared.languages.get(other)) <=
          p - (shared.get(other) ?? 0) * WORD_POINTS,
      );
      if (!outweighed) points.set(`${code}-translit`, evidencePoints(evidence));
    }
  }
  const order = ranked(points);
  let main = order[0]?.[0];
  if (main === undefined) {
    // No evidence: the site's language, if the text's script is its script; otherwise unknown.
    if (h && isCheckedLang(h) && LANGUAGES[h].script === script) main = h;
    else return { lang: 'und', read: [], partial: false };
  }
  const mainPoints = points.get(main) ?? 0;
  const translit = main.endsWith('-translit') ? (main.slice(0, -9) as CheckedLang) : undefined;
  const mainLang = translit ?? main;
  const read: CheckedLang[] = [];
  if (isCheckedLang(mainLang)) read.push(mainLang);
  // A second checked language of the same script reads too: Russian beside Ukrainian (a Russian title
  // over a Ukrainian body, surzhyk) on any real evidence, since the two catalogues read alike; a checked
  // language beside an unchecked main one (a Russian line in a Kazakh ad) on its common words only.
  if (!translit) {
    for (const [code, p] of order.slice(1)) {
      if (!isCheckedLang(code) || read.includes(code)) continue;
      const enough = isCheckedLang(mainLang)
        ? p >= SECOND_MIN_CHECKED
        : (wordPoints.get(code) ?? 0) >= SECOND_MIN && p >= mainPoints * SECOND_SHARE;
      if (enough) read.push(code);
    }
  }
  // The other script's passage (an English line in a Russian ad, a Russian one in an English ad).
  const otherScript: Script = script === 'Cyrl' ? 'Latn' : 'Cyrl';
  let unreadOther = false;
  if ((counts.get(otherScript) ?? 0) >= MIXED_MIN_LETTERS) {
    const [other, otherPoints = 0] = ranked(score(freq, words, otherScript, prepared).points)[0] ?? [];
    if (other && isCheckedLang(other) && !read.includes(other)) read.push(other);
    // A passage in the other script in a language JobSafe does not read (a Turkish body under a
    // Russian title) leaves part of the ad unread.
    if (other && !isCheckedLang(other) && otherPoints >= UNREAD_MIN) unreadOther = true;
  }
  // A language JobSafe does not read, with real evidence beside the one it does (a Kazakh body under a
  // Russian title): what was read is only part of the ad, and a `none` must not vouch for the rest.
  const unreadEvidence = order.some(
    ([code, p]) =>
      code !== main &&
      !code.endsWith('-translit') &&
      !isCheckedLang(code) &&
      p >= UNREAD_MIN &&
      p >= mainPoints * UNREAD_SHARE,
  );
  // A letter no checked language writes is never a Russian, Ukrainian or English word's: a short Kyrgyz
  // ad with too few common words to be named still cannot be vouched for as Russian.
  const foreign = tablesFor(prepared, script).foreignLetters.reduce((n, ch) => n + (freq.get(ch) ?? 0), 0);
  const partial =
    read.length > 0 &&
    (!isCheckedLang(mainLang) ||
      unreadEvidence ||
      unreadOther ||
      foreign >= (counts.get(script) ?? 0) * FOREIGN_SHARE);
  return { lang: mainLang, read, ...(translit ? { translit } : {}), partial };
}
