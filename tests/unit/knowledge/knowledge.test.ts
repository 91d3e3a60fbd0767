import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADVICE_IDS } from '../../../src/analysis/types';
import { UI_LANGS } from '../../../src/i18n';
import {
  adviceKey,
  AT_RISK,
  CAUSES,
  CONTROL_MEANS,
  FORMS,
  MYTHS,
  RED_FLAGS,
  RU_HOTLINE,
  SAFETY_RULES,
  STAGES,
  TROUBLE,
  TROUBLE_RULES,
} from '../../../src/knowledge/content';
import { canDial, chooseHelplines, HELPLINES } from '../../../src/knowledge/helplines';
import type { Place } from '../../../src/knowledge/helplines';

function keysOf(lang: string): Set<string> {
  const url = new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url);
  return new Set(Object.keys(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as object));
}

describe('knowledge base', () => {
  it('covers every IOM red flag and every safety rule, in order, each once', () => {
    expect(RED_FLAGS.map((f) => f.advice)).toEqual(ADVICE_IDS.filter((a) => a.startsWith('flag-')));
    expect(SAFETY_RULES.map((r) => r.advice)).toEqual(ADVICE_IDS.filter((a) => a.startsWith('rule-')));
    expect(MYTHS).toHaveLength(5);
    expect(STAGES).toHaveLength(3);
    // The seeds list five causes and six forms of trafficking.
    expect(CAUSES).toHaveLength(5);
    expect(FORMS).toHaveLength(6);
  });

  it('"already in trouble" repeats the seeds\' rules 9, 10 and 11', () => {
    expect(TROUBLE_RULES.map((r) => r.advice)).toEqual(['rule-passport', 'rule-embassy', 'rule-ngos']);
  });

  it.each(UI_LANGS)('every key it shows exists in %s', (lang) => {
    const keys = keysOf(lang);
    const used = [
      ...RED_FLAGS.flatMap((f) => [f.title, f.why, f.example, adviceKey(f.advice)]),
      ...SAFETY_RULES.flatMap((r) => [r.title, adviceKey(r.advice)]),
      ...MYTHS.flatMap((m) => [m.myth, m.fact]),
      ...STAGES.flatMap((s) => [s.title, s.text]),
      ...AT_RISK,
      ...CAUSES,
      ...FORMS,
      ...CONTROL_MEANS,
      ...TROUBLE.flatMap((t) => [t.title, t.text]),
      ...HELPLINES.flatMap((h) => [h.name, h.note]),
    ];
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('the Russian hotline dials what it shows, and only from Russia', () => {
    expect(RU_HOTLINE.display.replaceAll('-', '')).toBe(RU_HOTLINE.tel);
    expect(RU_HOTLINE.from).toEqual(['RU']);
  });
});

describe('help line data', () => {
  it('every number dials what it shows', () => {
    for (const line of HELPLINES)
      for (const n of line.numbers) {
        const shown = n.display.replace(/\D/g, '');
        const dialled = n.tel.replace(/\D/g, '');
        // An international tel: may add the country code and drop the trunk 0 (UK 08000… -> +448000…).
        if (n.tel.startsWith('+')) expect(dialled, line.id).toContain(shown.replace(/^0/, ''));
        else expect(dialled, line.id).toBe(shown);
      }
  });

  it('a number written in international form can be dialled from anywhere; a national one only at home', () => {
    for (const line of HELPLINES)
      for (const n of line.numbers) {
        if (n.display.startsWith('+')) expect(n.from, `${line.id} ${n.display}`).toEqual(['*']);
        else expect(n.from, `${line.id} ${n.display}`).not.toContain('*');
      }
  });

  it('every line has a source page and the date it was checked, and its site is https', () => {
    for (const line of HELPLINES) {
      expect(line.sources.length, line.id).toBeGreaterThan(0);
      for (const url of line.sources) expect(url, line.id).toMatch(/^https?:\/\//);
      if (line.url) expect(line.url, line.id).toMatch(/^https:\/\//);
      expect(Date.parse(line.checkedOn), line.id).not.toBeNaN();
    }
  });

  it('has lines for Ukraine, for Ukrainians in Poland, Germany and Czechia, and for Moldova and Kazakhstan', () => {
    const served = (region: string): string[] =>
      HELPLINES.filter((l) => l.regions.includes(region)).map((l) => l.id);
    for (const region of ['UA', 'PL', 'DE', 'CZ', 'MD', 'KZ', 'TJ'])
      expect(served(region), region).not.toEqual([]);
    // Ukraine's government line has a number for its citizens abroad.
    const ua = HELPLINES.find((l) => l.id === 'ua-1547')!;
    expect(ua.numbers.some((n) => n.from.includes('*'))).toBe(true);
  });

  it('116 006 is a line only where Victim Support Europe lists it (13 EU countries, 2023)', () => {
    const eu = HELPLINES.find((l) => l.id === 'eu')!;
    expect(eu.numbers[0]!.from).toHaveLength(13);
    for (const absent of ['PL', 'IT', 'ES', 'BE', 'BG', 'RO', 'SK', 'SI', 'LT', 'HU', 'GR', 'CY', 'MT', 'LU'])
      expect(eu.numbers[0]!.from, absent).not.toContain(absent);
  });
});

describe('chooseHelplines and canDial', () => {
  const ids = (lines: { id: string }[]): string[] => lines.map((l) => l.id);
  const chosen = (region: string): Place => ({ regions: [region], chosen: true });

  it.each([
    ['US', 'en', ['us', 'gmsd']],
    ['GB', 'en', ['uk', 'gmsd']],
    ['BY', 'ru', ['by', 'gmsd']],
    ['DE', 'ru', ['de-hilfetelefon', 'de-kok', 'de-faire-integration', 'eu', 'gmsd']],
    ['PL', 'ru', ['pl-kcik', 'gmsd']],
    ['RU', 'ru', ['gmsd']],
    ['UA', 'uk', ['ua-527', 'ua-1547', 'ua-lastrada', 'gmsd']],
  ] as const)('a person in %s reading %s gets %j first', (region, lang, expected) => {
    const choice = chooseHelplines(chosen(region), lang);
    expect(ids(choice.here)).toEqual(expected);
    // Nothing is lost: every line is offered once, here or under "other countries".
    expect([...ids(choice.here), ...ids(choice.others)].sort()).toEqual(ids(HELPLINES).sort());
  });

  it("a Ukrainian reader abroad gets the local lines, then Ukraine's", () => {
    const choice = chooseHelplines(chosen('PL'), 'uk');
    expect(ids(choice.here)).toEqual(['pl-kcik', 'ua-527', 'ua-1547', 'ua-lastrada', 'gmsd']);
  });

  it('a guess with several candidates gets the lines of all of them', () => {
    const guess: Place = { regions: ['US', 'RU'], chosen: false };
    expect(ids(chooseHelplines(guess, 'en').here)).toEqual(['us', 'gmsd']);
    expect(canDial(RU_HOTLINE.from, guess)).toBe(true);
    expect(canDial(['US'], guess)).toBe(true);
  });

  it('8-800, 116 and short numbers are not dialable from another country; international ones are', () => {
    expect(canDial(RU_HOTLINE.from, chosen('PL'))).toBe(false);
    const eu = HELPLINES.find((l) => l.id === 'eu')!.numbers[0]!;
    expect(canDial(eu.from, chosen('DE'))).toBe(true);
    expect(canDial(eu.from, chosen('PL'))).toBe(false);
    expect(canDial(['*'], chosen('PL'))).toBe(true);
    expect(canDial(['*'], { regions: [], chosen: true })).toBe(true);
    expect(canDial(['UA'], { regions: [], chosen: true })).toBe(false);
  });
});
