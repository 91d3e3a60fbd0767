import { describe, expect, it } from 'vitest';
import { compileExpression, DslError, parseExpression } from '../../../src/analysis/dsl';
import { normalize } from '../../../src/analysis/normalize';
import { PatternBuildError } from '../../../scripts/lib/compile-catalogue';
import { compileInline, inlineAnalyzer, rule } from './helpers';

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

  it('keeps a gap before an optional token whether or not the token is there', () => {
    // `a ~N x? b`: up to N words between a and b, with or without x (the gap once sat inside x's group).
    const expr = '=телефоны ~2 =ваших? =родственников';
    expect(matches(expr, 'телефоны ближайших родственников')).toBe(true);
    expect(matches(expr, 'телефоны двух ближайших родственников')).toBe(true);
    expect(matches(expr, 'телефоны ваших родственников')).toBe(true);
    expect(matches(expr, 'телефоны двух ваших родственников')).toBe(true);
    expect(matches(expr, 'телефоны родственников')).toBe(true);
    expect(matches(expr, 'телефоны трёх самых ближайших родственников')).toBe(false);
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

describe('lists, phrases and matchers of several parts', { timeout: 60_000 }, () => {
  const lists = new Map([
    ['who', ['девушка', '=дамы']],
    ['costs', ['перелет', '(=медицинская =страховка)']],
    ['people', ['@who', 'мужчина']],
  ]);
  const m = (expr: string, text: string) =>
    new RegExp(compileExpression(expr, 'ru', noExpand, lists).source).test(normalize(text).norm);

  it('a list is any of its members, a member may be a phrase or another list', () => {
    expect(m('@costs =оплачиваем', 'медицинская страховка оплачиваем')).toBe(true);
    expect(m('@people =нужны', 'мужчина нужны')).toBe(true);
    expect(m('@people =нужны', 'дамы нужны')).toBe(true);
    expect(m('@people =нужны', 'повара нужны')).toBe(false);
    expect(() => compileExpression('@nope', 'ru', noExpand, lists)).toThrow(/unknown list @nope/);
  });

  it('a phrase in parentheses is one alternative of a slot', () => {
    expect(m('=виза (=не =нужна)|=бесплатно', 'виза не нужна')).toBe(true);
    expect(m('=виза (=не =нужна)|=бесплатно', 'виза бесплатно')).toBe(true);
    expect(m('=виза (=не =нужна)|=бесплатно', 'виза не бесплатно')).toBe(false);
    expect(() => parseExpression('=виза (=не =нужна')).toThrow(/unbalanced/);
  });

  it('a list that refers to itself is an error, not a hang', () => {
    const loop = new Map([
      ['a', ['@b']],
      ['b', ['@a']],
    ]);
    expect(() => compileExpression('@a', 'ru', noExpand, loop)).toThrow(/refers to itself/);
  });

  it('the parts of a matcher meet in any order, in one sentence or within N of them', async () => {
    const a = await inlineAnalyzer({
      'patterns/ru/t.yaml':
        rule({ id: 'ru.debt.one', strength: 'strong', match: ['=билеты & =вычтем'] }) +
        rule({ id: 'ru.debt.two', strength: 'strong', match: ['=паспорт & =хозяйки'], within: 2 }),
    });
    const found = (text: string) =>
      a.analyze({ text, lang: 'ru' }).then((r) => r.findings.map((f) => f.rule));
    expect(await found('Вычтем потом из зарплаты билеты.')).toEqual(['ru.debt.one']);
    expect(await found('Билеты купим. Потом вычтем.')).toEqual([]);
    expect(await found('Паспорт останется. У хозяйки.')).toEqual(['ru.debt.two']);
    expect(await found('Паспорт. Второе. Третье. У хозяйки.')).toEqual([]);
    // Far apart in one run-on sentence is not "together".
    expect(await found(`Билеты, ${'слово '.repeat(40)}вычтем.`)).toEqual([]);
  });
});

describe('build-time morphology', { timeout: 60_000 }, () => {
  it('gives a Russian verb both aspects, checked against the dictionary', async () => {
    const { expandWord, initMorphology } = await import('../../../scripts/lib/morph');
    await initMorphology();
    const forms = (w: string) => {
      const r = expandWord(w, 'ru');
      return Array.isArray(r) ? r : (r as { forms: string[] }).forms;
    };
    expect(forms('оформить')).toEqual(expect.arrayContaining(['оформляем', 'оформляется', 'оформим']));
    // and both reflexives: the passive of ads
    expect(forms('оплачивать')).toEqual(expect.arrayContaining(['оплатим', 'оплачивается']));
    expect(forms('подписать')).toEqual(expect.arrayContaining(['подписываете']));
    // A prefix is never dropped: "вычитать" (deduct) is not "читать" (read).
    expect(forms('вычитать')).not.toContain('читаем');
  });

  it('gives a Ukrainian word its stem, which takes a short ending', async () => {
    const { expandWord, initMorphology } = await import('../../../scripts/lib/morph');
    await initMorphology();
    expect(expandWord('паспорт', 'uk')).toMatchObject({ stems: ['паспорт'] });
    const m = new RegExp(compileExpression('паспорт', 'uk', expandWord).source).test(
      normalize('паспортом').norm,
    );
    expect(m).toBe(true);
  });
});
