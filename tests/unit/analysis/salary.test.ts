import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../../src/analysis/normalize';
import { SalaryReferenceSchema as ReExported } from '../../../src/analysis/pattern-schema';
import {
  compileSalary,
  CURRENCIES,
  SalaryReferenceSchema,
  SalarySourceSchema,
} from '../../../src/analysis/salary-schema';
import { findPay, isFarAbove, monthly, referenceFor, type Pay } from '../../../src/analysis/salary';
import type { Analyzer } from '../../../src/analysis/index';
import { MAX_MS_PER_MEGABYTE, ONE_MB } from '../robustness/limits';
import { compileCatalogue, PatternBuildError } from '../../../scripts/lib/compile-catalogue';
import { inlineAnalyzer, ROOT, rule, sourcesWith } from './helpers';
import { CHECKED_LANGS, LANGUAGES } from '../../../src/languages/table';

const yamlText = readFileSync(path.join(ROOT, 'patterns/salary-reference.yaml'), 'utf8');
const source = SalarySourceSchema.parse(parse(yamlText));
const ref = compileSalary(source);

const all = (text: string, defaultCurrency: 'RUB' | 'UAH' = 'RUB') =>
  findPay(normalize(text).norm, { defaultCurrency });
const first = (text: string) => all(text)[0];
const ru = { countries: [] as string[], defaultCountry: 'RU' };

