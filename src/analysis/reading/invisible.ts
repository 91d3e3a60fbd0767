/**
 * Reading pass 1: characters that hide words from a plain text match.
 * - Invisible format characters are dropped: zero-width space/joiners, word joiner, soft hyphen, BOM,
 *   bidi controls, variation selectors, tag characters, the combining grapheme joiner, Hangul fillers
 *   ("ра\u200bбота", "ви\u00adза").
 * - Combining accents are put back on their letter when the pair has a precomposed form (NFD "й", "ё",
 *   "ї", "é" become one letter again) and dropped otherwise (stress marks: "рабо\u0301та").
 * - Compatibility letters become plain ones (NFKC, for the blocks used to dodge filters only: fullwidth
 *   "ｗｏｒｋ", mathematical "𝐯𝐢𝐬𝐚", circled "ⓥⓘⓢⓐ", ligatures, super/subscripts).
 * Linear: one step per code point.
 */
import { ViewBuilder, type TextView } from './view';

/** Default-ignorable and format characters a reader never sees. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c || // Arabic letter mark
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, ZWNJ, ZWJ, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators, bidi isolates
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    cp === 0xfeff || // BOM / zero-width no-break space
    cp === 0xffa0 ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0xe0000 && cp <= 0xe0fff) // tags, variation selectors supplement
  );
}

const COMBINING = /\p{M}/u;

/** Blocks whose letters and digits stand in for plain ones; NFKC maps them back. */
function isCompatibility(cp: number): boolean {
  return (
    (cp >= 0xff01 && cp <= 0xff5e) || // fullwidth ASCII
    (cp >= 0x1d400 && cp <= 0x1d7ff) || // mathematical alphanumerics
    (cp >= 0x2460 && cp <= 0x24ff) || // enclosed alphanumerics (ⓐ ①)
    (cp >= 0x1f130 && cp <= 0x1f189) || // squared and circled Latin capitals
    (cp >= 0xfb00 && cp <= 0xfb06) || // Latin ligatures
    (cp >= 0x2070 && cp <= 0x209f) || // superscripts and subscripts
    cp === 0x00b2 ||
    cp === 0x00b3 ||
    cp === 0x00b9 ||
    (cp >= 0x2100 && cp <= 0x214f && cp !== 0x2116) // letterlike (ℍ ℯ), not the numero sign
  );
}

/** Anything this pass changes: invisible, combining or compatibility characters, or astral ones.
 * The combining joiner (U+034F) and variation selectors (U+FE00–FE0F) are marks, so \p{M} covers them
 * (a class may not hold combining characters: lint's no-misleading-character-class). */
const WORK =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\uff01-\uff5e\u2460-\u24ff\ufb00-\ufb06\u2070-\u209f\u00b2\u00b3\u00b9\u2100-\u214f\u{10000}-\u{10ffff}]|\u115f|\u1160|\p{M}/u;

export function unhide(view: TextView): TextView {
  const { text } = view;
  if (!WORK.test(text)) return view;
  const out = new ViewBuilder(view.starts[text.length] as number);
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const from = view.starts[i] as number;
    const to = view.ends[i + width - 1] as number;
    const ch = text.slice(i, i + width);
    i += width;
    if (isInvisible(cp)) continue;
    if (COMBINING.test(ch)) {
      const base = out.last();
      if (base !== undefined) {
        const composed = (base + ch).normalize('NFC');
        if (composed.length === 1) out.replaceLast(composed, to);
      }
      continue; // an accent with no precomposed letter (a stress mark) is dropped
    }
    if (isCompatibility(cp)) {
      const plain = ch.normalize('NFKC');
      // NFKC of "①" is "1", of "ﬁ" is "fi"; an unmapped character stays as it is.
      out.push(plain, from, to);
      continue;
    }
    out.push(ch, from, to);
  }
  return out.build();
}
