/**
 * The locale files are the single source of every user-facing string: each key must exist in every
 * interface language with a translator description, and every key the product code asks for must exist.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADVICE_IDS, CATEGORIES, LEVELS } from '../../../src/analysis/types';
import { UI_LANGS } from '../../../src/i18n';
import { flattenMessages } from '../../../src/i18n/load';
import type { ChromeMessages } from '../../../src/i18n/load';

const LANGS = UI_LANGS;

function readLocale(lang: string): ChromeMessages {
  const url = new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as ChromeMessages;
}
const locales = Object.fromEntries(LANGS.map((l) => [l, readLocale(l)])) as Record<
  (typeof LANGS)[number],
  ChromeMessages
>;

/** `pg_risky_few` -> `pg_risky`; undefined for keys that are not plural forms. */
function pluralBase(key: string): string | undefined {
  return /^(.+)_(zero|one|two|few|many|other)$/.exec(key)?.[1];
}

describe('locales', () => {
  it.each(LANGS.filter((l) => l !== 'en'))(
    '%s has exactly the keys of English, the source locale',
    (lang) => {
      const en = Object.keys(locales.en).sort();
      const other = Object.keys(locales[lang]).sort();
      expect(
        other.filter((k) => !en.includes(k)),
        `keys only in ${lang}`,
      ).toEqual([]);
      expect(
        en.filter((k) => !other.includes(k)),
        `keys missing from ${lang}`,
      ).toEqual([]);
    },
  );

  it.each(LANGS)('%s: every key is valid, non-empty and described for translators', (lang) => {
    for (const [key, entry] of Object.entries(locales[lang])) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim(), `${key} description`).toBeTruthy();
    }
  });

  it.each(LANGS)('%s: every named placeholder is defined and positional', (lang) => {
    for (const [key, entry] of Object.entries(locales[lang])) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const defined = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      expect(defined.sort(), key).toEqual([...new Set(used)].sort());
      for (const p of Object.values(entry.placeholders ?? {})) expect(p.content, key).toMatch(/^\$[1-9]$/);
    }
    expect(() => flattenMessages(locales[lang])).not.toThrow();
  });

  it.each(LANGS)('%s: plural families have every CLDR form the language needs', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const bases = new Set(
      Object.keys(locales[lang])
        .map(pluralBase)
        .filter((b) => b !== undefined),
    );
    const families = [...bases].filter((b) => `${b}_other` in locales[lang]);
    expect(families.length).toBeGreaterThan(0);
    for (const base of families)
      for (const category of categories)
        expect(locales[lang], `${base}_${category}`).toHaveProperty(`${base}_${category}`);
  });

  it.each(LANGS)('%s: has the keys the badge and popup read for levels, categories and advice', (lang) => {
    const needed = [
      ...LEVELS.map((l) => `level_${l}`),
      ...CATEGORIES.map((c) => `cat_${c.replaceAll('-', '_')}`),
      ...ADVICE_IDS.map((a) => `advice_${a.replaceAll('-', '_')}`),
      'extName',
      'extDescription',
    ];
    expect(needed.filter((k) => !(k in locales[lang]))).toEqual([]);
  });

  it.each(LANGS)('%s: store name and description fit the store limits', (lang) => {
    expect(locales[lang].extName!.message.length).toBeLessThanOrEqual(75);
    expect(locales[lang].extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('Russian messages are in Russian (no English left untranslated in long texts)', () => {
    const untranslated = Object.entries(locales.ru)
      .filter(([, e]) => e.message.length > 30 && !/[а-яё]/i.test(e.message))
      .map(([k]) => k);
    expect(untranslated).toEqual([]);
  });

  // Ukrainian and Russian share most letters: a Russian text pasted into uk (or the reverse) would pass a
  // script check, so the letters only one of them has are what tells them apart.
  it('Ukrainian messages are in Ukrainian, not English or Russian left in place', () => {
    const long = Object.entries(locales.uk).filter(([, e]) => e.message.length > 30);
    expect(long.length).toBeGreaterThan(100);
    // Short Ukrainian phrases can lack them ("Спочатку вставте текст оголошення."), so this is a share.
    const withUkrainianLetters = long.filter(([, e]) => /[іїєґ]/i.test(e.message)).length;
    expect(withUkrainianLetters / long.length).toBeGreaterThan(0.9);
    const russianLetters = Object.entries(locales.uk)
      .filter(([, e]) => /[ыэъё]/i.test(e.message))
      .map(([k]) => k);
    expect(russianLetters, 'uk messages with ы, э, ъ or ё').toEqual([]);
    const copiedFromRu = long.filter(([k, e]) => locales.ru[k]?.message === e.message).map(([k]) => k);
    expect(copiedFromRu).toEqual([]);
  });

  it('Russian messages have no Ukrainian letters (but the name of Ukrainian itself)', () => {
    const mixed = Object.entries(locales.ru)
      .filter(([k, e]) => k !== 'opt_lang_uk' && /[іїєґ]/i.test(e.message))
      .map(([k]) => k);
    expect(mixed).toEqual([]);
  });

  it('each language names itself in its own language on the options page', () => {
    for (const lang of LANGS)
      for (const named of LANGS)
        expect(locales[lang][`opt_lang_${named}`]?.message, `${lang}: opt_lang_${named}`).toBe(
          locales[named][`opt_lang_${named}`]?.message,
        );
  });
});