describe('salary parsing: amounts, ranges, currencies and periods', () => {
  // [text, min, max, currency, period]
  const CASES: Array<[string, number, number, Pay['currency'], Pay['period']]> = [
    // Russian
    ['от 150 000 руб.', 150000, 150000, 'RUB', 'month'],
    ['150 т.р.', 150000, 150000, 'RUB', 'month'],
    ['зп 150к', 150000, 150000, 'RUB', 'month'],
    ['от 80к', 80000, 80000, 'RUB', 'month'],
    ['80-120 тыс. руб.', 80000, 120000, 'RUB', 'month'],
    ['220000-450000 RUR', 220000, 450000, 'RUB', 'month'],
    ['3500 ₽ за смену', 3500, 3500, 'RUB', 'shift'],
    ['в день 4000 руб', 4000, 4000, 'RUB', 'day'],
    ['350 ₽/час', 350, 350, 'RUB', 'hour'],
    ['4 000–6 000 ₽ в день', 4000, 6000, 'RUB', 'day'],
    ['120 000 рублей за вахту', 120000, 120000, 'RUB', 'season'],
    ['1 200 000 руб. в год', 1200000, 1200000, 'RUB', 'year'],
    ['около 150 тыс. руб.', 150000, 150000, 'RUB', 'month'],
    ['з/п 3000$', 3000, 3000, 'USD', 'month'],
    ['от 70 до 100 $ в час', 70, 100, 'USD', 'hour'],
    ['5000 долл. в месяц', 5000, 5000, 'USD', 'month'],
    ['3–5к$/мес', 3000, 5000, 'USD', 'month'],
    ['1.5–2k$', 1500, 2000, 'USD', 'month'],
    ['1500$+', 1500, 1500, 'USD', 'month'],
    ['зарплата 5000 долларов в неделю', 5000, 5000, 'USD', 'week'],
    ['500 баксов за ночь', 500, 500, 'USD', 'night'],
    ['2–4 тыс. €', 2000, 4000, 'EUR', 'month'],
    ['1 500 евро в месяц', 1500, 1500, 'EUR', 'month'],
    ['от 2000 € +чаевые', 2000, 2000, 'EUR', 'month'],
    ['~3000 евро', 3000, 3000, 'EUR', 'month'],
    ['12 € в час', 12, 12, 'EUR', 'hour'],
    ['6000 € за сезон', 6000, 6000, 'EUR', 'season'],
    ['2000 фунтов в месяц', 2000, 2000, 'GBP', 'month'],
    ['300 000 иен', 300000, 300000, 'JPY', 'month'],
    ['2,5 млн вон', 2500000, 2500000, 'KRW', 'month'],
    ['3 тыс. дирхам', 3000, 3000, 'AED', 'month'],
    ['15 000 дирхамов в месяц', 15000, 15000, 'AED', 'month'],
    ['40 000 лир', 40000, 40000, 'TRY', 'month'],
    ['6000 злотых', 6000, 6000, 'PLN', 'month'],
    ['35 000 чешских крон', 35000, 35000, 'CZK', 'month'],
    ['300 000 тенге', 300000, 300000, 'KZT', 'month'],
    ['8000 шекелей', 8000, 8000, 'ILS', 'month'],
    ['10 000 юаней', 10000, 10000, 'CNY', 'month'],
    ['30 000 батов', 30000, 30000, 'THB', 'month'],
    ['5000 саудовских риалов', 5000, 5000, 'SAR', 'month'],
    ['4000 катарских риалов', 4000, 4000, 'QAR', 'month'],
    ['2000 белорусских рублей', 2000, 2000, 'BYN', 'month'],
    ['8 млн сум', 8000000, 8000000, 'UZS', 'month'],
    ['60 000 сомов', 60000, 60000, 'KGS', 'month'],
    ['3000 сомони', 3000, 3000, 'TJS', 'month'],
    ['2500 лари', 2500, 2500, 'GEL', 'month'],
    ['15 000 леев', 15000, 15000, 'MDL', 'month'],
    ['5000 швейцарских франков', 5000, 5000, 'CHF', 'month'],
    ['4000 канадских долларов', 4000, 4000, 'CAD', 'month'],
    ['5000 австралийских долларов', 5000, 5000, 'AUD', 'month'],
    ['4500 новозеландских долларов', 4500, 4500, 'NZD', 'month'],
    ['30 000 шведских крон', 30000, 30000, 'SEK', 'month'],
    ['35 000 норвежских крон', 35000, 35000, 'NOK', 'month'],
    ['25 000 датских крон', 25000, 25000, 'DKK', 'month'],
    ['400 000 форинтов', 400000, 400000, 'HUF', 'month'],
    ['4000 румынских лей', 4000, 4000, 'RON', 'month'],
    ['2000 лв.', 2000, 2000, 'BGN', 'month'],
    ['2600 ринггитов', 2600, 2600, 'MYR', 'month'],
    // Ukrainian
    ['від 25 000 грн', 25000, 25000, 'UAH', 'month'],
    ['18 000 грн + % від продажів', 18000, 18000, 'UAH', 'month'],
    ['900 грн/зміна', 900, 900, 'UAH', 'shift'],
    ['1 200 грн/день', 1200, 1200, 'UAH', 'day'],
    ['30–45 тис. грн', 30000, 45000, 'UAH', 'month'],
    ['близько 20 000 гривень на місяць', 20000, 20000, 'UAH', 'month'],
    ['29 zł/год', 29, 29, 'PLN', 'hour'],
    ['2 500–3 000 zł', 2500, 3000, 'PLN', 'month'],
    ['1500 доларів на місяць', 1500, 1500, 'USD', 'month'],
    ['2000 євро за тиждень', 2000, 2000, 'EUR', 'week'],
    ['до 8000 € за 2 місяці', 8000, 8000, 'EUR', 'month'],
    ['600 € за ніч', 600, 600, 'EUR', 'night'],
    ['100 000 тенге на місяць', 100000, 100000, 'KZT', 'month'],
    ['3000 шекелів', 3000, 3000, 'ILS', 'month'],
    // English
    ['$3000/month', 3000, 3000, 'USD', 'month'],
    ['$25/hr', 25, 25, 'USD', 'hour'],
    ['$1,500 a week', 1500, 1500, 'USD', 'week'],
    ['$1,800–2,600', 1800, 2600, 'USD', 'month'],
    ['$1,800–$2,600 per month', 1800, 2600, 'USD', 'month'],
    ['$42–51/hr + night differential', 42, 51, 'USD', 'hour'],
    ['up to $5,000 a week', 5000, 5000, 'USD', 'week'],
    ['$60,000 a year', 60000, 60000, 'USD', 'year'],
    ['US$2,500/month', 2500, 2500, 'USD', 'month'],
    ['2000 € per month', 2000, 2000, 'EUR', 'month'],
    ['€2,400–2,800/month', 2400, 2800, 'EUR', 'month'],
    ['£15.50/hr', 15.5, 15.5, 'GBP', 'hour'],
    ['£450 per week', 450, 450, 'GBP', 'week'],
    ['¥250,000/month', 250000, 250000, 'JPY', 'month'],
    ['₩2,500,000 per month', 2500000, 2500000, 'KRW', 'month'],
    ['AED 4,000 per month', 4000, 4000, 'AED', 'month'],
    ['5,000 dirhams a month', 5000, 5000, 'AED', 'month'],
    ['₺30,000 monthly', 30000, 30000, 'TRY', 'month'],
    ['PLN 5,000 gross', 5000, 5000, 'PLN', 'month'],
    ['CZK 40,000', 40000, 40000, 'CZK', 'month'],
    ['₴20,000', 20000, 20000, 'UAH', 'month'],
    ['₸300,000', 300000, 300000, 'KZT', 'month'],
    ['₪40 per hour', 40, 40, 'ILS', 'hour'],
    ['CAD 18/hr', 18, 18, 'CAD', 'hour'],
    ['C$22 an hour', 22, 22, 'CAD', 'hour'],
    ['A$30 per hour', 30, 30, 'AUD', 'hour'],
    ['NZ$25/hr', 25, 25, 'NZD', 'hour'],
    ['NOK 35,000–50,000/month', 35000, 50000, 'NOK', 'month'],
    ['SEK 28,000 per month', 28000, 28000, 'SEK', 'month'],
    ['DKK 150 per hour', 150, 150, 'DKK', 'hour'],
    ['CHF 4,500 per month', 4500, 4500, 'CHF', 'month'],
    ['HUF 400,000', 400000, 400000, 'HUF', 'month'],
    ['RON 5,000', 5000, 5000, 'RON', 'month'],
    ['BGN 2,000', 2000, 2000, 'BGN', 'month'],
    ['RM 2,500 per month', 2500, 2500, 'MYR', 'month'],
    ['SAR 4,000 monthly', 4000, 4000, 'SAR', 'month'],
    ['QAR 3,000', 3000, 3000, 'QAR', 'month'],
    ['GEL 1,500', 1500, 1500, 'GEL', 'month'],
    ['MDL 12,000', 12000, 12000, 'MDL', 'month'],
    ['BYN 2,000', 2000, 2000, 'BYN', 'month'],
    ['UZS 6,000,000', 6000000, 6000000, 'UZS', 'month'],
    ['KGS 40,000', 40000, 40000, 'KGS', 'month'],
    ['TJS 3,000', 3000, 3000, 'TJS', 'month'],
    ['THB 20,000 per month', 20000, 20000, 'THB', 'month'],
    ['CNY 8,000 per month', 8000, 8000, 'CNY', 'month'],
    ['1.500 € brutto', 1500, 1500, 'EUR', 'month'],
    ['$200 per shift', 200, 200, 'USD', 'shift'],
    ['$150 a day', 150, 150, 'USD', 'day'],
    ['$5,000 for the season', 5000, 5000, 'USD', 'season'],
    ['hourly rate: $25', 25, 25, 'USD', 'hour'],
  ];

  it('covers at least 80 formats and every currency', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CASES.map((c) => c[3]))).toEqual(new Set(CURRENCIES));
  });

  it.each(CASES)('%s', (text, min, max, currency, period) => {
    const pay = all(text);
    expect(pay).toHaveLength(1);
    expect(pay[0]).toMatchObject({ min, max, currency, period, kind: 'pay' });
  });

  it('reads "from", "+", "up to" and approximate amounts', () => {
    expect(first('от 80к')).toMatchObject({ bound: 'from', approx: false });
    expect(first('від 25 000 грн')).toMatchObject({ bound: 'from' });
    expect(first('from $20 an hour')).toMatchObject({ bound: 'from', min: 20, period: 'hour' });
    expect(first('1500$+')).toMatchObject({ bound: 'from' });
    expect(first('от 2000 € +чаевые')).toMatchObject({ bound: 'from' });
    expect(first('3000 € и выше')).toMatchObject({ bound: 'from' });
    expect(first('до 5000$ в месяц')).toMatchObject({ bound: 'upto', min: 5000 });
    expect(first('up to $5,000 a week')).toMatchObject({ bound: 'upto' });
    expect(first('~3000 евро')).toMatchObject({ approx: true });
    // "от", "с", "з", "до" are words of their own: "в час 22 $" is no "с 22 $", "за раз" no "з".
    expect(first('в час 22 $')?.bound).toBeUndefined();
    expect(all('Оплата за раз 3000 грн', 'UAH')[0]?.bound).toBeUndefined();
    expect(first('около 150 тыс. руб.')).toMatchObject({ approx: true });
    expect(first('близько 20 000 грн')).toMatchObject({ approx: true });
    expect(first('around $4,000')).toMatchObject({ approx: true });
    expect(first('80-120 тыс. руб.')?.bound).toBeUndefined();
  });

  it('gives offsets of the whole expression in the normalized text', () => {
    const { norm } = normalize('Зарплата: $1,800–2,600 в месяц, без опыта.');
    const [p] = findPay(norm);
    expect(p && norm.slice(p.start, p.end)).toBe('$1,800–2,600');
  });

  it('uses the default currency only for thousands words without a currency', () => {
    expect(all('Зарплата 30–45 тис.', 'UAH')[0]).toMatchObject({ min: 30000, max: 45000, currency: 'UAH' });
    expect(all('Доход от 200 тыс.')[0]).toMatchObject({ min: 200000, currency: 'RUB', bound: 'from' });
    expect(findPay(normalize('зп 150к').norm)).toEqual([]);
    // Without a pay word or "от"/"до" before it, a thousands word is not money.
    expect(all('Уже 500 тыс. просмотров, 20 тыс. подписчиков')).toEqual([]);
  });

  it('ignores numbers without a currency', () => {
    expect(all('Возраст 18-25 лет, график 5/2, рост 165 см, дом 12, с 9 до 18')).toEqual([]);
    expect(all('Age 18-25, 5 days a week, 40 hours, call +7 999 123-45-67')).toEqual([]);
    expect(all('20 год/тиж, 2/2, 12 годин')).toEqual([]);
  });

  it('does not read a currency word inside another word', () => {
    expect(all('150 рубежей, 20 лирик, 30 тенденций, 5 сумок')).toEqual([]);
  });
});

