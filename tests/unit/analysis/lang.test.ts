/**
 * Language detection on positive evidence only (issue 11, item 5): Russian, Ukrainian and English are
 * read; every other language of the table is recognised and reported as not checked, never cleared.
 * Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAd, createAnalyzer } from '../../../src/analysis/index';
import compiled from '../../../src/analysis/compiled/catalogue.json';
import { CompiledCatalogueSchema } from '../../../src/analysis/pattern-schema';
import { detectLanguage } from '../../../src/analysis/lang';
import { wordsOf } from '../../../src/analysis/matcher';
import { normalize } from '../../../src/analysis/normalize';

const prepared = createAnalyzer(CompiledCatalogueSchema.parse(compiled)).prepared;
const detect = (text: string, hint?: string) => {
  const norm = normalize(text, prepared.lexicon).norm;
  return detectLanguage(norm, wordsOf(norm), prepared, hint);
};

describe('language detection', () => {
  it.each([
    ['ru', 'Требуются грузчики на склад, оплата каждую неделю, проживание предоставляем.'],
    ['uk', 'Шукаємо вантажників на склад, оплата щотижня, житло надаємо безкоштовно.'],
    ['en', 'We are hiring warehouse staff, weekly pay and free housing for the right people.'],
    ['en', 'Hostess wanted, Dubai, salary 5000'],
  ])('reads %s text', (lang, text) => {
    expect(detect(text)).toMatchObject({ lang, read: [lang] });
  });

  it.each([
    ['kk', 'Шетелде жұмыс, тәжірибе керек емес, айлық жалақы жоғары және тұрғын үй бар.'],
    ['uz', 'Chet elda ish, tajriba kerak emas, oylik maosh yuqori va yotoqxona bor.'],
    ['uz', 'Чет элда иш, тажриба керак эмас, ойлик маош юқори ва ётоқхона бор.'],
    ['tr', 'Yurt dışında iş, tecrübe gerekmez, maaş yüksek ve konaklama ücretsiz.'],
    ['pl', 'Praca za granicą, bez doświadczenia, wysokie wynagrodzenie i zakwaterowanie.'],
    ['de', 'Arbeit im Ausland, keine Erfahrung nötig, hoher Lohn und eine Unterkunft.'],
    ['ky', 'Чет өлкөдө иш, тажрыйба керек эмес, айлык эмгек акы жогору жана жатакана бар.'],
  ])('recognises %s and does not read it', (lang, text) => {
    expect(detect(text)).toMatchObject({ lang, read: [] });
  });

  it('reads a Russian title over a Ukrainian body with both catalogues', () => {
    const r = detect(
      'Работа в Польше для девушек\nШукаємо дівчат на фабрику, житло безкоштовно, виїзд щотижня, що потрібно знати',
    );
    expect(r.read).toEqual(expect.arrayContaining(['ru', 'uk']));
  });

  it('reads Russian typed in Latin letters as Russian, through translit', () => {
    expect(
      detect('Rabota v Dubae dlya devushek, vizu sdelaem, bilety v dolg, zhile besplatno'),
    ).toMatchObject({
      lang: 'ru',
      read: ['ru'],
      translit: 'ru',
    });
  });

  it('reads a short translit message with no function words, when most of its words read as Russian', () => {
    expect(detect('Skin nomer karty, perevedem avans zavtra')).toMatchObject({ lang: 'ru', translit: 'ru' });
    // English words that also read as Russian ones ("bar", "status") are not most of an English line.
    expect(detect('Bar staff wanted, good status, start tomorrow')).toMatchObject({ lang: 'en' });
    // Long English ads never pay for reading every word as translit: the short rule has a bound.
    const long = Array.from({ length: 12 }, () => 'Skin nomer karty, perevedem avans zavtra.').join(' ');
    expect(detect(long).translit).toBeUndefined();
  });

  it('reads Ukrainian typed in Latin letters as Ukrainian', () => {
    expect(detect('Robota v Polshchi dlia divchat, zhytlo bezkoshtovno, potribni shvydko')).toMatchObject({
      lang: 'uk',
      translit: 'uk',
    });
  });

  it('uses the site hint only when the text itself has no evidence, and only for its script', () => {
    // "Шмяк" is in no word list: no evidence of any language.
    expect(detect('Шмяк', 'ru').read).toEqual(['ru']);
    expect(detect('Шмяк').read).toEqual([]);
    expect(detect('Shmyak', 'ru').read).toEqual([]);
  });

  it('never shows an ad it did not read as checked', async () => {
    const a = await analyzeAd({
      text: 'Pasportingizni ish beruvchiga topshirasiz, chet elda ish, tajriba kerak emas.',
      lang: 'uz',
    });
    expect(a).toMatchObject({ checked: false, level: 'none' });
    const b = await analyzeAd({ text: 'Pasport hand over to employer', lang: 'uz' });
    expect(b.lang).not.toBe('uz');
  });
});

describe('words of other Cyrillic alphabets', () => {
  it('stay whole, so their pieces never pass for Russian or Ukrainian words', () => {
    // Split at ұ and ғ, "тұрғын" gave "т", "р", "ын": one-letter words a catalogue may know.
    const norm = normalize('Тұрғын үй, жалақы жоғары. Қызметкерлер қажет.').norm;
    expect(wordsOf(norm)).toEqual(['тұрғын', 'үй', 'жалақы', 'жоғары', 'қызметкерлер', 'қажет']);
  });
});

describe('partly read ads', () => {
  it('a Russian title over a body in a language JobSafe does not read is read, but only partly', () => {
    const tr = detect(
      'Работа в Турции для девушек\nOtelimizde çalışacak bayan personel aranıyor, konaklama ve yemek ücretsiz, maaş yüksek.',
    );
    expect(tr.read).toContain('ru');
    expect(tr.partial).toBe(true);
    const kk = detect(
      'Работа за границей\nШетелде жұмыс, тәжірибе керек емес, айлық жалақы жоғары және тұрғын үй бар.',
    );
    // Too little Russian beside the Kazakh to read: not checked at all, so never cleared.
    expect(kk).toMatchObject({ lang: 'kk', read: [] });
    expect(detect('Работа в Турции для девушек, проживание бесплатно, зарплата высокая.').partial).toBe(
      false,
    );
  });

  it('a letter no checked language writes leaves a short ad partly read, though too few words name it', () => {
    // Kyrgyz ң and ө: a Russian reader can read the Russian-looking words, never the ad.
    const ky = detect('Работа за рубежом, тажрыйба керек эмес, кызматкерлер керек. Жазыңыз телеграмга.');
    expect(ky.partial).toBe(true);
    // The é of a loanword in a long English ad is not a passage in another language.
    const en = detect(
      'Send your résumé to our office. We are hiring warehouse staff for the night shift, weekly pay, ' +
        'full training and a permanent contract with paid holidays for the right people in our team.',
    );
    expect(en).toMatchObject({ lang: 'en', partial: false });
  });

  it('a word Russian writes too is no evidence of another language', () => {
    // "заработная плата" is Belarusian too; a long Russian ad that says it twice is read whole.
    const ru = detect(
      'Заработная плата два раза в месяц, официальное трудоустройство. Требуется инженер-программист. ' +
        'Заработная плата обсуждается на собеседовании, график пятидневный, офис у метро.',
    );
    expect(ru).toMatchObject({ lang: 'ru', partial: false });
  });
});
