import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../../src/analysis/normalize';
import { SalaryReferenceSchema } from '../../../src/analysis/pattern-schema';
import { findPay, isFarAbove, monthly } from '../../../src/analysis/salary';
import type { Analyzer } from '../../../src/analysis/index';
import { inlineAnalyzer, ROOT, rule } from './helpers';

const ref = SalaryReferenceSchema.parse(
  parse(readFileSync(path.join(ROOT, 'patterns/salary-reference.yaml'), 'utf8')),
);
const pay = (text: string) =>
  findPay(normalize(text).norm).map(({ amount, currency, period }) => ({ amount, currency, period }));

describe('salary parsing', () => {
  it.each([
    ['от 150 000 руб.', 150000, 'RUB', 'month'],
    ['150 т.р.', 150000, 'RUB', 'month'],
    ['зп 150к', 150000, 'RUB', 'month'],
    ['з/п 3000$', 3000, 'USD', 'month'],
    ['$3000/month', 3000, 'USD', 'month'],
    ['от 70 до 100 $ в час', 70, 'USD', 'hour'],
    ['$25/hr', 25, 'USD', 'hour'],
    ['$1,500 a week', 1500, 'USD', 'week'],
    ['1 500 евро в месяц', 1500, 'EUR', 'month'],
    ['2000 € per month', 2000, 'EUR', 'month'],
    ['80-120 тыс. руб.', 80000, 'RUB', 'month'],
    ['3500 ₽ за смену', 3500, 'RUB', 'day'],
    ['в день 4000 руб', 4000, 'RUB', 'day'],
    ['220000-450000 RUR', 220000, 'RUB', 'month'],
    ['5000 долл. в месяц', 5000, 'USD', 'month'],
  ])('%s', (text, amount, currency, period) => {
    expect(pay(text)[0]).toEqual({ amount, currency, period });
  });

  it('ignores numbers without a currency', () => {
    expect(pay('Возраст 18-25 лет, график 5/2, рост 165 см, дом 12')).toEqual([]);
  });

  it('converts to a month and compares with the reference table', () => {
    const [hourly] = findPay(normalize('$25/hr').norm);
    expect(hourly && monthly(hourly, ref)).toBe(25 * ref.hours_per_month);
    const [low] = findPay(normalize('60 000 руб').norm);
    const [high] = findPay(normalize('400 000 руб').norm);
    expect(low && isFarAbove(low, ref)).toBe(false);
    expect(high && isFarAbove(high, ref)).toBe(true);
  });

  it('has a documented reference table with sources and a date', () => {
    expect(ref.updated).toMatch(/^\d{4}-\d{2}/);
    for (const r of ref.references) expect(r.sources.length).toBeGreaterThan(0);
    expect(new Set(ref.references.map((r) => r.currency))).toEqual(new Set(['RUB', 'USD', 'EUR']));
  });
});

describe('high pay for unskilled work', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await inlineAnalyzer({
      'patterns/ru/t.yaml': rule({ id: 'ru.too-good.easy', strength: 'weak', match: ['лёгкий работа'] }),
    });
  });
  const high = async (ad: { text: string; salary?: string }) =>
    (await analyzer.analyze(ad)).findings.find((f) => f.rule === 'engine.high-pay-unskilled');

  it('flags pay far above the reference only when the job asks for no skills', async () => {
    const f = await high({ text: 'Официантки без опыта, зарплата от 6000$ в месяц.' });
    expect(f).toMatchObject({ evidence: '6000$', category: 'high-pay-unskilled' });
    expect(await high({ text: 'Инженер-программист, зарплата от 6000$ в месяц.' })).toBeUndefined();
    expect(await high({ text: 'Лёгкая работа, 500 000 руб в месяц' })).toBeDefined();
  });

  it('does not flag ordinary pay for "no experience" jobs', async () => {
    expect(await high({ text: 'Кассир без опыта, обучим. Зарплата 55 000 руб.' })).toBeUndefined();
    expect(await high({ text: 'No experience needed, $16/hr.' })).toBeUndefined();
  });

  it('reads the salary field, with offsets into it', async () => {
    const f = await high({ text: 'Работа без опыта.', salary: 'от 70 до 100 $ в час' });
    expect(f).toMatchObject({ field: 'salary', start: 3, end: 14, evidence: '70 до 100 $' });
  });
});
