import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../src/analysis/index';
import type { Assessment } from '../../../src/analysis/types';
import { inlineAnalyzer, rule } from './helpers';

let analyzer: Analyzer;
const rules = (a: Assessment) => a.findings.map((f) => f.rule).sort();

beforeAll(async () => {
  analyzer = await inlineAnalyzer({
    'patterns/ru/test.yaml': [
      rule({ id: 'ru.targeted-appearance.waitress', strength: 'medium', match: ['официантка|танцовщица'] }),
      rule({
        id: 'ru.irregular-visa.tourist',
        strength: 'strong',
        match: ['туристический|гостевой виза'],
        unless: ['рабочий виза'],
      }),
      rule({
        id: 'ru.expenses-paid.travel',
        strength: 'medium',
        match: ['оплат*|оплач* ~2 перелет|проезд|билет'],
      }),
      rule({ id: 'ru.too-good.no-experience', strength: 'weak', match: ['=без опыт', 'опыт ~1 =не =нужен'] }),
      rule({
        id: 'ru.expenses-paid.housing',
        strength: 'medium',
        match: ['проживание предоставлять|бесплатный'],
      }),
      rule({ id: 'ru.work-abroad.turkey', strength: 'weak', match: ['турция'] }),
      rule({
        id: 'ru.upfront-fee.pay-fee',
        strength: 'strong',
        match: ['оплат*|оплач*|брать ~2 услуга|трудоустройство|регистрация'],
      }),
      rule({
        id: 'ru.envelope-wages.salary',
        strength: 'medium',
        match: ['зарплата|=з/п|=зп ~2 =в =конверте'],
      }),
    ].join(''),
    'patterns/en/test.yaml': [
      rule({ id: 'en.targeted-appearance.hostess', strength: 'medium', match: ['hostess|dancer'] }),
      rule({ id: 'en.upfront-fee.fee', strength: 'strong', match: ['pay ~2 fee|deposit'] }),
      rule({ id: 'en.document-retention.passport', strength: 'strong', match: ['keep ~2 passport'] }),
    ].join(''),
  });
});

const ru = (text: string, extra: object = {}) => analyzer.analyze({ text, lang: 'ru', ...extra });
const en = (text: string, extra: object = {}) => analyzer.analyze({ text, lang: 'en', ...extra });

describe('Russian works like Russian', () => {
  it.each([
    ['Требуются официантки', 'ru.targeted-appearance.waitress'],
    ['Набираем официанток в кафе', 'ru.targeted-appearance.waitress'],
    ['Работа официантками и танцовщицами', 'ru.targeted-appearance.waitress'],
    ['Оформим туристическую визу', 'ru.irregular-visa.tourist'],
    ['Оплатим перелёт', 'ru.expenses-paid.travel'],
    ['Перелет оплачивается. Оплата проезда', 'ru.expenses-paid.travel'],
    ['Едем по гостевой визе', 'ru.irregular-visa.tourist'],
  ])('%s -> %s', async (text, id) => {
    expect(rules(await ru(text))).toContain(id);
  });

  it('folds ё/е and Latin look-alike letters inside Cyrillic words', async () => {
    expect(rules(await ru('Оплатим перелет'))).toContain('ru.expenses-paid.travel');
    // "oфициантки" with a Latin "o", "визу" with a Latin "y"
    const a = await ru('Нужны oфициантки, оформим туристическую визy');
    expect(rules(a)).toEqual(['ru.irregular-visa.tourist', 'ru.targeted-appearance.waitress']);
    // Evidence is the original text, look-alikes and all.
    expect(a.findings.map((f) => f.evidence)).toContain('oфициантки');
  });

  it('respects `unless` in the same sentence only', async () => {
    expect(rules(await ru('Не туристическая виза, а рабочая виза'))).not.toContain(
      'ru.irregular-visa.tourist',
    );
    expect(rules(await ru('Туристическая виза. Потом рабочая виза'))).toContain('ru.irregular-visa.tourist');
  });
});

