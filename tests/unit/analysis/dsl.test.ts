import { describe, expect, it } from 'vitest';
import { compileExpression, DslError, parseExpression } from '../../../src/analysis/dsl';
import { normalize } from '../../../src/analysis/normalize';
import { PatternBuildError } from '../../../scripts/lib/compile-catalogue';
import { compileInline, rule } from './helpers';

const noExpand = () => [] as string[];
const matches = (expr: string, text: string) =>
  new RegExp(compileExpression(expr, 'ru', noExpand).source).test(normalize(text).norm);

describe('match-expression language', () => {
  it('matches whole words in order, with optional tokens and bounded gaps', () => {
    expect(matches('=рабочая? =виза', 'нужна виза')).toBe(true);
    expect(matches('=рабочая? =виза', 'рабочая виза')).toBe(true);
    expect(matches('=оплата ~3 =перелета', 'оплата вашего обратного перелета')).toBe(true);
    expect(matches('=оплата ~1 =перелета', 'оплата вашего обратного перелета')).toBe(false);
    expect(matches('=виза', 'визажист')).toBe(false);
  });

  it('never crosses a sentence end', () => {
    expect(matches('=оплата ~3 =перелета', 'Оплата сдельная. Перелета нет')).toBe(false);
    expect(matches('=оплата ~3 =перелета', 'Оплата\nперелета')).toBe(false);
  });

  it('supports stems, numbers and tokens with / . -', () => {
    expect(matches('оплач*', 'оплачивается')).toBe(true);
    expect(matches('=з/п =от #num', 'З/п от 150 000 руб.')).toBe(true);
    expect(matches('=au-pair', 'Au-pair programme')).toBe(true);
    expect(matches('#num =т.р.', 'от 150 т.р. в месяц')).toBe(true);
  });

  it('rejects bad expressions with a reason', () => {
    expect(() => parseExpression('~2 виза')).toThrow(DslError);
    expect(() => parseExpression('виза ~2')).toThrow(/start and end/);
    expect(() => parseExpression('ви*')).toThrow(/shorter than 3/);
    expect(() => parseExpression('виза ~20 работа')).toThrow(/~1\.\.~8/);
    expect(() => parseExpression('виза|| работа')).toThrow(/empty alternative/);
    expect(() => parseExpression('виза? работа?')).toThrow(/optional/);
    expect(() => parseExpression('ви{за}')).toThrow(/bad characters/);
  });

  it('gives every expression a prefilter trigger from its rarest mandatory word', () => {
    const c = compileExpression('=по =туристической =визе', 'ru', noExpand);
    expect(c.trigger.words).toEqual(['туристической']);
  });
});

// The first compile loads the Russian dictionary (a few seconds).
describe('the patterns build', { timeout: 60_000 }, () => {
  it('names the file, the rule and the reason of every problem', async () => {
    const bad = `${rule({ id: 'ru.irregular-visa.a', strength: 'strong', match: ['виза ~2'] })}${rule({
      id: 'ru.irregular-visa.b',
      category: 'debt',
      strength: 'strong',
      match: ['виза'],
    })}`;
    const error = await compileInline({ 'patterns/ru/bad.yaml': bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PatternBuildError);
    const text = (error as Error).message;
    expect(text).toContain('patterns/ru/bad.yaml [ru.irregular-visa.a]: match "виза ~2"');
    expect(text).toContain(
      "patterns/ru/bad.yaml [ru.irregular-visa.b]: id: id's middle part must be its category",
    );
  });

  it('rejects unknown categories, missing examples, duplicate ids and invalid YAML', async () => {
    const noExamples = `- id: ru.debt.x\n  category: debt\n  strength: weak\n  lang: ru\n  advice: flag-pay-later\n  source: s\n  explanation: {ru: a, en: b}\n  match: [долг]\n`;
    const dup = rule({ id: 'ru.debt.y', strength: 'weak', match: ['долг'] });
    const error = (await compileInline({
      'patterns/ru/a.yaml': noExamples,
      'patterns/ru/b.yaml': dup + dup,
      'patterns/ru/c.yaml': 'id: [unclosed',
      'patterns/ru/d.yaml': rule({ id: 'ru.debt.z', category: 'no-such', strength: 'weak', match: ['долг'] }),
    }).catch((e: unknown) => e)) as PatternBuildError;
    const reasons = error.problems.map((p) => `${p.file} ${p.rule ?? ''} ${p.reason}`);
    expect(reasons.some((r) => r.startsWith('patterns/ru/a.yaml ru.debt.x examples'))).toBe(true);
    expect(reasons.some((r) => r.includes('ru.debt.y duplicate id'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('patterns/ru/c.yaml') && r.includes('invalid YAML'))).toBe(true);
    expect(reasons.some((r) => r.includes('ru.debt.z category'))).toBe(true);
  });
});