describe('salary parsing: a currency symbol after a number with spaces in it', () => {
  // [text, min, max, currency, period, bound]: every symbol written after the amount, with ranges,
  // "от"/"від"/"from", "+", thousands words and periods written after and before the amount.
  const AFTER: Array<[string, number, number, Pay['currency'], Pay['period'], Pay['bound']]> = [
    ['2 500 $', 2500, 2500, 'USD', 'month', undefined],
    ['1 800–2 600 €', 1800, 2600, 'EUR', 'month', undefined],
    ['30 000 ₴', 30000, 30000, 'UAH', 'month', undefined],
    ['3 200 £ в месяц', 3200, 3200, 'GBP', 'month', undefined],
    ['280 000 ¥ в месяц', 280000, 280000, 'JPY', 'month', undefined],
    ['2 700 000 ₩', 2700000, 2700000, 'KRW', 'month', undefined],
    ['320 000 ₸ на місяць', 320000, 320000, 'KZT', 'month', undefined],
    ['95 000 ₽ в месяц', 95000, 95000, 'RUB', 'month', undefined],
    ['11 500 ₪', 11500, 11500, 'ILS', 'month', undefined],
    ['42 000 ₺ aylık', 42000, 42000, 'TRY', 'month', undefined],
    ['6 300 zł', 6300, 6300, 'PLN', 'month', undefined],
    // A thin or no-break space inside the number, as typesetting writes it.
    ['2\u202f400\u00a0€', 2400, 2400, 'EUR', 'month', undefined],
    // Ranges: a dash, "до", a currency after each end.
    ['1 700 – 2 300 $ в месяц', 1700, 2300, 'USD', 'month', undefined],
    ['1 900 € – 2 400 €', 1900, 2400, 'EUR', 'month', undefined],
    ['от 1 600 € до 2 100 €', 1600, 2100, 'EUR', 'month', undefined],
    ['від 28 000 до 35 000 ₴', 28000, 35000, 'UAH', 'month', undefined],
    ['2 тыс. € – 3 тыс. €', 2000, 3000, 'EUR', 'month', undefined],
    // "от", "+", "и выше", thousands words.
    ['от 2 200 $', 2200, 2200, 'USD', 'month', 'from'],
    ['від 26 000 ₴ на місяць', 26000, 26000, 'UAH', 'month', 'from'],
    ['1 400 $+', 1400, 1400, 'USD', 'month', 'from'],
    ['1 900 € + чаевые', 1900, 1900, 'EUR', 'month', 'from'],
    ['2 600 $ и выше', 2600, 2600, 'USD', 'month', 'from'],
    ['до 4 000 $', 4000, 4000, 'USD', 'month', 'upto'],
    ['2,5 тыс $', 2500, 2500, 'USD', 'month', undefined],
    ['3к $ в месяц', 3000, 3000, 'USD', 'month', undefined],
    ['4k € per month', 4000, 4000, 'EUR', 'month', undefined],
    ['3 тис. $', 3000, 3000, 'USD', 'month', undefined],
    // Periods after the amount: words, slashes, adverbs.
    ['18 $ в час', 18, 18, 'USD', 'hour', undefined],
    ['16 €/час', 16, 16, 'EUR', 'hour', undefined],
    ['35 zł/godz', 35, 35, 'PLN', 'hour', undefined],
    ['180 € за ночь', 180, 180, 'EUR', 'night', undefined],
    ['450 $ за вечер', 450, 450, 'USD', 'night', undefined],
    ['90 £ за зміну', 90, 90, 'GBP', 'shift', undefined],
    ['3 200 ₽ за выход', 3200, 3200, 'RUB', 'shift', undefined],
    ['120 $ в сутки', 120, 120, 'USD', 'day', undefined],
    ['700 € в неделю', 700, 700, 'EUR', 'week', undefined],
    ['1 100 $ еженедельно', 1100, 1100, 'USD', 'week', undefined],
    ['1 300 zł tygodniowo', 1300, 1300, 'PLN', 'week', undefined],
    ['1 500 € на тиждень', 1500, 1500, 'EUR', 'week', undefined],
    ['27 000 ₴ щомісяця', 27000, 27000, 'UAH', 'month', undefined],
    ['5 200 zł/mies', 5200, 5200, 'PLN', 'month', undefined],
    // Periods before the amount.
    ['в час 22 $', 22, 22, 'USD', 'hour', undefined],
    ['за ночь 300 $', 300, 300, 'USD', 'night', undefined],
    ['за зміну: 1 100 ₴', 1100, 1100, 'UAH', 'shift', undefined],
    ['в неделю — 800 €', 800, 800, 'EUR', 'week', undefined],
    ['Почасовая оплата 19 €', 19, 19, 'EUR', 'hour', undefined],
    ['Еженедельно 650 $', 650, 650, 'USD', 'week', undefined],
    // An apostrophe between digit groups (Swiss style).
    ["CHF 4'800", 4800, 4800, 'CHF', 'month', undefined],
    ['2’900 € в месяц', 2900, 2900, 'EUR', 'month', undefined],
  ];

  it.each(AFTER)('%s', (text, min, max, currency, period, bound) => {
    const pay = all(text);
    expect(pay).toHaveLength(1);
    expect(pay[0]).toMatchObject({ min, max, currency, period, kind: 'pay' });
    expect(pay[0]?.bound).toBe(bound);
  });

  it('reads two amounts, not a range, when the second is smaller or in another currency', () => {
    expect(all('Зарплата 1 600 € – 250 € за жильё').map((p) => [p.min, p.max, p.kind])).toEqual([
      [1600, 1600, 'pay'],
      [250, 250, 'cost'],
    ]);
    expect(all('500 $ — 200 €').map((p) => [p.min, p.currency])).toEqual([
      [500, 'USD'],
      [200, 'EUR'],
    ]);
    expect(all('1 500 € - 2 месяца')).toMatchObject([{ min: 1500, max: 1500, period: 'month' }]);
  });

  it('quotes the whole range with both currencies', () => {
    const { norm } = normalize('Доход 1 900 € – 2 400 € в месяц');
    const [p] = findPay(norm);
    expect(p && norm.slice(p.start, p.end)).toBe('1900 € – 2400 €');
  });
});

