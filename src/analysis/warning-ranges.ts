/**
 * Where a text warns rather than offers: the ranges of normalized text whose lure phrases are examples,
 * not this ad's offer. Police, bank and NGO notices, tips articles, chat moderators and employers'
 * anti-fraud notices quote the very phrases a recruiter uses, so a rule must not fire inside them.
 *
 * - A sentence with a warning cue (patterns/<lang>/cues.yaml `warnings`) warns.
 * - A warning header ("Signs of a fake vacancy:") opens a passage of WARNING_PASSAGE sentences, and the
 *   whole of a list that starts inside it: a tips article's seventh point is as much advice as its first.
 * - A quotation («…», "…") in a warning sentence, or right before or after one, is what the warning is
 *   about ("they write «work in Czechia on a visa-free stay, 200 € on boarding». DON'T FALL FOR IT.").
 *   Recruiters do not quote their own offer next to a verdict on it.
 * In a text with several kinds of advisory cue (engine.ts, QUOTING_KINDS), every quotation and list item
 * is an example (quotedRanges).
 */
import type { PreparedLang } from './catalogue';
import { execAll, inRanges, sentenceAt, sentencesMatching } from './sentences';

type Range = [number, number];

/** Sentences after a warning header that still belong to its list of what to beware of. */
export const WARNING_PASSAGE = 8;
/** Lines of an item between two list markers, at most, for them to be one list. */
const ITEM_LINES = 3;
/** Items of one list a header's passage may take in. */
const MAX_LIST_ITEMS = 30;

const OPEN_QUOTE = /[«„“]/;
const CLOSE_QUOTE = /[»“”]/;
/**
 * A line that is an item of a list: "1.", "2)", "—", "•", "▪" at its start. (Normalization turns the
 * dot of "1. Item" into a sentence end, so an item may also be a number alone on its line, then text.)
 */
const LIST_ITEM = /(?:^|\n)(?:\d{1,2}[.)]?\n|\d{1,2}[.)] |[-–—•▪●☐*] ?)[^\n]*/g;

/**
 * Single quotes ('…', ‘…’) are apostrophes too ("vedit'sia", "don't"), so one opens a quotation only
 * where no letter or digit precedes it and one follows, and closes it only where the reverse holds,
 * within one line of at most SINGLE_QUOTE_CHARS characters.
 */
const SINGLE_OPEN = /['‘]/;
const SINGLE_CLOSE = /['’]/;
const WORDISH = /[\p{L}\p{N}]/u;
const SINGLE_QUOTE_CHARS = 300;

/** Ranges inside quotation marks (guillemets, curly or straight quotes, double or single). */
export function quotations(norm: string): Range[] {
  const out: Range[] = [];
  let open = -1;
  let straight = -1;
  let single = -1;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i] as string;
    if (single >= 0 && (ch === '\n' || i - single > SINGLE_QUOTE_CHARS)) single = -1;
    // The neighbours are looked at only beside a single quote, not for every character of a long text.
    const isSingle = SINGLE_OPEN.test(ch) || SINGLE_CLOSE.test(ch);
    const before = isSingle && WORDISH.test(norm[i - 1] ?? '');
    const after = isSingle && WORDISH.test(norm[i + 1] ?? '');
    if (single >= 0 && SINGLE_CLOSE.test(ch) && before && !after) {
      out.push([single, i + 1]);
      single = -1;
    } else if (single < 0 && SINGLE_OPEN.test(ch) && !before && after) single = i;
    else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        out.push([straight, i + 1]);
        straight = -1;
      }
    } else if (open < 0 && OPEN_QUOTE.test(ch)) open = i;
    else if (open >= 0 && CLOSE_QUOTE.test(ch)) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  return out;
}

/** List items: each marker with the line it introduces. */
function listItems(norm: string): Range[] {
  return [...execAll(LIST_ITEM, norm)].map((m) => {
    const start = m.index + (m[0].startsWith('\n') ? 1 : 0);
    let end = m.index + m[0].length;
    // A number alone on its line: the item is the line after it.
    if (m[0].endsWith('\n')) end = sentenceAt(norm, end)[1];
    return [start, end] as Range;
  });
}

/** Ranges a warning quotes or lists: inside quotation marks, and list items. */
export function quotedRanges(norm: string): Range[] {
  return [...quotations(norm), ...listItems(norm)];
}

const linesBetween = (norm: string, from: number, to: number): number => {
  let n = 0;
  for (let i = norm.indexOf('\n', from); i !== -1 && i < to; i = norm.indexOf('\n', i + 1)) n++;
  return n;
};

/** The end of the list that has an item starting in [from, to), or `to` when none does. */
function listEnd(items: readonly Range[], norm: string, from: number, to: number): number {
  const first = items.findIndex(([a]) => a >= from && a < to);
  if (first < 0) return to;
  let end = Math.max(to, (items[first] as Range)[1]);
  for (let i = first + 1; i < items.length && i - first < MAX_LIST_ITEMS; i++) {
    const [a, b] = items[i] as Range;
    if (linesBetween(norm, (items[i - 1] as Range)[1], a) > ITEM_LINES) break;
    end = Math.max(end, b);
  }
  return end;
}

/** Ranges of normalized text that warn (see the module comment). */
export function warningRanges(norm: string, lang: PreparedLang): Range[] {
  const warned = sentencesMatching(norm, lang.warnings);
  const ranges: Range[] = [...warned];
  let items: Range[] | undefined; // only a header's passage needs the list items
  for (const re of lang.warningHeaders) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const [start, first] = sentenceAt(norm, m.index);
      let end = first;
      for (let k = 0; k < WARNING_PASSAGE && end < norm.length; k++) end = sentenceAt(norm, end + 1)[1];
      items ??= listItems(norm);
      ranges.push([start, listEnd(items, norm, start, end)]);
    }
  }
  if (warned.length > 0) {
    for (const [a, b] of quotations(norm)) {
      const [s] = sentenceAt(norm, a);
      const [, e] = sentenceAt(norm, Math.max(a, b - 1));
      const before = s > 0 ? sentenceAt(norm, s - 1)[0] : -1;
      if (inRanges(s, warned) || inRanges(before, warned) || inRanges(e + 1, warned)) ranges.push([a, b]);
    }
  }
  return ranges;
}