describe('negation and warning sentences', () => {
  it('a negator before the match in its clause cancels it', async () => {
    expect(rules(await ru('Мы не берём оплату за услуги трудоустройства'))).not.toContain(
      'ru.upfront-fee.pay-fee',
    );
    expect(rules(await ru('Никакой оплаты за трудоустройство!'))).not.toContain('ru.upfront-fee.pay-fee');
    expect(rules(await en('We do not keep your passport.'))).toEqual([]);
    expect(rules(await en("We won't ask you to pay any fee."))).toEqual([]);
  });

  it('a negator in another clause does not', async () => {
    expect(rules(await ru('Опыт не важен, оплата услуг трудоустройства 5000 руб'))).toContain(
      'ru.upfront-fee.pay-fee',
    );
    expect(rules(await en('No experience, but you pay a fee of $300.'))).toContain('en.upfront-fee.fee');
  });

  it('a sentence that warns does not trigger what it warns against', async () => {
    expect(rules(await ru('Остерегайтесь мошенников, которые берут оплату за трудоустройство.'))).toEqual([]);
    expect(rules(await ru('Если у вас просят оплату за регистрацию — это обман.'))).toEqual([]);
    expect(rules(await en('Beware of recruiters who keep your passport.'))).toEqual([]);
    expect(rules(await en('We will never ask you to pay a fee or deposit.'))).toEqual([]);
    // …but the warning covers its own sentence only.
    const mixed = await en('Beware of scams. Pay the registration fee today.');
    expect(rules(mixed)).toEqual(['en.upfront-fee.fee']);
  });

  it('English uses inflected forms', async () => {
    expect(rules(await en('The agent kept her passport'))).toEqual(['en.document-retention.passport']);
    expect(rules(await en('Hiring Hostesses'))).toEqual(['en.targeted-appearance.hostess']);
    expect(rules(await en('You paid the fee'))).toEqual(['en.upfront-fee.fee']);
  });
});

describe('combinations, not keywords', () => {
  it('one weak signal alone stays none; one medium alone is a caution, never high', async () => {
    expect((await ru('Работа без опыта.')).level).toBe('none');
    expect((await ru('Работа в Турции.')).level).toBe('none');
    expect((await ru('Проживание бесплатное.')).level).toBe('caution');
    expect((await ru('Работа в Турции, проживание бесплатное.')).level).toBe('caution');
  });

  it('one strong signal alone is a caution, never high', async () => {
    const a = await ru('Выезд по туристической визе.');
    expect(a.level).toBe('caution');
  });

  it('ILO combinations are high', async () => {
    expect((await ru('Туристическая виза. Оплатим перелёт.')).level).toBe('high'); // strong + medium
    expect((await ru('Туристическая виза, работа в Турции.')).level).toBe('high'); // strong + context
    expect((await ru('Официантки. Оплатим билет. Зарплата в конверте.')).level).toBe('high'); // 3 medium
    expect((await ru('Официантки без опыта. Оплатим билет.')).level).toBe('high'); // 2 medium + weak
  });

  it('counts a category once, with its strongest finding', async () => {
    // Two medium findings of one category on separate phrases: one medium signal plus corroboration.
    const a = await ru('Оплатим перелёт. Проживание бесплатное.');
    expect(a.findings).toHaveLength(2);
    expect(a.level).toBe('caution');
  });

  it('sensitivity shifts the caution threshold, not the ILO combination', async () => {
    const text = 'Официантки, проживание бесплатное.';
    expect((await analyzer.analyze({ text }, { sensitivity: 'balanced' })).level).toBe('caution');
    expect((await analyzer.analyze({ text }, { sensitivity: 'strong-only' })).level).toBe('none');
    const one = 'Нужны официантки.';
    expect((await analyzer.analyze({ text: one }, { sensitivity: 'balanced' })).level).toBe('caution');
    expect((await analyzer.analyze({ text: one }, { sensitivity: 'strong-only' })).level).toBe('none');
    const weak = 'Работа без опыта.';
    expect((await analyzer.analyze({ text: weak }, { sensitivity: 'balanced' })).level).toBe('none');
    const high = 'Туристическая виза. Оплатим перелёт.';
    expect((await analyzer.analyze({ text: high }, { sensitivity: 'strong-only' })).level).toBe('high');
  });
});