describe('salary parsing: costs to the worker are not pay', () => {
  const COSTS: string[] = [
    'Расходы на рабочую визу и полис — за счёт соискателя, 450 €',
    'pay a $300 processing fee',
    'вычитается 200 € за жильё',
    'Для приглашения нужно перевести 450 € на карту нашего менеджера',
    'Стоимость оформления 30 000 ₽, оплата наличными в офисе',
    'Оплата наших услуг — 350 € наличными при встрече',
    'Обязательное обучение — 3500 ₽',
    'Housing €250/month deducted from wages',
    '$150 deposit per person',
    'A registration fee of $200 is required',
    'Послуги — 3000 грн після отримання візи',
    'Житло в таборі, харчування 600 € за сезон',
    'Залог за форму 5000 руб.',
    'Комиссия агентства 500 $',
    'Visa $500',
    'You pay $1,200 for the work permit',
    'Штраф 1000 руб. за опоздание',
    'Внесок за оформлення 200 €',
    'Агентский сбор 300 $',
    'Сервісний збір 2000 грн',
  ];

  it.each(COSTS)('%s', (text) => {
    const pay = all(text);
    expect(pay.length).toBeGreaterThan(0);
    for (const p of pay) expect(p.kind).toBe('cost');
  });

  it('keeps pay and cost apart in one text', () => {
    const pay = all('Зарплата 2000 €, из неё вычитается 200 € за жильё.');
    expect(pay.map((p) => [p.min, p.kind])).toEqual([
      [2000, 'pay'],
      [200, 'cost'],
    ]);
    const en = all('Salary $3,000 a month. Processing fee $450, paid before departure.');
    expect(en.map((p) => [p.min, p.kind])).toEqual([
      [3000, 'pay'],
      [450, 'cost'],
    ]);
  });

  it('reads pay as pay next to things the employer pays for or that are free', () => {
    for (const text of [
      'Проживание бесплатное, зарплата 2000 €',
      'Accommodation included, $3000 a month',
      'No placement fee, $3000/month',
      'Виза и билеты за наш счёт, 1500 € в месяц',
      'Visa and flight paid, $2,500/month',
      '1 200–1 600 $ + сервисный сбор',
      'Без комиссий, 40 000 руб. в месяц',
      'Збір ягід у Фінляндії за 2 місяці до 8000 €',
      'Сбор клубники, £12,21/час',
      'Must be able to lift 50 pounds. Pay range: $18–22 per hour',
      'Starting pay at $12 per hour',
      'We never charge candidates. $2,600 or more a month',
    ]) {
      const [p] = all(text);
      expect(p?.kind, text).toBe('pay');
    }
  });

  it('never compares a cost with the reference', () => {
    const [fee] = all('pay a $30,000 processing fee');
    expect(fee && isFarAbove(fee, ref, { countries: ['US'], defaultCountry: 'US' })).toBe(false);
  });
});

