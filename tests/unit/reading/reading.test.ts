/**
 * The reading layer undoes each trick that hides words (issue 10, item 1), with offsets that still point
 * at what the user sees. Each case is a new phrasing written for this test.
 */
import { describe, expect, it } from 'vitest';
import { read, toOriginal } from '../../../src/analysis/reading/index';
import { normalize } from '../../../src/analysis/normalize';

const lexicon = {
  has: (w: string) =>
    [
      ...['виза', 'зарплата', 'работа', 'в', 'дубае', 'hostess', 'оплата'],
      ...['не', 'нужна', 'за', 'робота', 'кордоном', 'з/п', 'us', 'тд', 'ви', 'am'],
    ].includes(w),
};
const norm = (text: string) => normalize(text, lexicon).norm;

describe('reading layer', () => {
  it.each([
    ['zero-width space inside a word', 'ра\u200bбота', 'работа'],
    ['zero-width joiner and word joiner', 'ви\u200dз\u2060а', 'виза'],
    ['soft hyphen', 'зар\u00adплата', 'зарплата'],
    ['BOM and bidi marks', '\ufeffви\u202eза\u202c', 'виза'],
    ['NFD й and ё back into one letter', 'Ви\u0306 е\u0308', 'вй е'],
    ['stress accents dropped', 'рабо\u0301та', 'работа'],
    ['fullwidth letters', 'ｗｏｒｋ ｖｉｓａ', 'work visa'],
    ['mathematical bold letters', '𝐯𝐢𝐬𝐚 𝐟𝐫𝐞𝐞', 'visa free'],
    ['circled letters', 'ⓥⓘⓢⓐ', 'visa'],
    ['a digit for a Cyrillic letter', '3арплата 0фициантки', 'зарплата официантки'],
    ['a zero inside a Latin word', 'H0STESS', 'hostess'],
    ['Greek capitals for Latin ones', 'ΗΟSTESS', 'hostess'],
    ['@ for a', 'DUB@I', 'dubai'],
    ['spaced letters', 'в и з а', 'виза'],
    ['dotted letters', 'В.И.З.А', 'виза'],
    ['hyphenated letters', 'з-а-р-п-л-а-т-а', 'зарплата'],
    ['spaced letters without word gaps, cut by the lexicon', 'Р А Б О Т А В Д У Б А Е', 'работа в дубае'],
    ['emoji between words: a clause mark a match may cross', 'Дубай🔥🔥хостес', 'дубай ▪ хостес'],
    ['a flag as a word', 'Работа в 🇦🇪 хостес', 'работа в flagae хостес'],
    ['a word hyphenated across a line', 'ви-\nза', 'виза'],
    ['a word broken by a line, joined by the lexicon', 'зар\nплата', 'зарплата'],
    // Ukrainian writes the apostrophe three ways; the rules' words drop it (dsl.ts), so the text must too.
    ['the Ukrainian modifier apostrophe inside a word', 'сімʼї обʼєкт', 'сімї обєкт'],
    ['the typewriter and typographic apostrophes too', "сім'ї п’ять", 'сімї пять'],
  ])('%s', (_, text, expected) => {
    expect(norm(text)).toBe(expected);
  });

  it('joins two spaced letters inside a passage written letter by letter, not alone', () => {
    expect(norm('В и з а  н е  н у ж н а')).toBe('виза не нужна');
    expect(norm('Р.о.б.о.т.а з.а к.о.р.д.о.н.о.м')).toBe('робота за кордоном');
    // A pair beside a pair that joined, in either direction.
    expect(norm('н е  з а  в и з у')).toBe('не за визу');
    expect(norm('в и з а ... н е')).toBe('виза ... н е'); // too far apart: no longer one passage
    // Alone, two letters are initials, abbreviations or two words.
    expect(norm('з а границей, В.И. Петров, U.S. citizens, 9 a.m., и т.д.')).toBe(
      'з а границей, в.и\nпетров, u.s. citizens, 9 a.m., и т.д\n',
    );
  });

  it('leaves a single letter before a word alone', () => {
    expect(norm('в ам, к примеру, с нами, a bc')).toBe('в ам, к примеру, с нами, a bc');
  });

  it('reads a dotted two-letter abbreviation as the slashed form the rules write', () => {
    expect(norm('з.п 50 000')).toBe('з/п 50000');
    expect(norm('З.П. от 40 000')).toBe('з/п. от 40000');
    expect(norm('з. п. 40к')).toBe('з/п. 40к');
    expect(norm('з\\п 30 000')).toBe('з/п 30000');
    // Only where the slashed form is a word: "т.д." is no "т/д".
    expect(norm('и т.д. и т.п.')).toBe('и т.д. и т.п\n');
  });

  it('keeps what is not a trick: numbers, codes, handles, addresses, ordinary line breaks', () => {
    expect(norm('150к, 2х2, 5/2, H-2A, J1, b2b, 1С')).toBe('150к, 2х2, 5/2, h-2a, j1, b2b, 1с');
    expect(norm('@hr_jobs ivan@mail.ru')).toBe('@hr_jobs ivan@mail.ru');
    expect(norm('Работа\nв офисе')).toBe('работа\nв офисе');
    expect(norm('с 9 до 18, и т.д. в офисе')).toBe('с 9 до 18, и т.д. в офисе');
  });

  it('maps every character back to the original, even through several passes', () => {
    const text = 'Ｖ\u200bИ З А 🇦🇪 3арплата';
    const view = read(text, lexicon);
    for (let i = 0; i < view.text.length; i++) {
      expect(view.starts[i]).toBeGreaterThanOrEqual(0);
      expect(view.ends[i]).toBeLessThanOrEqual(text.length);
    }
    const nz = normalize(text, lexicon);
    const at = nz.norm.indexOf('зарплата');
    const [a, b] = toOriginal(nz, at, at + 'зарплата'.length);
    expect(text.slice(a, b)).toBe('3арплата');
    const flag = nz.norm.indexOf('flagae');
    const [fa, fb] = toOriginal(nz, flag, flag + 6);
    expect(text.slice(fa, fb)).toBe('🇦🇪');
  });

  it('takes the fast path on plain text: the view is the text itself', () => {
    const text = 'Требуется кассир. График 2/2, зарплата от 50 000 руб.';
    expect(read(text, lexicon).text).toBe(text);
  });
});
