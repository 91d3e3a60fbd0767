import { describe, expect, it } from 'vitest';
import { HOME_REGION, placeFor, regionChoices } from '../../../src/knowledge/place';
import { HELPLINES } from '../../../src/knowledge/helplines';
import { UI_LANGS } from '../../../src/i18n';

describe('placeFor', () => {
  it('a chosen country is the only candidate, and "another country" has none', () => {
    expect(placeFor('PL', ['en-US'], 'en')).toEqual({ regions: ['PL'], chosen: true });
    expect(placeFor('other', ['ru-RU'], 'ru')).toEqual({ regions: [], chosen: true });
  });

  it('an en-US browser is not taken to be only in the US: Russia stays a candidate', () => {
    expect(placeFor('auto', ['en-US', 'en'], 'en')).toEqual({ regions: ['US', 'RU'], chosen: false });
  });

  it.each([
    [['ru-RU'], 'ru', ['RU']],
    [['ru'], 'ru', ['RU']],
    [['uk-UA', 'uk'], 'uk', ['UA']],
    [['uk'], 'uk', ['UA']],
    [['ru-KZ', 'kk'], 'ru', ['KZ', 'RU']],
    [['uk', 'pl-PL'], 'uk', ['PL', 'UA']],
    [['es-419'], 'en', ['RU']],
    [[], 'en', ['RU']],
  ] as const)('guesses %j (%s) as %j', (languages, lang, regions) => {
    expect(placeFor('auto', languages, lang)).toEqual({ regions, chosen: false });
  });

  it('every interface language has a home country', () => {
    for (const lang of UI_LANGS) expect(HOME_REGION[lang]).toMatch(/^[A-Z]{2}$/);
  });
});

describe('regionChoices', () => {
  const choices = regionChoices((r) => r);

  it('puts the countries whose sites JobSafe reads first, Russia and Ukraine at the top', () => {
    expect(choices.slice(0, 3)).toEqual(['RU', 'UA', 'KZ']);
    for (const r of ['UZ', 'KG', 'TJ', 'MD', 'PL', 'DE', 'CZ']) expect(choices).toContain(r);
  });

  it('offers every country a help line serves, once', () => {
    const served = HELPLINES.flatMap((l) => l.regions).filter((r) => r !== '*');
    for (const r of served) expect(choices, r).toContain(r);
    expect(new Set(choices).size).toBe(choices.length);
  });
});
