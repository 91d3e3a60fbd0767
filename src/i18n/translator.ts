/**
 * A translator over one locale's flattened messages. Browser i18n (chrome.i18n) only follows the
 * browser's language and only knows one/other plurals; JobSafe lets the user pick the language and
 * needs Russian one/few/many forms, so it reads the same messages.json files itself.
 */
import type { MessageKey, PluralBase, PluralCategory, UiLang } from './keys';

export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };
export type Substitutions = readonly (string | number)[];

export interface Translator {
  lang: UiLang;
  /** The message with `$1`…`$9` replaced by `subs`; the key itself when the message is missing. */
  t(key: MessageKey, subs?: Substitutions): string;
  /** The form of `forms` for `count` in this language, with `$1` replaced by the count. */
  plural(count: number, forms: PluralForms): string;
  /** Plural from the locale: `<base>_one`, `<base>_few`, `<base>_many`, falling back to `<base>_other`. */
  tp(base: PluralBase, count: number): string;
  /** A number formatted for this language (1 000 in Russian, 1,000 in English). */
  num(n: number): string;
  /** A calendar date (`2026-11-22`) as this language writes it: «22 ноября 2026 г.», "November 22, 2026". */
  date(isoDate: string): string;
  /** A country's name in this language: `PL` -> «Польша», "Poland". */
  region(code: string): string;
  /** Items joined as this language lists them: «Россия и США», "Russia and United States". */
  list(items: readonly string[]): string;
}

/** `$1`…`$9` become substitutions, `$$` a dollar sign (the Chrome messages.json convention). */
export function substitute(message: string, subs: Substitutions = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_m, token: string) => {
    if (token === '$') return '$';
    const value = subs[Number(token) - 1];
    return value === undefined ? '' : String(value);
  });
}

/** `YYYY-MM-DD` as a UTC date, so no time zone moves it to the day before. */
function parseIsoDate(isoDate: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function createTranslator(lang: UiLang, messages: Record<string, string>): Translator {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const dates = new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const regions = new Intl.DisplayNames(lang, { type: 'region', fallback: 'code' });
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  const num = (n: number): string => numbers.format(n);
  const t = (key: MessageKey, subs?: Substitutions): string => {
    const message = messages[key];
    return message === undefined ? key : substitute(message, subs);
  };
  return {
    lang,
    t,
    num,
    date: (isoDate) => dates.format(parseIsoDate(isoDate)),
    region: (code) => regions.of(code) ?? code,
    list: (items) => lists.format(items),
    plural(count, forms) {
      const form = forms[rules.select(count)] ?? forms.other;
      return substitute(form, [num(count)]);
    },
    tp(base, count) {
      const category = rules.select(count);
      const message = messages[`${base}_${category}`] ?? messages[`${base}_other`];
      return message === undefined ? `${base}_other` : substitute(message, [num(count)]);
    },
  };
}
