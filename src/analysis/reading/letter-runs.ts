/**
 * Reading passes 4 and 5: words written apart.
 * - Spaced or dotted letters ("в и з а", "В.И.З.А", "з-а-р-п-л-а-т-а"): three or more single letters in a
 *   row, with the same separator between each, are one word. Written without word gaps ("Р А Б О Т А В
 *   Д У Б А Е") the letters are cut back into the words the lexicon knows, when it knows them all.
 *   Two single letters join only inside such a passage ("В и з а  н е  н у ж н а"; joinPairs).
 *   Pieces of two letters ("ви за") are not joined: on the real corpora every such join the lexicon
 *   allowed was a false word ("in C" inc, "s on" son, "на м" нам; 2026-12), and the dev sets have none.
 * - A dotted two-letter abbreviation ("з.п") reads as the slashed form the rules write ("з/п").
 * - A word broken by a line ("ви-\nза", "зар\nплата"): joined when hyphenated, or when the lexicon knows
 *   the joined word and not both halves (so "работа\nв" stays two words).
 * The lexicon is the catalogue's vocabulary with the languages' function words (see catalogue.ts).
 */
import { ViewBuilder, type TextView } from './view';

export interface Lexicon {
  /** Is this (lower case, ё folded) a word the analyzer knows? */
  has(word: string): boolean;
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SEPARATOR = /[ .\-_*·|/•,+~]/u;
const MIN_RUN = 3;
/** The longest word the segmentation tries, in letters. */
const MAX_WORD = 24;

const isLetter = (text: string, i: number) => i >= 0 && i < text.length && LETTER.test(text[i] as string);
const isWordChar = (text: string, i: number) =>
  i >= 0 && i < text.length && WORD_CHAR.test(text[i] as string);
const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** The separator after the single letter at `i` (1-3 characters), if the next character is a letter. */
function separatorAfter(text: string, i: number): string | undefined {
  let j = i + 1;
  while (j < text.length && j - i <= 3 && SEPARATOR.test(text[j] as string)) j++;
  if (j === i + 1 || j - i > 3 || !isLetter(text, j)) return undefined;
  return text.slice(i + 1, j);
}

/** Cuts `letters` into lexicon words (fewest words), or undefined when some part is unknown. */
function segment(letters: string, lexicon: Lexicon): number[] | undefined {
  const n = letters.length;
  if (n > 64) return undefined;
  const best: Array<number[] | undefined> = new Array(n + 1);
  best[0] = [];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const prev = best[start];
      if (!prev || !lexicon.has(fold(letters.slice(start, end)))) continue;
      const cand = [...prev, end];
      const current = best[end];
      if (!current || cand.length < current.length) best[end] = cand;
    }
  }
  return best[n];
}

/** Three single letters in a row with separators: the only thing joinLetterRuns changes. */
const RUN = /(?:^|[^\p{L}\p{N}])\p{L}[ .\-_*·|/•,+~]{1,3}\p{L}[ .\-_*·|/•,+~]{1,3}\p{L}(?![\p{L}\p{N}])/u;
/** A letter, maybe a hyphen, a line break, a lower-case letter: the only thing joinBrokenWords changes. */
const BROKEN = /\p{L}-?\n\p{Ll}/u;

/** Single letters in a row with the same separator: the positions of the letters. */
interface Run {
  at: number[];
  joined: boolean;
}

/** Every run of two or more single letters with the same separator, in text order. */
function letterRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < text.length) {
    const single = isLetter(text, i) && !isWordChar(text, i - 1) && !isWordChar(text, i + 1);
    const sep = single ? separatorAfter(text, i) : undefined;
    if (sep === undefined) {
      i++;
      continue;
    }
    // Collect letters while the same separator follows each single letter.
    const at = [i];
    let k = i;
    for (;;) {
      const next = k + 1 + sep.length;
      if (text.slice(k + 1, next) !== sep || !isLetter(text, next) || isWordChar(text, next + 1)) break;
      at.push(next);
      k = next;
    }
    // A run that starts on the last letter of a pair is kept only when it is long enough to join.
    const overlaps = runs.length > 0 && (runs[runs.length - 1]?.at.at(-1) as number) >= i;
    if (at.length >= MIN_RUN || (at.length === 2 && !overlaps))
      runs.push({ at, joined: at.length >= MIN_RUN });
    // A pair's second letter may start a run of its own with another separator ("В  Д У Б А Е").
    const last = at[at.length - 1] as number;
    i = at.length >= MIN_RUN ? last + 1 : Math.max(i + 1, last);
  }
  return runs;
}

/** Only separators and spaces between two runs, a few of them: one spaced-out passage. */
const WORD_GAP = /^[ .\-_*·|/•,+~]{1,4}$/u;

/**
 * Two single letters ("з а", "н е", "з.а") are a word only inside a passage written letter by letter
 * ("В и з а  н е  н у ж н а", "Р.о.б.о.т.а з.а к.о.р.д.о.н.о.м"), next to a run that is joined, and when
 * the lexicon knows the word. Alone they are far more often initials, abbreviations or two words ("В.И.",
 * "U.S.", "т.д.", "a.m.": measured on the real corpora, 2026-12), so they stay as written.
 */
