import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStoredSettings } from '../../../src/settings/parse';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../src/settings/schema';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8'));
}

describe('parseStoredSettings: migrations', () => {
  it('v0 -> v1 moves every prototype field to its new place', () => {
    expect(parseStoredSettings(fixture('v0-full.json'))).toEqual({
      version: 1,
      sites: { avito: false, superjob: false },
      showOrdinary: false,
      sensitivity: 'cautious',
      language: 'browser',
      region: 'auto',
    });
  });

  it('v0 with only some fields keeps the defaults for the rest', () => {
    expect(parseStoredSettings(fixture('v0-partial.json'))).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'strong-only',
    });
  });

  it('v0 with corrupt fields keeps the valid one (language) and defaults the others', () => {
    expect(parseStoredSettings(fixture('v0-corrupt.json'))).toEqual({ ...DEFAULT_SETTINGS, language: 'ru' });
  });
});

describe('parseStoredSettings: fallback per field', () => {
  it('a corrupt field does not lose the valid ones, and bad site entries are dropped one by one', () => {
    expect(parseStoredSettings(fixture('v1-corrupt-fields.json'))).toEqual({
      version: 1,
      sites: { hh: false, avito: true },
      showOrdinary: true,
      sensitivity: 'balanced',
      language: 'en',
      region: 'auto',
    });
  });

  it.each([undefined, null, 42, 'settings', [], [1, 2]])('%j gives the defaults', (raw) => {
    expect(parseStoredSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('a version from a newer build is read field by field rather than thrown away', () => {
    const s = parseStoredSettings({ version: 7, language: 'ru', sensitivity: 'cautious', extra: 1 });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, language: 'ru', sensitivity: 'cautious' });
  });

  it('never returns an object shared with DEFAULT_SETTINGS', () => {
    const s = parseStoredSettings(undefined);
    s.sites.hh = false;
    expect(DEFAULT_SETTINGS.sites).toEqual({});
  });

  it('always returns valid current settings, whatever storage holds', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(SettingsSchema.safeParse(parseStoredSettings(raw)).success).toBe(true);
      }),
    );
  });

  it('valid current settings survive unchanged', () => {
    const arb = fc.record({
      version: fc.constant(1 as const),
      sites: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.boolean()),
      showOrdinary: fc.boolean(),
      sensitivity: fc.constantFrom('cautious', 'balanced', 'strong-only') as fc.Arbitrary<
        'cautious' | 'balanced' | 'strong-only'
      >,
      language: fc.constantFrom('browser', 'ru', 'uk', 'en') as fc.Arbitrary<'browser' | 'ru' | 'uk' | 'en'>,
      region: fc.constantFrom('auto', 'other', 'RU', 'UA', 'PL'),
    });
    fc.assert(
      fc.property(arb, (s) => {
        expect(parseStoredSettings(s)).toEqual(s);
      }),
    );
  });
});

describe('parseStoredSettings: interface language and country (added in version 1 without a migration)', () => {
  it('a version 1 object stored before the country setting existed reads as auto', () => {
    expect(parseStoredSettings({ version: 1, language: 'ru' }).region).toBe('auto');
  });

  it('keeps Ukrainian and a country code, and drops a corrupt country alone', () => {
    expect(parseStoredSettings({ version: 1, language: 'uk', region: 'PL' })).toMatchObject({
      language: 'uk',
      region: 'PL',
    });
    for (const bad of ['pl', 'Poland', 'XYZ', 7, null])
      expect(parseStoredSettings({ version: 1, language: 'uk', region: bad })).toMatchObject({
        language: 'uk',
        region: 'auto',
      });
  });
});
