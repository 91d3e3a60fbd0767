/**
 * Reading passes 4 and 5: words written apart.
 * - Spaced or dotted letters ("в и з а", "В.И.З.А", "з-а-р-п-л-а-т-а"): three or more single letters in a
 *   row, with the same separator between each, are one word. Written without word gaps ("Р А Б О Т А В
 *   Д У Б А Е") the letters are cut back into the words the lexicon knows, when it knows them all.
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

export function joinLetterRuns(view: TextView, lexicon: Lexicon): TextView {
  const { text } = view;
  if (!RUN.test(text)) return view;
  const out = new ViewBuilder(view.starts[text.length] as number);
  let i = 0;
  while (i < text.length) {
    const single = isLetter(text, i) && !isWordChar(text, i - 1) && !isWordChar(text, i + 1);
    const sep = single ? separatorAfter(text, i) : undefined;
    if (sep === undefined) {
      out.copy(view, i);
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
    if (at.length < MIN_RUN) {
      out.copy(view, i);
      i++;
      continue;
    }
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
