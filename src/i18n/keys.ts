/**
 * Typed message keys. public/_locales/en/messages.json is the single source; this is a TYPE-ONLY import,
 * so no dictionary is bundled: extension pages fetch the JSON at run time (see load.ts).
 */
import type enMessages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;

/** The interface languages, each a folder in public/_locales. Ukrainian and Russian both need one/few/many. */
export const UI_LANGS = ['ru', 'uk', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** CLDR plural categories (Intl.PluralRules). English uses one/other; Russian and Ukrainian one/few/many/other. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A key family with plural forms: `pg_risky` for `pg_risky_one`, `pg_risky_few`, … `pg_risky_other`. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;