describe('salary reference: which row applies', () => {
  const pay = (text: string) => first(text) as Pay;

  it('ordinary US hourly pay is not far above', () => {
    expect(
      isFarAbove(pay('Cleaner, no experience required. $20 an hour'), ref, {
        countries: [],
        defaultCountry: 'US',
      }),
    ).toBe(false);
    expect(isFarAbove(pay('$20 an hour'), ref, { countries: ['US'], defaultCountry: 'US' })).toBe(false);
    expect(
      isFarAbove(pay('No experience needed, $16/hr.'), ref, { countries: [], defaultCountry: 'US' }),
    ).toBe(false);
    expect(isFarAbove(pay('$60 an hour'), ref, { countries: [], defaultCountry: 'US' })).toBe(true);
  });

  it('$3000 a month for waitresses in Dubai is far above', () => {
    const p = pay('$3000 a month for waitresses in Dubai, no experience');
    expect(referenceFor(p, ref, { countries: ['AE'], defaultCountry: 'US' })).toMatchObject({
      by: 'named-country',
      row: { country: 'AE' },
    });
    expect(isFarAbove(p, ref, { countries: ['AE'], defaultCountry: 'US' })).toBe(true);
    // The same pay for work in the US is ordinary.
    expect(isFarAbove(p, ref, { countries: ['US'], defaultCountry: 'US' })).toBe(false);
  });

  it('"от 150 000 руб. разнорабочий" in Russia is not far above', () => {
    const p = pay('от 150 000 руб. разнорабочий');
    expect(isFarAbove(p, ref, ru)).toBe(false);
    expect(isFarAbove(p, ref, { countries: ['RU'], defaultCountry: 'RU' })).toBe(false);
    expect(isFarAbove(pay('от 400 000 руб., лёгкая работа'), ref, ru)).toBe(true);
  });

  it('"зарплата 5000$ официантки в Турцию без опыта" is far above', () => {
    const p = pay('зарплата 5000$ официантки в Турцию без опыта');
    expect(referenceFor(p, ref, { countries: ['TR'], defaultCountry: 'RU' })).toMatchObject({
      row: { country: 'TR' },
    });
    expect(isFarAbove(p, ref, { countries: ['TR'], defaultCountry: 'RU' })).toBe(true);
  });

  it('prefers a named country in the pay currency, then the highest named reference', () => {
    // Pay in złoty, from Ukraine to Poland: the Polish row.
    const pln = pay('6000 злотых, из Украины в Польшу');
    expect(referenceFor(pln, ref, { countries: ['UA', 'PL'], defaultCountry: 'UA' })?.row.country).toBe('PL');
    // Dollars for Korea, recruiting in Uzbekistan: the higher (Korean) reference applies.
    const usd = pay('$2,500 per month');
    expect(referenceFor(usd, ref, { countries: ['UZ', 'KR'], defaultCountry: 'RU' })?.row.country).toBe('KR');
    expect(isFarAbove(usd, ref, { countries: ['UZ', 'KR'], defaultCountry: 'RU' })).toBe(false);
    // Alone, Uzbekistan's reference makes $2,500 far above.
    expect(isFarAbove(usd, ref, { countries: ['UZ'], defaultCountry: 'RU' })).toBe(true);
  });

  it('without a named country, uses the currency home, then the reader country', () => {
    expect(referenceFor(pay('3000 €'), ref, ru)).toMatchObject({
      by: 'currency-home',
      row: { country: 'DE' },
    });
    expect(referenceFor(pay('300 000 тенге'), ref, ru)).toMatchObject({ row: { country: 'KZ' } });
    expect(referenceFor(pay('5000 швейцарских франков'), ref, ru)).toMatchObject({
      by: 'reader-country',
      row: { country: 'RU' },
    });
    expect(
      referenceFor(pay('300 000 тенге'), ref, { countries: ['XX'], defaultCountry: 'RU' })?.row.country,
    ).toBe('KZ');
  });

  it('converts hourly pay with the hourly reference, other periods to a month', () => {
    const hour = pay('£30 an hour');
    expect(referenceFor(hour, ref, { countries: ['GB'], defaultCountry: 'US' })).toMatchObject({
      per: 'hour',
    });
    expect(isFarAbove(hour, ref, { countries: ['GB'], defaultCountry: 'US' })).toBe(false);
    expect(isFarAbove(pay('£45 an hour'), ref, { countries: ['GB'], defaultCountry: 'US' })).toBe(true);
    expect(monthly(pay('3500 ₽ за смену'), ref)).toBe(3500 * ref.days_per_month);
    expect(monthly(pay('$1,500 a week'), ref)).toBe(1500 * ref.weeks_per_month);
    expect(monthly(pay('$60,000 a year'), ref)).toBe(5000);
    expect(monthly(pay('6000 € за сезон'), ref)).toBe(6000 / ref.months_per_season);
    expect(monthly(pay('до 8000 € за 2 місяці'), ref)).toBe(4000);
    expect(monthly(pay('80-120 тыс. руб.'), ref)).toBe(80000);
  });

  it('compares a range by its lower end', () => {
    const p = pay('150–500 тыс. руб.');
    expect(p).toMatchObject({ min: 150000, max: 500000 });
    expect(isFarAbove(p, ref, ru)).toBe(false);
  });
});

