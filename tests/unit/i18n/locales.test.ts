/**
 * The locale files are the single source of every user-facing string: each key must exist in both
 * languages with a translator description, and every key the product code asks for must exist.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADVICE_IDS, CATEGORIES, LEVELS } from '../../../src/analysis/types';
import { flattenMessages } from '../../../src/i18n/load';
import type { ChromeMessages } from '../../../src/i18n/load';

const LANGS = ['en', 'ru'] as const;

function readLocale(lang: string): ChromeMessages {
  const url = new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as ChromeMessages;
}
const locales = { en: readLocale('en'), ru: readLocale('ru') };

/** `pg_risky_few` -> `pg_risky`; undefined for keys that are not plural forms. */
function pluralBase(key: string): string | undefined {
  return /^(.+)_(zero|one|two|few|many|other)$/.exec(key)?.[1];
}

describe('locales', () => {
  it('have the same keys in English and Russian', () => {
    const en = Object.keys(locales.en).sort();
    const ru = Object.keys(locales.ru).sort();
    expect(
      ru.filter((k) => !en.includes(k)),
      'keys only in ru',
    ).toEqual([]);
    expect(
      en.filter((k) => !ru.includes(k)),
      'keys only in en',
    ).toEqual([]);
  });

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
});
