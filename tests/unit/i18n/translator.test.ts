import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTranslator, flattenMessages, substitute } from '../../../src/i18n';
import type { MessageKey } from '../../../src/i18n';

const ru = createTranslator('ru', {
  pg_risky_one: '$1 объявление',
  pg_risky_few: '$1 объявления',
  pg_risky_many: '$1 объявлений',
  pg_risky_other: '$1 объявления',
  help_call: 'Позвонить: $1',
});
const en = createTranslator('en', { pg_risky_one: '$1 ad', pg_risky_other: '$1 ads' });
const uk = createTranslator('uk', {
  pg_risky_one: '$1 оголошення потребує уваги',
  pg_risky_few: '$1 оголошення потребують уваги',
  pg_risky_many: '$1 оголошень потребують уваги',
  pg_risky_other: '$1 оголошення потребують уваги',
});

describe('createTranslator', () => {
  it('substitutes positional arguments and keeps $$ as a dollar', () => {
    expect(ru.t('help_call', ['8-800-333-00-16'])).toBe('Позвонить: 8-800-333-00-16');
    expect(substitute('cost $$5 for $1', ['you'])).toBe('cost $5 for you');
  });

  it('returns the key when a message is missing, so a gap is visible, not blank', () => {
    expect(en.t('help_call' as MessageKey)).toBe('help_call');
  });

  it.each([
    [1, '1 объявление'],
    [2, '2 объявления'],
    [4, '4 объявления'],
    [5, '5 объявлений'],
    [11, '11 объявлений'],
    [21, '21 объявление'],
    [22, '22 объявления'],
    [111, '111 объявлений'],
    [1.5, '1,5 объявления'],
  ])('Russian plural of %s', (count, expected) => {
    expect(ru.tp('pg_risky', count)).toBe(expected);
  });

  it.each([
    [1, '1 оголошення потребує уваги'],
    [2, '2 оголошення потребують уваги'],
    [5, '5 оголошень потребують уваги'],
    [11, '11 оголошень потребують уваги'],
    [21, '21 оголошення потребує уваги'],
    [24, '24 оголошення потребують уваги'],
    [1.5, '1,5 оголошення потребують уваги'],
  ])('Ukrainian plural of %s', (count, expected) => {
    expect(uk.tp('pg_risky', count)).toBe(expected);
  });

  it('English plural falls back to other for forms it does not have', () => {
    expect(en.tp('pg_risky', 1)).toBe('1 ad');
    expect(en.tp('pg_risky', 3)).toBe('3 ads');
    expect(en.tp('pg_risky', 1000)).toBe('1,000 ads');
  });

  it('plural() picks among given forms', () => {
    const forms = { one: '$1 день', few: '$1 дня', many: '$1 дней', other: '$1 дня' };
    expect(ru.plural(3, forms)).toBe('3 дня');
    expect(ru.plural(25, forms)).toBe('25 дней');
    expect(en.plural(25, { one: '$1 day', other: '$1 days' })).toBe('25 days');
  });

  it('every integer gets some Russian form, never the raw key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        expect(ru.tp('pg_risky', n)).toMatch(/объявлени(е|я|й)$/);
      }),
    );
  });
});

describe('dates, countries and lists in the interface language', () => {
  it('writes a date as the language does, never as ISO, and on the same day in every time zone', () => {
    expect(ru.date('2026-11-22')).toBe('22 ноября 2026 г.');
    expect(uk.date('2026-11-22')).toBe('22 листопада 2026 р.');
    expect(en.date('2026-11-22')).toBe('November 22, 2026');
    expect(en.date('2026-01-01')).toBe('January 1, 2026');
    expect(() => en.date('22.11.2026')).toThrow(/YYYY-MM-DD/);
  });

  it('names countries and joins lists in the language', () => {
    expect(ru.region('PL')).toBe('Польша');
    expect(uk.region('DE')).toBe('Німеччина');
    expect(en.region('CZ')).toBe('Czechia');
    expect(ru.list(['Россия', 'США'])).toBe('Россия и США');
    expect(uk.list(['Польща', 'Чехія', 'Німеччина'])).toBe('Польща, Чехія і Німеччина');
  });
});

describe('flattenMessages', () => {
  it('turns named placeholders (any case) into their positional content', () => {
    const flat = flattenMessages({
      a: {
        message: 'Found $COUNT$ of $total$',
        placeholders: { count: { content: '$1' }, TOTAL: { content: '$2' } },
      },
      b: { message: 'Plain', description: 'd' },
    });
    expect(flat).toEqual({ a: 'Found $1 of $2', b: 'Plain' });
  });

  it('rejects files that are not in the Chrome format', () => {
    expect(() => flattenMessages({ 'bad key': { message: 'x' } })).toThrow();
    expect(() => flattenMessages({ a: 'just a string' })).toThrow();
  });
});
