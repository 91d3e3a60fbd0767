import { describe, expect, it } from 'vitest';
import { regionOf, resolveUiLanguage } from '../../../src/i18n';

describe('resolveUiLanguage', () => {
  it('an explicit choice wins over the browser', () => {
    expect(resolveUiLanguage('en', 'ru-RU')).toBe('en');
    expect(resolveUiLanguage('ru', 'en-US')).toBe('ru');
    expect(resolveUiLanguage('uk', 'ru-RU')).toBe('uk');
  });

  it.each([
    ['ru-RU', 'ru'],
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['uk_PL', 'uk'],
    ['ru', 'ru'],
    ['be-BY', 'ru'],
    ['uz-Latn-UZ', 'ru'],
    ['kk_KZ', 'ru'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ] as const)('browser %j -> %s', (nav, expected) => {
    expect(resolveUiLanguage('browser', nav)).toBe(expected);
  });
});

describe('regionOf', () => {
  it.each([
    ['en-US', 'US'],
    ['en-gb', 'GB'],
    ['uz-Latn-UZ', 'UZ'],
    ['es-419', '419'],
    ['ru', undefined],
  ])('%s -> %s', (tag, region) => {
    expect(regionOf(tag)).toBe(region);
  });
});