describe('languages', () => {
  it('detects the language per ad and returns no invented findings for unsupported ones', async () => {
    const uk = await analyzer.analyze({ text: 'Робота в Польщі для дівчат, оплатимо переліт і житло' });
    expect(uk).toMatchObject({ lang: 'uk', level: 'none', findings: [] });
    const de = await analyzer.analyze({
      text: 'Arbeit für Mädchen in Österreich, Übernachtung frei, Gehalt hoch',
    });
    expect(de).toMatchObject({ lang: 'de', level: 'none', findings: [] });
    expect((await analyzer.analyze({ text: 'Hostess wanted' })).lang).toBe('en');
    expect((await analyzer.analyze({ text: 'Зарплата от 150 000 руб.' })).lang).toBe('ru');
  });

  it('matches the title too, with offsets into the title', async () => {
    const a = await analyzer.analyze({ title: 'Официантки в Турцию', text: 'Подробности по телефону.' });
    const f = a.findings.find((x) => x.rule === 'ru.targeted-appearance.waitress');
    expect(f).toMatchObject({ field: 'title', start: 0, end: 10, evidence: 'Официантки' });
  });
});

describe('negators inside a match', () => {
  it('cancel a match whose expression has no negator of its own', async () => {
    const a = await inlineAnalyzer({
      'patterns/ru/t.yaml':
        rule({ id: 'ru.debt.deducted', strength: 'strong', match: ['перелет ~5 вычитать'] }) +
        rule({ id: 'ru.too-good.no-exp', strength: 'weak', match: ['опыт ~1 =не =нужен'] }),
    });
    const r = (text: string) => a.analyze({ text }).then((x) => x.findings.map((f) => f.rule));
    expect(await r('Перелет оплачивает работодатель и не вычитает его из зарплаты.')).toEqual([]);
    expect(await r('Перелет оплачиваем, потом вычитаем из зарплаты.')).toEqual(['ru.debt.deducted']);
    expect(await r('Опыт не нужен.')).toEqual(['ru.too-good.no-exp']);
  });
});

describe('compromise on the English path', () => {
  it('runs only on English ads that already have a candidate finding', async () => {
    const { nlpStats } = await import('../../../src/analysis/english-nlp');
    const before = nlpStats.ads;
    await en('Senior accountant, full time, hybrid office in Leeds.');
    await ru('Оплатим перелёт.');
    expect(nlpStats.ads).toBe(before);
    await en('You pay a small fee first.');
    expect(nlpStats.ads).toBe(before + 1);
  });

  it('catches negation the clause rules miss, contractions included', async () => {
    expect(rules(await en("Applicants won't ever pay a fee."))).toEqual([]);
    expect(rules(await en('Nobody will keep your passport.'))).toEqual([]);
  });

  it('folds Cyrillic look-alikes inside English words', async () => {
    // "pаy" and "fее" with Cyrillic а and е
    const a = await en('Please pаy the fее today');
    expect(rules(a)).toEqual(['en.upfront-fee.fee']);
    expect(a.findings[0]?.evidence).toBe('pаy the fее');
  });
});

describe('mixed-script ads', () => {
  it('reads a Russian lure line inside an English ad with the Russian rules', async () => {
    const a = await en(
      'Hostess jobs in a premium lounge, great team and a modern venue in the city centre. ' +
        'Едете по туристической визе, оформим на месте.',
    );
    expect(a.lang).toBe('en');
    expect(rules(a)).toEqual(['en.targeted-appearance.hostess', 'ru.irregular-visa.tourist']);
  });

  it('reads an English lure phrase inside a Russian ad, with compromise checking its negation', async () => {
    const text =
      'Требуются официантки в ресторан, график сменный, дружный коллектив и обучение на месте. ' +
      'For foreign staff: we will keep your passport during the contract.';
    expect(rules(await ru(text))).toEqual([
      'en.document-retention.passport',
      'ru.targeted-appearance.waitress',
    ]);
    const negated = text.replace('we will keep', "we won't keep");
    expect(rules(await ru(negated))).toEqual(['ru.targeted-appearance.waitress']);
  });

  it('leaves a word or two of the other script alone', async () => {
    const a = await ru('Официантка в кафе Hostess Bar, зарплата 40 000 руб.');
    expect(rules(a)).toEqual(['ru.targeted-appearance.waitress']);
  });
});
