import { describe, expect, it } from 'vitest';
import { analyzeAd } from '../../../src/analysis/index';
import {
  BREADTH_HIGH,
  countSignals,
  iloPositive,
  SAFEGUARD_KINDS,
  scoreFindings,
} from '../../../src/analysis/scoring';
import type { Category, Finding, Strength } from '../../../src/analysis/types';

const f = (category: Category, strength: Strength): Finding => ({
  rule: `x.${category}.${strength}`,
  category,
  strength,
  evidence: 'x',
  start: 0,
  end: 1,
});
const level = (...fs: Finding[]) => scoreFindings(fs).level;

describe('scoring (ILO 2009 combinations)', () => {
  it('implements the four ILO combinations', () => {
    const c = (strong: number, medium: number, weak: number, context = 0) => ({
      strong,
      medium,
      weak,
      context,
      selfEvident: 0,
    });
    expect(iloPositive(c(2, 0, 0))).toBe(true);
    expect(iloPositive(c(1, 0, 1))).toBe(true);
    expect(iloPositive(c(1, 0, 0, 1))).toBe(true);
    expect(iloPositive(c(0, 3, 0))).toBe(true);
    expect(iloPositive(c(0, 2, 1))).toBe(true);
    expect(iloPositive(c(1, 0, 0))).toBe(false);
    expect(iloPositive(c(0, 2, 0))).toBe(false);
    expect(iloPositive(c(0, 1, 3))).toBe(false);
  });

  it('one weak alone is none; one medium or one strong alone is caution', () => {
    expect(level(f('expenses-paid', 'weak'))).toBe('none');
    expect(level(f('expenses-paid', 'medium'))).toBe('caution');
    expect(level(f('irregular-visa', 'strong'))).toBe('caution');
    expect(level()).toBe('none');
    // (document-retention and forced-criminality are the exception: see below.)
  });

  it('counts a category once, by its strongest finding', () => {
    const c = countSignals([f('debt', 'weak'), f('debt', 'strong'), f('debt', 'medium')]);
    expect(c).toEqual({ strong: 1, medium: 0, weak: 0, context: 0, selfEvident: 0 });
    expect(level(f('debt', 'strong'), f('debt', 'strong'))).toBe('caution');
  });

  it('two rules of one category on separate phrases corroborate each other; overlapping ones do not', () => {
    const at = (rule: string, start: number, end: number, strength: Strength = 'strong'): Finding => ({
      ...f('upfront-fee', strength),
      rule,
      start,
      end,
    });
    expect(level(at('a', 0, 10), at('b', 20, 30))).toBe('high');
    expect(level(at('a', 0, 10), at('b', 5, 15))).toBe('caution');
    expect(level(at('a', 0, 10), at('a', 20, 30))).toBe('caution');
    // Weak findings never corroborate.
    expect(level(at('a', 0, 10, 'weak'), at('b', 20, 30, 'weak'))).toBe('none');
    expect(countSignals([at('a', 0, 10), at('b', 20, 30)])).toEqual({
      strong: 1,
      medium: 0,
      weak: 1,
      context: 0,
      selfEvident: 0,
    });
  });

  it('a strong finding of exploitation itself (documents kept, recruited into crime) is high alone', () => {
    expect(level(f('document-retention', 'strong'))).toBe('high');
    expect(level(f('forced-criminality', 'strong'))).toBe('high');
    expect(countSignals([f('forced-criminality', 'strong')]).selfEvident).toBe(1);
    // A medium one there still needs company, and other strong categories still need a second signal.
    expect(level(f('forced-criminality', 'medium'))).toBe('caution');
    expect(level(f('document-retention', 'medium'))).toBe('caution');
    expect(level(f('debt', 'strong'))).toBe('caution');
    // Every sensitivity: it is an ILO-level combination, not a caution threshold.
    expect(scoreFindings([f('document-retention', 'strong')], 'strong-only').level).toBe('high');
  });

  it('work abroad is context: nothing alone, a weak signal and a score multiplier next to a risk', () => {
    expect(level(f('work-abroad', 'weak'))).toBe('none');
    expect(scoreFindings([f('work-abroad', 'weak')]).score).toBe(0);
    expect(level(f('work-abroad', 'weak'), f('irregular-visa', 'strong'))).toBe('high');
    expect(scoreFindings([f('work-abroad', 'weak'), f('debt', 'medium')]).score).toBeGreaterThan(
      scoreFindings([f('debt', 'medium')]).score,
    );
  });

  it(`an ad spanning ${BREADTH_HIGH} categories is high even if each is weak (IOM red flag 1)`, () => {
    const weak = (['too-good', 'expenses-paid', 'targeted-appearance'] as const).map((c) => f(c, 'weak'));
    expect(level(...weak)).toBe('caution');
    expect(level(...weak, f('work-abroad', 'weak'))).toBe('high');
    expect(level(f('too-good', 'weak'), f('expenses-paid', 'weak'))).toBe('none');
  });

  it('sensitivity moves caution only', () => {
    const medium = [f('expenses-paid', 'medium')];
    expect(scoreFindings(medium, 'cautious').level).toBe('caution');
    expect(scoreFindings(medium, 'balanced').level).toBe('caution');
    expect(scoreFindings(medium, 'strong-only').level).toBe('none');
    const twoWeak = [f('expenses-paid', 'weak'), f('too-good', 'weak')];
    expect(scoreFindings(twoWeak, 'cautious').level).toBe('caution');
    expect(scoreFindings(twoWeak, 'balanced').level).toBe('none');
    // Context alone next to one weak signal is no warning.
    expect(scoreFindings([f('too-good', 'weak'), f('work-abroad', 'weak')], 'balanced').level).toBe('none');
    const one = [f('irregular-visa', 'strong')];
    expect(scoreFindings(one, 'strong-only').level).toBe('none');
    const ilo = [f('irregular-visa', 'strong'), f('debt', 'medium')];
    for (const s of ['cautious', 'balanced', 'strong-only'] as const)
      expect(scoreFindings(ilo, s).level).toBe('high');
  });
});