describe('salary reference table', () => {
  const REQUIRED = [
    'RU',
    'UA',
    'KZ',
    'UZ',
    'KG',
    'TJ',
    'MD',
    'BY',
    'PL',
    'CZ',
    'DE',
    'NL',
    'FI',
    'IT',
    'ES',
    'GR',
    'CY',
    'TR',
    'AE',
    'SA',
    'QA',
    'IL',
    'KR',
    'JP',
    'CN',
    'TH',
    'MY',
    'KH',
    'US',
    'GB',
    'CA',
    'AU',
  ];

  it('has a row with sources and a date for every required country', () => {
    const rows = new Map(source.countries.map((r) => [r.country, r]));
    for (const c of REQUIRED) {
      const row = rows.get(c);
      expect(row, c).toBeDefined();
      expect(row?.sources.length, c).toBeGreaterThan(0);
      expect(row?.checked, c).toMatch(/^\d{4}-\d{2}/);
      expect(row?.basis.length, c).toBeGreaterThan(20);
    }
  });

  it('has a rate for every currency the parser reads', () => {
    for (const c of CURRENCIES) expect(ref.per_usd[c], c).toBeGreaterThan(0);
  });

  it("has a row for every checked language's reader country, in its currency", () => {
    for (const lang of CHECKED_LANGS) {
      const d = LANGUAGES[lang];
      expect(ref.countries.find((r) => r.country === d.country)?.currency, lang).toBe(d.currency);
    }
  });

  it('fails the build with the file and the reason when a row is bad', async () => {
    const broken = yamlText.replace(/^ {4}currency: TRY$/m, '    currency: TRL');
    expect(broken).not.toBe(yamlText);
    const build = compileCatalogue(
      { ...sourcesWith({}), salary: { file: 'patterns/salary-reference.yaml', text: broken } },
      { checkExamples: false },
    );
    await expect(build).rejects.toBeInstanceOf(PatternBuildError);
    await expect(build).rejects.toThrow(/patterns\/salary-reference\.yaml: .*countries\.\d+\.currency/);
  });

  it('compiles to numbers only: no source address reaches the bundle', () => {
    expect(SalaryReferenceSchema.parse(ref)).toEqual(ref);
    expect(JSON.stringify(ref)).not.toMatch(/https?:|basis|sources/);
    expect(ref.countries).toHaveLength(source.countries.length);
  });

  it('is re-exported from pattern-schema', () => {
    expect(ReExported).toBe(SalaryReferenceSchema);
  });

  it('rejects a table with a bad row, a home without a row, or a currency without a rate', () => {
    const data = parse(yamlText) as {
      countries: Array<Record<string, unknown>>;
      home: Record<string, string>;
    };
    const bad = structuredClone(data);
    (bad.countries[0] as Record<string, unknown>).country = 'Russia';
    expect(SalarySourceSchema.safeParse(bad).success).toBe(false);
    const noRow = structuredClone(data);
    noRow.home.CHF = 'CH';
    expect(SalarySourceSchema.safeParse(noRow).success).toBe(false);
    const dup = structuredClone(data);
    dup.countries.push(structuredClone(dup.countries[0] as Record<string, unknown>));
    expect(SalarySourceSchema.safeParse(dup).success).toBe(false);
  });
});

