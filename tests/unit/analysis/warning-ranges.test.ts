/**
 * Where a text warns, its quoted and listed lure phrases are examples (src/analysis/warning-ranges.ts):
 * the whole list after a warning header, and a quotation next to a verdict on it. Own sentences, in the
 * three languages; each case has its counterpart where the same phrase is an offer and must be found.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../src/analysis/index';
import type { Assessment } from '../../../src/analysis/types';
import { quotations, WARNING_PASSAGE } from '../../../src/analysis/warning-ranges';
import { analyzeAd } from '../../../src/analysis/index';
import { inlineAnalyzer, rule } from './helpers';

let analyzer: Analyzer;
const rules = (a: Assessment) => a.findings.map((f) => f.rule).sort();

beforeAll(async () => {
  analyzer = await inlineAnalyzer({
    'patterns/ru/test.yaml': rule({
      id: 'ru.debt.ticket',
      strength: 'strong',
      match: ['билет ~3 отработать'],
    }),
    'patterns/uk/test.yaml': [
      rule({ id: 'uk.debt.ticket', strength: 'strong', match: ['квит* ~3 відпрацю*'] }),
      rule({ id: 'uk.document-retention.driver', strength: 'strong', match: ['паспорт ~2 віддає*'] }),
    ].join(''),
    'patterns/en/test.yaml': rule({
      id: 'en.document-retention.driver',
      strength: 'strong',
      match: ['hand ~2 passport'],
    }),
  });
});

const ru = (text: string) => analyzer.analyze({ text, lang: 'ru' });
const uk = (text: string) => analyzer.analyze({ text, lang: 'uk' });
const en = (text: string) => analyzer.analyze({ text, lang: 'en' });

/** A tips list whose `at`-th point (1-based) quotes the lure; the header is the first line. */
const tips = (header: string, point: string, at: number, filler: string): string =>
  [header, ...Array.from({ length: at + 1 }, (_, i) => `${i + 1}. ${i + 1 === at ? point : filler}`)].join(
    '\n',
  );

describe('a warning header covers the whole list that follows it', () => {
  it('the seventh point of a tips list is advice like the first', async () => {
    // Each numbered point is two sentences of normalized text (the number, then the point), so the
    // seventh point lies past WARNING_PASSAGE sentences after the header.
    expect(2 * 7).toBeGreaterThan(WARNING_PASSAGE);
    const point = '«Квиток купимо, потім відпрацюєш» — так вас тримають.';
    const article = tips('Як перевірити вакансію за кордоном:', point, 7, 'Вимагайте договір до виїзду.');
    expect(rules(await uk(article))).toEqual([]);
    const ruPoint = 'Фраза «билет купим, потом отработаешь» означает долг.';
    const ruArticle = tips('Признаки фейковой вакансии:', ruPoint, 7, 'Требуйте договор до выезда.');
    expect(rules(await ru(ruArticle))).toEqual([]);
  });

  it('a list with no warning header is read as the ad it is', async () => {
    const ad = tips('Умови роботи:', 'Квиток купимо, потім відпрацюєш.', 7, 'Житло надаємо.');
    expect(rules(await uk(ad))).toEqual(['uk.debt.ticket']);
  });

  it('the passage ends where the list ends', async () => {
    const article = tips(
      'Як перевірити вакансію за кордоном:',
      'Вимагайте договір.',
      3,
      'Не платіть готівкою.',
    );
    // Two paragraphs of ordinary text later, an offer is an offer again.
    const offer = `${article}\n\nНаша пропозиція.\nПрацюємо з 2019 року.\nОфіс у центрі міста.\nКвиток купимо, потім відпрацюєш.`;
    expect(rules(await uk(offer))).toEqual(['uk.debt.ticket']);
  });
});

describe('a quotation next to a verdict on it is an example', () => {
  it('a moderator quotes the offer, then warns', async () => {
    const post = 'Знову пишуть у приват «робота в Чехії, паспорт віддаєте водію».\nНЕ ВЕДІТЬСЯ.';
    expect(rules(await uk(post))).toEqual([]);
    expect(
      rules(await en('They keep posting "hand your passport to the driver".\nDo not fall for it.')),
    ).toEqual([]);
  });

  it('a verdict before the quotation covers it too', async () => {
    expect(rules(await ru('Не ведитесь на такое.\n«Билет купим, потом отработаешь».'))).toEqual([]);
  });

  it('without a verdict next to it, a quoted condition is the ad’s own', async () => {
    const ad = 'Умови: «паспорт віддаєте водію» на кордоні.\nВиїзд щопонеділка.';
    expect(rules(await uk(ad))).toEqual(['uk.document-retention.driver']);
    // A verdict two sentences away does not reach it.
    const far = `Умови: «паспорт віддаєте водію».\nВиїзд щопонеділка.\nОстерігайтеся шахраїв.`;
    expect(rules(await uk(far))).toEqual(['uk.document-retention.driver']);
  });
});

describe('quotations', () => {
  it('pairs guillemets, curly and straight quotes', () => {
    const norm = 'a «b» c "d" e “f”';
    expect(quotations(norm).map(([s, e]) => norm.slice(s, e))).toEqual(['«b»', '"d"', '“f”']);
  });

  it('pairs single quotes only at word edges, so apostrophes inside words stay letters', () => {
    const norm = "they wrote 'free flat, don't worry' and ‘visa later’; vedit'sia";
    expect(quotations(norm).map(([s, e]) => norm.slice(s, e))).toEqual([
      "'free flat, don't worry'",
      '‘visa later’',
    ]);
    // A quote left open at the end of a line closes nothing on the next one.
    expect(quotations("a 'b\nc' d")).toEqual([]);
  });
});

describe('a warning in one reading language covers the other catalogues on the same letters', () => {
  it('a Ukrainian question and verdict silence the Russian rules that read the same words', async () => {
    const { analyzeAd } = await import('../../../src/analysis');
    const a = await analyzeAd({
      title: 'Чи можна працювати в Ізраїлі по безвізу?',
      text:
        'Ні. Безвізовий режим дає право тільки на туристичну поїздку, для роботи потрібна робоча віза. ' +
        'Пропозиції «приїдь як туристка, там влаштуємо» — це нелегальна робота, ризик депортації.',
    });
    expect(a.lang).toBe('uk');
    // Read by the Ukrainian and the Russian catalogues alike: without the Ukrainian warnings carried
    // over, the Russian rules found "по безвізу" and "нелегальна" here (a high).
    expect(a.level).toBe('none');
    expect(a.findings.filter((f) => f.rule.startsWith('ru.irregular-visa'))).toEqual([]);
  });

  it('but not in a sentence written in the letters only the other language has', async () => {
    // Ukrainian "нічого не платите" is the offer's terms ("you pay nothing now"); the same words are a
    // Russian warning ("don't pay"). One Russian word makes the Russian reading active; its cue must not
    // silence the Ukrainian lure (it did: no finding at all).
    const lure =
      'За візу і дорогу зараз нічого не платите, потім віддасте з заробітку, там вийде десь 1800 €.';
    const alone = await analyzeAd({ text: lure });
    const withRussianWord = await analyzeAd({ text: `${lure} Все.` });
    expect(alone.level).toBe('high');
    expect(withRussianWord.level).toBe('high');
    expect(rules(withRussianWord)).toEqual(rules(alone));
    // A Russian sentence (no Ukrainian letters) is still silenced by the Russian warning it is.
    const warning = await analyzeAd({
      text: 'Ничего не платите вперёд: за визу и дорогу потом с заработка — так работают вербовщики.',
    });
    expect(warning.level).toBe('none');
  });
});
