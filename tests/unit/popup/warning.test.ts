import { describe, expect, it } from 'vitest';
import { quotedPhrase } from '../../../src/analysis/phrases';
import type { AdviceId, Assessment, Finding } from '../../../src/analysis/types';
import { actionsOf, MAX_ACTIONS, MAX_REASONS, warningOf } from '../../../src/ui/shared/warning';

const assessment = (
  level: Assessment['level'],
  findings: Finding[],
  over: Partial<Assessment> = {},
): Assessment => ({
  level,
  score: 5,
  lang: 'ru',
  checked: true,
  partial: false,
  findings,
  ...over,
});

/** A finding as the analyzer gives it: with the phrase it cut around the evidence in `text`. */
function finder(text: string) {
  return (evidence: string, over: Partial<Finding>): Finding => {
    const start = text.indexOf(evidence);
    if (start < 0) throw new Error(evidence);
    const end = start + evidence.length;
    return {
      rule: 'r',
      category: 'urgency',
      strength: 'medium',
      evidence,
      start,
      end,
      phrase: quotedPhrase(text, { start, end }),
      ...over,
    };
  };
}

/** A lure as the issue saw it: the country comes first in the text, so it came first in the advice. */
const LURE =
  'Работа в Турции! Девушки 18-25 лет, танцовщицы в ночной клуб (Анталья, Кемер). Опыт не нужен. ' +
  'Перелёт и жильё оплачиваем, потом вычтем из зарплаты. Паспорт хранится у работодателя. Пишите в WhatsApp.';
const at = finder(LURE);
const LURE_FINDINGS: Finding[] = [
  at('Работа в Турции', { category: 'work-abroad', strength: 'weak', advice: 'rule-learn-country' }),
  at('Девушки 18-25 лет', { category: 'targeted-appearance', strength: 'strong', advice: 'flag-ad-text' }),
  at('танцовщицы в ночной клуб (Анталья', {
    category: 'targeted-appearance',
    strength: 'strong',
    advice: 'flag-ad-text',
  }),
  at('Опыт не нужен', { category: 'too-good', strength: 'medium', advice: 'flag-salary' }),
  at('Перелёт и жильё оплачиваем', {
    category: 'expenses-paid',
    strength: 'medium',
    advice: 'flag-pay-later',
  }),
  at('потом вычтем из зарплаты', { category: 'debt', strength: 'strong', advice: 'flag-pay-later' }),
  at('Паспорт хранится у работодателя', {
    category: 'document-retention',
    strength: 'strong',
    advice: 'rule-passport',
  }),
  at('Пишите в WhatsApp', { category: 'contact-only-mobile', strength: 'weak', advice: 'flag-mobile-only' }),
];

describe('actionsOf', () => {
  it('gives a high-risk lure the one or two actions that protect most, never "learn about the country" first', () => {
    const actions = actionsOf(assessment('high', LURE_FINDINGS));
    expect(actions).toEqual(['rule-passport', 'flag-pay-later']);
    expect(actions.length).toBeLessThanOrEqual(MAX_ACTIONS);
  });

  it('puts preparation advice last, and for a high-risk ad that has nothing else says what protects first', () => {
    const t = 'Работа в Турции. Работа в Дубае.';
    const f = finder(t);
    const abroad = [
      f('Работа в Турции', { category: 'work-abroad', strength: 'weak', advice: 'rule-learn-country' }),
      f('Работа в Дубае', { category: 'work-abroad', strength: 'strong', advice: 'rule-embassy' }),
    ];
    expect(actionsOf(assessment('caution', abroad))).toEqual(['rule-embassy', 'rule-learn-country']);
    const high = actionsOf(assessment('high', abroad));
    expect(high[0]).toBe<AdviceId>('tip-personal-data');
    expect(high).not.toContain(undefined);
  });

  it('ranks by the strength of the findings first, then by urgency', () => {
    const t = 'a b c';
    const f = finder(t);
    const findings = [
      f('a', { strength: 'weak', advice: 'rule-passport' }),
      f('b', { strength: 'strong', advice: 'flag-salary' }),
      f('c', { strength: 'strong', advice: 'flag-cash' }),
    ];
    expect(actionsOf(assessment('caution', findings), 3)).toEqual([
      'flag-cash',
      'flag-salary',
      'rule-passport',
    ]);
  });
});