function joinPairs(text: string, runs: Run[], lexicon: Lexicon): void {
  const near = (a: Run, b: Run) =>
    WORD_GAP.test(text.slice((a.at[a.at.length - 1] as number) + 1, b.at[0] as number));
  const known = (r: Run) => lexicon.has(fold(r.at.map((p) => text[p] as string).join('')));
  // Left to right, then right to left: a pair next to a joined pair joins too ("в и з а  н е  з д е с ь").
  for (let pass = 0; pass < 2; pass++) {
    for (let n = 0; n < runs.length; n++) {
      const k = pass === 0 ? n : runs.length - 1 - n;
      const r = runs[k] as Run;
      if (r.joined || r.at.length !== 2) continue;
      const prev = runs[k - 1];
      const next = runs[k + 1];
      // A pair that shares its letter with the next run is not a word of its own.
      if (next !== undefined && (next.at[0] as number) <= (r.at[1] as number)) continue;
      const beside = (prev?.joined === true && near(prev, r)) || (next?.joined === true && near(r, next));
      if (beside && known(r)) r.joined = true;
    }
  }
}

export function joinLetterRuns(view: TextView, lexicon: Lexicon): TextView {
  const { text } = view;
  if (!RUN.test(text)) return view;
  const runs = letterRuns(text);
  joinPairs(text, runs, lexicon);
  const out = new ViewBuilder(view.starts[text.length] as number);
  let i = 0;
  for (const { at, joined } of runs) {
    if (!joined || (at[0] as number) < i) continue;
    out.copyRange(view, i, at[0] as number);
    const letters = at.map((p) => text[p] as string).join('');
    const cuts = lexicon.has(fold(letters)) ? [letters.length] : segment(letters, lexicon);
    let done = 0;
    for (const cut of cuts ?? [letters.length]) {
      if (done > 0)
        out.push(' ', view.ends[at[done - 1] as number] as number, view.starts[at[done] as number] as number);
      for (let m = done; m < cut; m++) out.copy(view, at[m] as number);
      done = cut;
    }
    i = (at[at.length - 1] as number) + 1;
  }
  out.copyRange(view, i, text.length);
  return out.build();
}

/**
 * The dotted two-letter abbreviations in the text ("з.п", "З. П.", "з\\п"): [first letter, second letter]
 * positions. A scan from each dot and backslash, not a RegExp: this runs on every ad, and a RegExp that
 * must look behind at every position costs a hundred times more (measured on the real corpora).
 */
function dottedPairs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const mark of ['.', '\\']) {
    for (let k = text.indexOf(mark); k !== -1; k = text.indexOf(mark, k + 1)) {
      const a = k - 1;
      const b = text[k + 1] === ' ' && mark === '.' ? k + 2 : k + 1;
      if (!isLetter(text, a) || isWordChar(text, a - 1) || /[./\\]/.test(text[a - 1] ?? '')) continue;
      if (!isLetter(text, b) || isWordChar(text, b + 1) || /[/\\]/.test(text[b + 1] ?? '')) continue;
      if (text[b + 1] === '.' && isLetter(text, b + 2)) continue; // a longer dotted run ("к.т.н")
      out.push([a, b]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * A two-letter abbreviation written with a dot or a backslash where the rules write a slash ("з.п",
 * "з. п.", "з\\п" for "з/п"): read with the slash when the lexicon knows that form. Other dotted pairs
 * ("т.д.", "В.И.", "U.S.") are left alone: the slashed form is no word.
 */
export function slashPairs(view: TextView, lexicon: Lexicon): TextView {
  const { text } = view;
  let out: ViewBuilder | undefined;
  let i = 0;
  for (const [a, b] of dottedPairs(text)) {
    if (a < i || !lexicon.has(fold(`${text[a] as string}/${text[b] as string}`))) continue;
    out ??= new ViewBuilder(view.starts[text.length] as number);
    out.copyRange(view, i, a + 1);
    out.push('/', view.starts[a + 1] as number, view.ends[b - 1] as number);
    out.copy(view, b);
    i = b + 1;
  }
  if (!out) return view;
  out.copyRange(view, i, text.length);
  return out.build();
}

/** [start, end) of the run of letters that ends at `end` (exclusive). */
function lettersBefore(text: string, end: number): number {
  let s = end;
  while (isLetter(text, s - 1)) s--;
  return s;
}

function lettersAfter(text: string, start: number): number {
  let e = start;
  while (isLetter(text, e)) e++;
  return e;
}

export function joinBrokenWords(view: TextView, lexicon: Lexicon): TextView {
  const { text } = view;
  if (!BROKEN.test(text)) return view;
  const out = new ViewBuilder(view.starts[text.length] as number);
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\n' || (ch === '-' && text[i + 1] === '\n')) {
      const hyphen = ch === '-';
      const next = i + (hyphen ? 2 : 1);
      const headStart = lettersBefore(text, i);
      if (
        headStart < i &&
        isLetter(text, next) &&
        (text[next] as string) === (text[next] as string).toLowerCase()
      ) {
        const head = fold(text.slice(headStart, i));
        const tail = fold(text.slice(next, lettersAfter(text, next)));
        const joined = head + tail;
        if (hyphen || (lexicon.has(joined) && !(lexicon.has(head) && lexicon.has(tail)))) {
          i = next; // drop the break (and its hyphen): the word continues
          continue;
        }
      }
    }
    out.copy(view, i);
    i++;
  }
  return out.build();
}
