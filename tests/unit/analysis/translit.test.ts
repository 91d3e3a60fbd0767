/**
 * Russian and Ukrainian typed in Latin letters the way people type in messengers: digits for letters,
 * soft signs left out or written as apostrophes, letters repeated for emphasis, no space after a comma.
 * The vocabulary comes from the inline rules below, so the test does not depend on the shipped catalogue.
 * Every text is written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../src/analysis/index';
import { normalize } from '../../../src/analysis/normalize';
import { readWord, transliterate } from '../../../src/analysis/translit';
import type { CheckedLang } from '../../../src/languages/table';
import { inlineAnalyzer, rule } from './helpers';

let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await inlineAnalyzer({
    'patterns/ru/t.yaml': [
      rule({ id: 'ru.debt.money-later', strength: 'medium', match: ['деньги ~3 =в =конце сезон'] }),
      rule({
        id: 'ru.targeted-appearance.swimsuit',
        strength: 'medium',
        match: ['только девушка ~4 купальник'],
      }),
      rule({ id: 'ru.expenses-paid.housing', strength: 'weak', match: ['жилье бесплатный'] }),
      rule({ id: 'ru.urgency.urgent', strength: 'weak', match: ['срочно нужный'] }),
      rule({ id: 'ru.work-abroad.abroad', strength: 'weak', match: ['зарплата ~3 =за граница'] }),
      rule({ id: 'ru.too-good.no-experience', strength: 'weak', match: ['=без опыт', 'работа есть'] }),
    ].join(''),
    'patterns/uk/t.yaml': [
      rule({ id: 'uk.urgency.urgent', strength: 'weak', match: ['терміново потрібний'] }),
      rule({ id: 'uk.expenses-paid.housing', strength: 'weak', match: ['житло безкоштовний'] }),
    ].join(''),
  });
});

const read = (text: string, lang: CheckedLang = 'ru') =>
  transliterate(normalize(text, analyzer.prepared.lexicon), analyzer.prepared, lang, text).norm;
const rules = async (text: string) => (await analyzer.analyze({ text })).findings.map((f) => f.rule);

describe('translit: messenger habits', () => {
  it.each([
    // A soft sign left out inside the word, or at its end, or written as an apostrophe.
    ['dengi platim v konce sezona', 'деньги платим в конце сезона'],
    ["den'gi platim v konce sezona", 'деньги платим в конце сезона'],
    ['tolko devushki, foto v kupalnike', 'только девушки, фото в купальнике'],
    ['zhile besplatnoe', 'жилье бесплатное'],
    ["Priezzhay, rabota est'", 'приезжай, работа есть'],
    // Letters repeated for emphasis.
    ['Srochnooo nuzhny', 'срочно нужны'],
    // Digits for the letters they look like, and "4" for ч.
    ['3arplata 3a granicu, bez 0pyta', 'зарплата за границу, без опыта'],
    ['ho4esh, bez opyta', 'хочешь, без опыта'],
    // No space after a comma.
    ['zhile besplatnoe,bez opyta', 'жилье бесплатное,без опыта'],
  ])('%s', (latin, cyrillic) => {
    const got = read(latin).split(/[^\p{L}]+/u);
    const words = normalize(cyrillic).norm.split(/[^\p{L}]+/u);
    const known = words.filter((w) => analyzer.prepared.langs.ru.vocab.has(w));
    expect(known.length).toBeGreaterThan(0);
    for (const w of known) expect(got, w).toContain(w);
  });

  it('reads Ukrainian the same way', () => {
    expect(read('Terminovooo potribni', 'uk')).toBe('терміново потрібні');
  });

  it('finds the rules in such ads', async () => {
    expect(await rules('Srochnooo nuzhny devushki, zhile besplatnoe, bez opyta, pishite')).toEqual(
      expect.arrayContaining(['ru.urgency.urgent', 'ru.expenses-paid.housing', 'ru.too-good.no-experience']),
    );
    expect(await rules('Rabota dlya devushek, 3arplata 3000$ 3a granicu, pishi v lichku')).toContain(
      'ru.work-abroad.abroad',
    );
  });

  it('reads a warning post in Latin letters as advice, not as the lure it quotes', async () => {
    const lure = 'Srochno nuzhny devushki. Zhile besplatnoe, bez opyta.';
    expect((await rules(lure)).length).toBeGreaterThan(0);
    const warning =
      `Rebyata, vam pishut tak: ${lure} Eto lovushka. ` +
      "Trebujte dogovor, a esli uzhe uehali, zvonite v konsul'stvo.";
    expect(await rules(warning)).toEqual([]);
  });

  it('keeps a single quote that opens a Latin word as a quote, so a warning still sees what it quotes', async () => {
    expect(read("pysaly 'robota v Chekhii'", 'uk')).toBe("писали 'робота в чехії'");
    const warning =
      "Liudy, ne vedit'sia! Meni pysaly 'robota v Chekhii, pasport viddasy na oformlennia i 3000 hrn za vizu'.";
    expect(await rules(warning)).toEqual([]);
  });

  it('keeps amounts, codes and currencies as typed', () => {
    const p = analyzer.prepared;
    expect(readWord('4k', p, 'ru')).toBeUndefined();
    expect(readWord('2x2', p, 'ru')).toBeUndefined();
    expect(read('oplata 4k v mesyac, grafik 2x2, 25 zl v chas')).toBe(
      'оплата 4k в месяц, график 2x2, 25 zl в час',
    );
    // A word that reads as it is typed keeps its double letters.
    expect(readWord('kassir', p, 'ru')).toBe('кассир');
  });

  it('reads the reflexive -тся typed as it is spoken, "tsa"', () => {
    const p = analyzer.prepared;
    // Known words of the catalogue only: "хранятся" (documents kept), "оплачивается" (paid for).
    expect(readWord('hranyatsa', p, 'ru')).toBe('хранятся');
    expect(readWord('oplachivaetsa', p, 'ru')).toBe('оплачивается');
    // "tsa" stays "ца" where that is the word.
    expect(readWord('ulitsa', p, 'ru')).toBe('улица');
  });
});