describe('salary parsing on long and hostile inputs', () => {
  const fill = (unit: string, size = ONE_MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

  it.each([
    ['amounts with currencies', '$1,800–2,600 в месяц, 3500 ₽ за смену, '],
    ['amounts next to cost cues', 'залог 500 € за жильё, fee $300, '],
    ['digits and separators', '1,800.2,600-3 000–4.000 до 5 '],
    ['currency words without amounts', 'руб грн zł € $ тенге злотых '],
    ['ranges without an end', '100- 200- 300- 400- '],
  ])(
    '%s: 1 MB finishes in time with offsets inside the text',
    (_name, unit) => {
      const { norm } = normalize(fill(unit));
      const t0 = performance.now();
      const pay = findPay(norm, { defaultCurrency: 'RUB' });
      const ms = performance.now() - t0;
      for (const p of pay.slice(0, 1000)) {
        expect(p.start).toBeGreaterThanOrEqual(0);
        expect(p.end).toBeLessThanOrEqual(norm.length);
      }
      expect(ms).toBeLessThan(MAX_MS_PER_MEGABYTE);
    },
    60_000,
  );

  it('on any mix of money fragments: never throws, sane amounts, offsets on the amount', () => {
    const fragment = fc.constantFrom(
      '1500',
      '1,800',
      '2.5',
      'к',
      'тыс.',
      'млн',
      '$',
      '€',
      'руб',
      'грн',
      'zł',
      'aed',
      '–',
      '-',
      'до',
      'от',
      '+',
      ' ',
      ' ',
      '/мес',
      ' в час',
      ' за смену',
      'fee',
      'залог',
      'зарплата',
      ',',
      '\n',
      'abc',
      'ы',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const { norm } = normalize(parts.join(''));
        for (const p of findPay(norm, { defaultCurrency: 'RUB' })) {
          expect(p.min).toBeGreaterThan(0);
          expect(p.max).toBeGreaterThanOrEqual(p.min);
          expect(p.start).toBeLessThan(p.end);
          expect(p.end).toBeLessThanOrEqual(norm.length);
          expect(norm.slice(p.start, p.end)).toMatch(/\d/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('high pay for unskilled work (engine)', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await inlineAnalyzer({
      'patterns/ru/t.yaml': rule({ id: 'ru.too-good.easy', strength: 'weak', match: ['лёгкий работа'] }),
    });
  });
  const high = async (ad: { text: string; salary?: string }) =>
    (await analyzer.analyze(ad)).findings.find((f) => f.rule === 'engine.high-pay-unskilled');

  it('flags pay far above the reference only when the job asks for no skills', async () => {
    // Dollars without a named country are compared with the US (the currency's home).
    const f = await high({ text: 'Официантки без опыта, зарплата от 9000$ в месяц.' });
    expect(f).toMatchObject({ evidence: '9000$', category: 'high-pay-unskilled' });
    expect(await high({ text: 'Инженер-программист, зарплата от 9000$ в месяц.' })).toBeUndefined();
    expect(await high({ text: 'Лёгкая работа, 500 000 руб в месяц' })).toBeDefined();
  });

  it('does not flag ordinary pay for "no experience" jobs', async () => {
    expect(await high({ text: 'Кассир без опыта, обучим. Зарплата 55 000 руб.' })).toBeUndefined();
    expect(await high({ text: 'Разнорабочий, опыт не требуется, от 150 000 руб.' })).toBeUndefined();
    expect(await high({ text: 'No experience needed, $16/hr.' })).toBeUndefined();
    expect(await high({ text: 'Cleaner, no experience required. $20 an hour' })).toBeUndefined();
  });

  it('does not read a fee as the pay', async () => {
    expect(
      await high({ text: 'Работа без опыта. Оформление визы — за счёт соискателя, 900 000 руб.' }),
    ).toBeUndefined();
  });

  it('reads the pay of an ad typed in Latin letters in its language (period, country, who pays)', async () => {
    const text = 'Rabota dlya devushek v Dubae, bez opyta, oplata 300 $ za noch, pishite';
    const f = await high({ text });
    expect(f).toMatchObject({ evidence: '300 $' });
    // The same pay per month is ordinary in Dubai: the period decides.
    expect(await high({ text: text.replace('za noch', 'v mesyac') })).toBeUndefined();
  });

  it('reads the salary field, with offsets into it', async () => {
    const f = await high({ text: 'Работа без опыта.', salary: 'от 700 до 1000 $ в час' });
    expect(f).toMatchObject({ field: 'salary', start: 3, end: 16, evidence: '700 до 1000 $' });
  });
});
