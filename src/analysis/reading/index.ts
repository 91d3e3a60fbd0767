/**
 * The reading layer: undoes the tricks that hide words from matching, before anything else reads the
 * text. Every path into the analyzer goes through it (site extraction, pasted text, a selection, "check
 * this page", the CLI), because it runs inside the engine. Each pass keeps the original offsets, so
 * the evidence still quotes what the user sees.
 *
 *   invisible.ts    zero-width characters, soft hyphens, combining accents, fullwidth/math letters
 *   symbols.ts      emoji between words (a clause mark for negation); flags as words
 *   lookalikes.ts   digits, Greek letters and "@" written for letters
 *   letter-runs.ts  spaced or dotted letters; "з.п" for "з/п"; words broken by a line
 */
import { foldLookalikes } from './lookalikes';
import { joinBrokenWords, joinLetterRuns, slashPairs, type Lexicon } from './letter-runs';
import { spaceSymbols } from './symbols';
import { unhide } from './invisible';
import { originalView, ViewBuilder, type TextView } from './view';

export type { Lexicon } from './letter-runs';
export { originalView, toOriginal, type TextView } from './view';

/** A builder for a view derived from `view` (same original text). */
export function ViewBuilderFor(view: TextView): ViewBuilder {
  return new ViewBuilder(view.starts[view.text.length] as number);
}

const EMPTY_LEXICON: Lexicon = { has: () => false };

/** Nothing to undo: plain letters, digits, punctuation and white space only (most real ads). */
const PLAIN = /^[A-Za-z\u00c0-\u024f\u0400-\u04ff0-9\p{P}\p{Zs}\n\r\t$€£₽¥₩₴₸+=<>^`|~%№°]*$/u;
/**
 * What the reading layer still has to undo in a PLAIN text: a digit or @ inside a word ("3арплата"),
 * spaced or dotted letters ("в и з а"), a word broken by a line break. Tested on every ad, so written
 * with explicit ranges: `\p{L}` made it eight times slower (18 µs per real ad). Within a PLAIN text the
 * letters are exactly LETTER (Latin-1 and Latin Extended without × and ÷, Cyrillic without its signs
 * U+0482-0489), and LOWER holds every lower-case one (and some capitals: a false "maybe" only costs the
 * slow path).
 */
const LETTER = 'A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u0481\u048a-\u04ff';
const LOWER = 'a-z\u00df-\u00f6\u00f8-\u024f\u0430-\u045f\u0460-\u0481\u048a-\u04ff';
const SPACER = '[ .\\-_*·|/•,+~]{1,3}';
export const SUSPICIOUS_PLAIN = new RegExp(
  `[0-9@][${LETTER}]|[${LETTER}][0-9@]|(?:^|[^${LETTER}0-9])[${LETTER}]${SPACER}[${LETTER}]${SPACER}[${LETTER}](?![${LETTER}0-9])|[${LETTER}]-?\\n[${LOWER}]`,
);

export function read(text: string, lexicon: Lexicon = EMPTY_LEXICON): TextView {
  let view = originalView(text);
  // Fast path: an ordinary ad has no invisible, combining or symbol characters and no mixed words.
  if (PLAIN.test(text) && !SUSPICIOUS_PLAIN.test(text)) return slashPairs(view, lexicon);
  view = unhide(view);
  view = spaceSymbols(view);
  view = foldLookalikes(view);
  view = joinLetterRuns(view, lexicon);
  view = slashPairs(view, lexicon);
  view = joinBrokenWords(view, lexicon);
  return view;
}
