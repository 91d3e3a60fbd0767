/**
 * Latin and Cyrillic letters that look alike (lower case; the text is lowered first). Scammers mix them
 * ("зaрплата" with a Latin "a") to slip past keyword filters; src/analysis/normalize.ts folds a mixed word
 * towards its main script with these tables.
 */
const PAIRS: ReadonlyArray<readonly [latin: string, cyrillic: string]> = [
  // Identical in shape (both directions).
  ['a', 'а'],
  ['c', 'с'],
  ['e', 'е'],
  ['k', 'к'],
  ['m', 'м'],
  ['o', 'о'],
  ['p', 'р'],
  ['t', 'т'],
  ['x', 'х'],
  ['y', 'у'],
  // Ukrainian і, ї and Latin i, ï: a Ukrainian word typed on a Latin keyboard ("дiвчата").
  ['i', 'і'],
  ['ï', 'ї'],
  ['j', 'ј'],
  // Alike in some fonts only: Latin to Cyrillic.
  ['b', 'в'],
  ['h', 'н'],
  ['u', 'и'],
  ['n', 'п'],
  ['r', 'г'],
];

export const HOMOGLYPHS_LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(PAIRS);

/** Where the pairs that only look alike in some fonts begin (в/b, н/h, и/u, п/n, г/r). */
const IDENTICAL = PAIRS.findIndex(([lat]) => lat === 'b');

// The reverse table leaves out the pairs that only look alike in some fonts: folding Cyrillic to Latin
// should only undo letters that are identical in shape.
export const HOMOGLYPHS_CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  PAIRS.slice(0, IDENTICAL).map(([lat, cyr]) => [cyr, lat]),
);