describe(`stated safeguards (${SAFEGUARD_KINDS} kinds make an ad one step calmer)`, () => {
  const high = [f('upfront-fee', 'strong'), f('expenses-paid', 'weak')];
  it('lowers high to caution and caution to none, only with enough kinds', () => {
    expect(scoreFindings(high).level).toBe('high');
    expect(scoreFindings(high, 'balanced', SAFEGUARD_KINDS - 1).level).toBe('high');
    expect(scoreFindings(high, 'balanced', SAFEGUARD_KINDS).level).toBe('caution');
    expect(scoreFindings([f('upfront-fee', 'medium')], 'balanced', SAFEGUARD_KINDS).level).toBe('none');
    // The score, which orders the warnings, is what was found.
    expect(scoreFindings(high, 'balanced', SAFEGUARD_KINDS).score).toBe(scoreFindings(high).score);
  });
});

describe('safeguards read from the text', () => {
  const analyze = async (text: string) => (await analyzeAd({ text })).level;
  // [language, the offer, two kinds of safeguard it states]
  it.each([
    [
      'ru',
      'Набор на завод в Казани. Работодатель оплачивает билет. Общежитие 2 000 руб/мес, удерживается из зарплаты.',
      'Трудовой договор подписывается в Ташкенте до выезда. Паспорт остаётся у вас.',
    ],
    [
      'uk',
      'Кадрове агентство набирає на завод у Чехії. Кандидат сам оплачує медогляд і візу.',
      'Договір підписуємо до виїзду. Ліцензія № 2113.',
    ],
    [
      'en',
      'Seasonal fruit pickers for the UK. You pay your own visa fee.',
      'We never charge recruitment fees. Your passport stays with you.',
    ],
  ])('a lawful %s recruiter that states two kinds is one step calmer', async (_, offer, safeguards) => {
    const RANK = { none: 0, caution: 1, high: 2 } as const;
    const without = RANK[await analyze(offer)];
    expect(without).toBeGreaterThan(0);
    expect(RANK[await analyze(`${offer} ${safeguards}`)]).toBe(without - 1);
  });

  it('one safeguard alone, or a lure’s "всё официально", changes nothing', async () => {
    const lure =
      'Работа в Дубае для девушек, хостес. Билеты и проживание оплачиваем. Паспорт хранится у менеджера.';
    expect(await analyze(lure)).toBe('high');
    expect(await analyze(`${lure} Всё официально, лицензия № 4411.`)).toBe('high');
  });
});