describe('warningOf', () => {
  it('gives the top three reasons, strongest first, with one phrase-level quote each and the rest counted', () => {
    const w = warningOf(assessment('high', LURE_FINDINGS));
    expect(w.shown).toBe('high');
    expect(w.reasons).toHaveLength(MAX_REASONS);
    expect(w.reasons.map((r) => r.category)).toEqual(['targeted-appearance', 'debt', 'document-retention']);
    expect(w.reasons.map((r) => r.quote?.text)).toEqual([
      'Девушки 18-25 лет',
      'потом вычтем из зарплаты',
      'Паспорт хранится у работодателя',
    ]);
    expect(w.moreReasons).toBe(4);
    expect(w.reasons[1]?.quote).toMatchObject({ before: '', match: 'потом вычтем из зарплаты', after: '' });
  });

  it('never quotes the same words twice: a reason whose phrases are all taken goes without a quote', () => {
    const t = 'Девушки для работы в клубе за границей, перелёт оплачиваем';
    const f = finder(t);
    const findings = [
      f('Девушки', { category: 'targeted-appearance', strength: 'strong' }),
      f('за границей', { category: 'work-abroad', strength: 'medium' }),
      f('перелёт оплачиваем', { category: 'expenses-paid', strength: 'weak' }),
    ];
    const w = warningOf(assessment('high', findings));
    expect(w.reasons.map((r) => r.quote?.text)).toEqual([
      'Девушки для работы в клубе за границей',
      undefined,
      'перелёт оплачиваем',
    ]);
  });

  it('falls back to another finding of the reason when the first one’s phrase is taken', () => {
    const t = 'Девушки в клуб за границей. Виза не нужна, работа в Дубае.';
    const f = finder(t);
    const findings = [
      f('Девушки', { category: 'targeted-appearance', strength: 'strong' }),
      f('за границей', { category: 'work-abroad', strength: 'medium' }),
      f('работа в Дубае', { category: 'work-abroad', strength: 'weak' }),
    ];
    const w = warningOf(assessment('high', findings));
    expect(w.reasons.map((r) => r.quote?.text)).toEqual(['Девушки в клуб за границей', 'работа в Дубае']);
  });

  it('quotes title findings from the title', () => {
    const title = 'Хостес в Дубай, жильё бесплатно';
    const inTitle = finder(title);
    const w = warningOf(
      assessment('caution', [
        inTitle('в Дубай', { category: 'work-abroad', strength: 'weak', field: 'title' }),
      ]),
    );
    expect(w.reasons[0]?.quote?.text).toBe('Хостес в Дубай');
  });

  it('quotes the phrase the assessment carries, with no ad text at hand (a tab report), and the evidence alone without one', () => {
    const t = 'Танцовщица в ночной клуб (Турция, Дубай), без опыта';
    const f = finder(t);
    const cut = f('Танцовщица в ночной клуб (Турция', {
      category: 'targeted-appearance',
      strength: 'strong',
    });
    const withPhrase = warningOf(assessment('caution', [cut]));
    expect(withPhrase.reasons[0]?.quote).toMatchObject({
      text: 'Танцовщица в ночной клуб (Турция, Дубай)',
      match: 'Танцовщица в ночной клуб (Турция',
      after: ', Дубай)',
    });
    const { phrase: _phrase, ...bare } = cut;
    expect(warningOf(assessment('caution', [bare])).reasons[0]?.quote?.text).toBe(
      'Танцовщица в ночной клуб (Турция',
    );
    // A phrase that does not hold the evidence (a report tampered with, or offsets gone stale) is not quoted.
    const stale = {
      ...cut,
      phrase: { ...(cut.phrase as NonNullable<Finding['phrase']>), text: 'Работа мечты' },
    };
    expect(warningOf(assessment('caution', [stale])).reasons[0]?.quote?.text).toBe(
      'Танцовщица в ночной клуб (Турция',
    );
  });

  it('says "not checked" and "partly read" from the assessment, and gives no actions for a clear ad', () => {
    expect(warningOf(assessment('none', [], { checked: false })).shown).toBe('unchecked');
    const partial = warningOf(assessment('none', [], { partial: true }));
    expect(partial).toMatchObject({ shown: 'none', partial: true, actions: [], reasons: [] });
  });
});
