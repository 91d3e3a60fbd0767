import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADVICE_IDS } from '../../../src/analysis/types';
import {
  adviceKey,
  CONTROL_MEANS,
  FORMS,
  MYTHS,
  RED_FLAGS,
  RU_HOTLINE,
  SAFETY_RULES,
  STAGES,
} from '../../../src/knowledge/content';
import { chooseHelplines, HELPLINES } from '../../../src/knowledge/helplines';

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
  });

  it.each(['en', 'ru'])('every key it shows exists in %s', (lang) => {
    const keys = keysOf(lang);
    const used = [
      ...RED_FLAGS.flatMap((f) => [f.title, f.why, f.example, adviceKey(f.advice)]),
      ...SAFETY_RULES.flatMap((r) => [r.title, adviceKey(r.advice)]),
      ...MYTHS.flatMap((m) => [m.myth, m.fact]),
      ...STAGES.flatMap((s) => [s.title, s.text]),
      ...FORMS,
      ...CONTROL_MEANS,
      ...HELPLINES.flatMap((h) => [h.name, h.note]),
    ];
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('the Russian hotline dials what it shows', () => {
    expect(RU_HOTLINE.display.replaceAll('-', '')).toBe(RU_HOTLINE.tel);
  });
});

describe('chooseHelplines', () => {
  const ids = (lines: { id: string }[]): string[] => lines.map((l) => l.id);

  it.each([
    ['US', ['us', 'gmsd']],
    ['GB', ['uk', 'gmsd']],
    ['CA', ['ca', 'gmsd']],
    ['BY', ['by', 'gmsd']],
    ['DE', ['eu', 'gmsd']],
    ['RU', ['gmsd']],
    [undefined, ['gmsd']],
  ])('region %s puts %j first', (region, expected) => {
    const choice = chooseHelplines(region);
    expect(ids(choice.regional)).toEqual(expected);
    // Nothing is lost: every line is offered once, here or under "other countries".
    expect([...ids(choice.regional), ...ids(choice.others)].sort()).toEqual(ids(HELPLINES).sort());
  });

  it('every line with a number has a dialable tel and an https source', () => {
    for (const line of HELPLINES) {
      expect(line.url).toMatch(/^https:\/\//);
      // The tel: link may add the country code and drop the trunk 0 (UK 08000… -> +448000…).
      if (line.phone)
        expect(line.tel?.replace(/\D/g, '')).toContain(line.phone.replace(/\D/g, '').replace(/^0/, ''));
    }
  });
});
