/**
 * Language of one ad, from its letters (short ads defeat statistical detectors; see
 * ../shared/research/toolchain-facts.md): Ukrainian-only letters -> uk; other Cyrillic -> ru; Latin ->
 * en unless the text carries another Latin-script language's letters or function words. The site's or
 * page's hint decides when the text has no letters, or names a language the script agrees with.
 */
const UK_LETTERS = /[іїєґ]/giu;
const KK_LETTERS = /[әғқңөұүһ]/giu;
const CYRILLIC = /[\u0400-\u04ff]/gu;
const LATIN = /[a-z]/giu;
/** Letters that English text does not use, by language (a few in a row is enough). */
const LATIN_OTHERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['de', /[äöüß]/giu],
  ['pl', /[ąęłńśźż]/giu],
  ['fr', /[àâçèéêëîïôœùûÿ]/giu],
  ['es', /[ñ¿¡áíóú]/giu],
  ['tr', /[ğış]/giu],
];
/** Very common English words: Latin text with few of them is probably another language. */
const ENGLISH_WORDS = /\b(?:the|and|to|of|a|in|for|you|with|is|are|we|our|on|be|will|or|your|at|as)\b/giu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

const LATIN_SCRIPT_LANGS = new Set(['de', 'pl', 'fr', 'es', 'it', 'tr', 'uz', 'pt', 'nl', 'ro', 'cs']);

/** Only the primary subtag, lower case: "ru-RU" -> "ru". */
function primary(hint: string | undefined): string | undefined {
  const p = hint?.trim().toLowerCase().split(/[-_]/)[0];
  return p && /^[a-z]{2,3}$/.test(p) ? p : undefined;
}

export function detectLang(text: string, hint?: string): string {
  const h = primary(hint);
  const cyr = count(text, CYRILLIC);
  const lat = count(text, LATIN);
  if (cyr === 0 && lat === 0) return h ?? 'und';
  if (cyr >= lat) {
    const uk = count(text, UK_LETTERS);
    // One stray letter can be a name or a quote; Ukrainian text has them in nearly every sentence.
    if (uk >= 2 || (uk === 1 && cyr < 40)) return 'uk';
    // Other Cyrillic languages are told by their own letters, never by a hint alone: Russian ads are
    // common on Kazakh and Ukrainian sites.
    if (count(text, KK_LETTERS) >= 2) return 'kk';
    return 'ru';
  }
  for (const [lang, letters] of LATIN_OTHERS) {
    if (count(text, letters) >= 3) return lang;
  }
  if (h && LATIN_SCRIPT_LANGS.has(h)) {
    // Trust a Latin-script hint unless the text is plainly English.
    const words = text.split(/\s+/).length;
    return count(text, ENGLISH_WORDS) / Math.max(words, 1) > 0.12 ? 'en' : h;
  }
  return 'en';
}
