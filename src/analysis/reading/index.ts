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
const SUSPICIOUS_PLAIN =
  /[0-9@][\p{L}]|\p{L}[0-9@]|(?:^|[^\p{L}\p{N}])\p{L}[ .\-_*·|/•,+~]{1,3}\p{L}[ .\-_*·|/•,+~]{1,3}\p{L}(?![\p{L}\p{N}])|\p{L}-?\n\p{Ll}|[\u0370-\u03ff]/u;

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
