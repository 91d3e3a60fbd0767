/**
 * The reading layer as the rules see it: emoji between statements end a negation's clause, without
 * breaking a phrase that emoji decorate. Each text is a new phrasing written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../src/analysis/index';
import type { Assessment } from '../../../src/analysis/types';
import { normalize } from '../../../src/analysis/normalize';
import { inlineAnalyzer, rule } from './helpers';

let analyzer: Analyzer;
const rules = (a: Assessment) => a.findings.map((f) => f.rule).sort();

beforeAll(async () => {
  analyzer = await inlineAnalyzer({
    'patterns/ru/test.yaml': [
      rule({
        id: 'ru.expenses-paid.housing',
        strength: 'medium',
        match: ['проживание|жилье оплачивать|бесплатный'],
      }),
      rule({ id: 'ru.document-retention.passport', strength: 'strong', match: ['паспорт ~3 =у =бригадира'] }),
      rule({ id: 'ru.upfront-fee.money', strength: 'strong', match: ['брать ~1 деньги'] }),
      rule({ id: 'ru.targeted-appearance.girls', strength: 'medium', match: ['работа ~2 =для девушка'] }),
    ].join(''),
    'patterns/en/test.yaml': [
      rule({ id: 'en.expenses-paid.housing', strength: 'medium', match: ['free housing|accommodation'] }),
    ].join(''),
  });
});

const ru = async (text: string) => rules(await analyzer.analyze({ text, lang: 'ru' }));
const en = async (text: string) => rules(await analyzer.analyze({ text, lang: 'en' }));

describe('emoji between statements end a negation’s clause', () => {
  it.each([
    ['❌ нет предоплаты ✅ проживание оплачиваем', 'ru.expenses-paid.housing'],
    ['Не обманываем 👉 жильё бесплатное', 'ru.expenses-paid.housing'],
    ['Никто не узнает 🤫 паспорт хранится у бригадира', 'ru.document-retention.passport'],
    ['опыт не нужен▪️проживание оплачиваем', 'ru.expenses-paid.housing'],
    ['Не требуется виза 🔥🔥 🔥 проживание бесплатное', 'ru.expenses-paid.housing'],
  ])('%s', async (text, id) => {
    expect(await ru(text)).toContain(id);
  });

  it('in English too', async () => {
    expect(await en('No fees ✔ free accommodation')).toContain('en.expenses-paid.housing');
    expect(await en('No fees free accommodation')).toEqual([]);
    expect(await en('We do not 🙅 offer free accommodation')).toEqual([]);
  });

  it('a negator right before the emoji still governs the words after it', async () => {
    expect(await ru('Мы не 🙅 берём деньги за работу')).toEqual([]);
    expect(await ru('Мы берём 💰 деньги за работу')).toContain('ru.upfront-fee.money');
    // Without the emoji the negator reaches the next words, as before.
    expect(await ru('Не требуется виза проживание бесплатное')).toEqual([]);
    expect(await ru('Не требуется виза 🔥 проживание бесплатное')).toContain('ru.expenses-paid.housing');
  });

  it('a phrase decorated with emoji still matches', async () => {
    expect(await ru('Работа 💃 для 👱‍♀️ девушек')).toContain('ru.targeted-appearance.girls');
    expect(await ru('Работа🔥для🔥девушек')).toContain('ru.targeted-appearance.girls');
    expect(await ru('Работа — 🔥 для девушек')).toContain('ru.targeted-appearance.girls');
  });

  it('reads flags as words and drops bullets at the start of a line', () => {
    expect(normalize('Работа в 🇦🇪 Дубае').norm).toBe('работа в flagae дубае');
    expect(normalize('Работа в 🇦🇪🔥 Дубае').norm).toBe('работа в flagae ▪ дубае');
    expect(normalize('✅ Жильё\n✅ Виза 🔥\nЗвоните').norm).toBe('жилье\nвиза\nзвоните');
    expect(normalize('Жильё бесплатно. ✅ Перелёт').norm).toBe('жилье бесплатно\nперелет');
  });

  it('keeps a mark between two words short enough for a rule’s separator', () => {
    expect(normalize('жильё — ✅ бесплатно').norm).toBe('жилье —▪ бесплатно');
    expect(normalize('жильё, 🔥 🔥 бесплатно').norm).toBe('жилье,▪ бесплатно');
  });
});
