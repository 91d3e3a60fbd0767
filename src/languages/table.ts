/**
 * The one language table. Every part of JobSafe that depends on a language reads it here: the analyzer
 * (which languages it reads, with which morphology, look-alike folding and defaults), the pattern build
 * (where each catalogue lives), language detection (which languages it can tell apart) and the interface
 * (which locale a language shows). Adding a language means adding an entry, its detection cues in
 * patterns/languages.yaml and, for a checked language, a catalogue in patterns/<code>/.
 *
 * Languages without a catalogue are listed too: detection must recognise them, so that an ad in Kazakh or
 * Turkish is reported as *not checked* instead of being read as English or Russian and cleared.
 *
 * This file is plain data with no imports, so the content script may read it at no cost.
 */

/** How a catalogue's dictionary words get all their forms at build time (scripts/lib/morph.ts). */
export type Morphology =
  /** Russian: every form of the lexeme from the OpenCorpora dictionary (az), both verb aspects. */
  | 'opencorpora'
  /** English: plurals and verb tenses from compromise. */
  | 'compromise'
  /** Ukrainian: the Snowball-style stemmer of @orama/stemmers, plus the language's inflection endings. */
  | 'stemmer';

export type Script = 'Cyrl' | 'Latn' | 'Geor' | 'Armn';

export interface CheckedLanguage {
  name: string;
  script: Script;
  /** The analyzer reads this language with its own catalogue (patterns/<code>/). */
  checked: true;
  morphology: Morphology;
  /** The other script whose look-alike letters scammers slip into this language's words. */
  lookalike: Script;
  /** Where a reader of this language most likely is: the default for phone numbers and pay. */
  country: string;
  currency: string;
  /** The interface locale (public/_locales/<uiLocale>) that fits readers of this language. */
  uiLocale: 'ru' | 'uk' | 'en';
  /** Its text is also typed in Latin letters ("rabota v Dubae"): read that too (patterns/languages.yaml). */
  translit: boolean;
}

export interface DetectedLanguage {
  name: string;
  script: Script;
  checked: false;
}

export const LANGUAGES = {
  ru: {
    name: 'Russian',
    script: 'Cyrl',
    checked: true,
    morphology: 'opencorpora',
    lookalike: 'Latn',
    country: 'RU',
    currency: 'RUB',
    uiLocale: 'ru',
    translit: true,
  },
  uk: {
    name: 'Ukrainian',
    script: 'Cyrl',
    checked: true,
    morphology: 'stemmer',
    lookalike: 'Latn',
    country: 'UA',
    currency: 'UAH',
    uiLocale: 'uk',
    translit: true,
  },
  en: {
    name: 'English',
    script: 'Latn',
    checked: true,
    morphology: 'compromise',
    lookalike: 'Cyrl',
    country: 'US',
    currency: 'USD',
    uiLocale: 'en',
    translit: false,
  },
  // Recognised, never read: JobSafe has no catalogue for them (yet).
  be: { name: 'Belarusian', script: 'Cyrl', checked: false },
  kk: { name: 'Kazakh', script: 'Cyrl', checked: false },
  ky: { name: 'Kyrgyz', script: 'Cyrl', checked: false },
  tg: { name: 'Tajik', script: 'Cyrl', checked: false },
  uz: { name: 'Uzbek', script: 'Latn', checked: false },
  az: { name: 'Azerbaijani', script: 'Latn', checked: false },
  tr: { name: 'Turkish', script: 'Latn', checked: false },
  pl: { name: 'Polish', script: 'Latn', checked: false },
  cs: { name: 'Czech', script: 'Latn', checked: false },
  de: { name: 'German', script: 'Latn', checked: false },
  ro: { name: 'Romanian', script: 'Latn', checked: false },
  fr: { name: 'French', script: 'Latn', checked: false },
  es: { name: 'Spanish', script: 'Latn', checked: false },
  it: { name: 'Italian', script: 'Latn', checked: false },
  pt: { name: 'Portuguese', script: 'Latn', checked: false },
  nl: { name: 'Dutch', script: 'Latn', checked: false },
  lt: { name: 'Lithuanian', script: 'Latn', checked: false },
  lv: { name: 'Latvian', script: 'Latn', checked: false },
  ka: { name: 'Georgian', script: 'Geor', checked: false },
  hy: { name: 'Armenian', script: 'Armn', checked: false },
} as const satisfies Record<string, CheckedLanguage | DetectedLanguage>;

export type LanguageCode = keyof typeof LANGUAGES;
type CheckedCode<K extends LanguageCode> = (typeof LANGUAGES)[K] extends { checked: true } ? K : never;
/** The languages the analyzer reads. */
export type CheckedLang = { [K in LanguageCode]: CheckedCode<K> }[LanguageCode];

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];
export const CHECKED_LANGS = LANGUAGE_CODES.filter(
  (code): code is CheckedLang => LANGUAGES[code].checked,
) as readonly CheckedLang[];

export function isCheckedLang(code: string): code is CheckedLang {
  return (CHECKED_LANGS as readonly string[]).includes(code);
}

export function checkedLanguage(code: CheckedLang): CheckedLanguage {
  return LANGUAGES[code];
}
