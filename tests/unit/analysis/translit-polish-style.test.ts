/**
 * Ukrainian typed with Polish spelling (issue 11): Ukrainians in Poland write "Potribni czołowiky i
 * żinky, żytło bezkosztowno" (sz, cz, szcz, rz, ż, ł, w, j, ś, ć, ń). Such ads are read as Ukrainian and
 * warned about; Polish ads, whose words Ukrainian typed this way often shares ("na", "bez", "robota",
 * "zaraz"), are not read as Ukrainian; English-keyboard translit reads as it did; the readings of a word
 * stay bounded with the larger letter table. Every text is written for this test; the shipped catalogue
 * gives the vocabulary and the rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import compiled from '../../../src/analysis/compiled/catalogue.json';
import { analyzeAd, createAnalyzer } from '../../../src/analysis/index';
import { detectLanguage } from '../../../src/analysis/lang';
import { wordsOf } from '../../../src/analysis/matcher';
import { normalize } from '../../../src/analysis/normalize';
import { CompiledCatalogueSchema } from '../../../src/analysis/pattern-schema';
import {
  MAX_READINGS,
  MAX_STEPS,
  readings,
  readWord,
  translitEvidence,
  transliterate,
} from '../../../src/analysis/translit';
import { defineSiteAdapter, type SelectorSiteAdapter } from '../../../src/sites/define';
import { adapter as olxPl, REAL_PAGES as OLX_PL_PAGES } from '../../../src/sites/olx-pl';

const prepared = createAnalyzer(CompiledCatalogueSchema.parse(compiled)).prepared;
const ukLetters = prepared.languages.get('uk')?.translit?.letters ?? [];
const read = (text: string) => transliterate(normalize(text, prepared.lexicon), prepared, 'uk', text).norm;
const detect = (text: string) => {
  const norm = normalize(text, prepared.lexicon).norm;
  return detectLanguage(norm, wordsOf(norm), prepared);
};

describe('Polish-style Ukrainian is read', () => {
  it.each([
    ['Potribni czołowiky i żinky, żytło bezkosztowno', 'потрібні чоловіки і жінки, житло безкоштовно'],
    // szcz, ju/je, and "ch" for х.
    ['Praciujemo szczodnia, wychid tilky z koordynatorom', 'працюємо щодня, вихід тільки з координатором'],
    // ji, and a soft "l" ("dla": для).
    ['Szukajemo diwczat dla roboty, wyjizd szczotyżnia', 'шукаємо дівчат для роботи, виїзд щотижня'],
    // ś, ć, ń stand for a letter with its soft sign; the apostrophe is one too.
    ["Robotodaweć płatyt' za misiać, deń i hodynu", 'роботодавець платить за місяць, день і годину'],
    [
      'Pasport zberihajetsia u menedżera, harczuwannia i jiżu oplaczujemo',
      'паспорт зберігається у менеджера, харчування і їжу оплачуємо',
    ],
    ['Rzytło i rzinky', 'житло і жінки'],
  ])('%s', (latin, cyrillic) => {
    expect(read(latin)).toBe(cyrillic);
  });

  it('keeps a word with ą or ę as typed: no Ukrainian word has them', () => {
    expect(readWord('pracę', prepared, 'uk')).toBeUndefined();
    expect(read('Żytło bezkosztowno i pracę')).toBe('житло безкоштовно і pracę');
  });

  it.each([
    [
      'Potribni diwczata 18-28 na robotu w kafe u Nimeczczyni. Kwytok i żytło oplaczujemo, pasport ' +
        'zberihajetsia u menedżera. Pyszit u telehram.',
      'high',
      'document-retention',
    ],
    [
      'Pracja na zawodi, bez doswidu, wyjizd szczotyżnia. Za oformlennia treba zapłatyty 300 zł napered, ' +
        'potim powernemo.',
      'high',
      'upfront-fee',
    ],
    [
      'Szukajemo czołowikiw na budowu pid Krakowom. Zarplata gotiwkoju, bez umowy, żytło wid firmy, 700 zł ' +
        'za misiać wyrachujemo z zarplaty.',
      'caution',
      'envelope-wages',
    ],
  ])('warns about a lure: %s', async (text, level, category) => {
    const got = await analyzeAd({ text });
    expect(got).toMatchObject({ lang: 'uk', checked: true, level });
    expect(got.findings.map((f) => f.category)).toContain(category);
  });
});

describe('Polish is not read as Ukrainian', () => {
  it.each([
    'Praca na magazynie w Poznaniu, od zaraz. 28 zł/h netto, umowa o pracę, dojazd zapewniony.',
    'Zatrudnimy kobiety do pracy w Niemczech przy opiece nad osobami starszymi. Zakwaterowanie i przejazd ' +
      'bezpłatne, wypłata co tydzień gotówką. Dokumenty załatwimy na miejscu.',
    'Pilnie! Praca za granicą dla par bez doświadczenia, Holandia, szklarnie. Wiza nie jest potrzebna, ' +
      'bilet kupimy, koszt odliczymy z pierwszej wypłaty.',
    'Dam pracę na budowie, Warszawa Wola. Murarz, pomocnik. Płatne co piątek, bez umowy na początek.',
    'Praca w Norwegii na łodziach rybackich, bez języka. Zarobki do 20 tys zł miesięcznie, za dokumenty ' +
      'i bilety płacisz sam, oddamy po kontrakcie.',
    'Kawalerka na Ochocie 20 m2, bez prowizji, od zaraz. 2200 zł, Warszawa.',
    'Może być też na zmiany, mało godzin, bez umowy, robota od zaraz.',
    // Polish typed without its letters still shows its own words.
    'Praca w Niemczech dla kobiet, bez znajomosci jezyka. Zakwaterowanie i przejazd za darmo, dokumenty ' +
      'zalatwimy na miejscu.',
  ])('%s', async (text) => {
    expect(detect(text)).toMatchObject({ lang: 'pl', read: [] });
    expect(await analyzeAd({ text })).toMatchObject({ checked: false, level: 'none' });
  });

  it('takes no Polish letter for Ukrainian evidence', () => {
    // "wypłata", "opłaty" and "też" read as Ukrainian виплата, оплати and теж, but the ł and ż say Polish
    // wrote them; typed without those letters, the same words are Ukrainian evidence.
    const cues = ['potribni', 'robotu'];
    expect(translitEvidence([...cues, 'wypłata', 'opłaty', 'też'], prepared, 'uk')?.known).toEqual(new Set());
    expect(translitEvidence([...cues, 'wyplata', 'oplaty'], prepared, 'uk')?.known).toEqual(
      new Set(['wyplata', 'oplaty']),
    );
  });

  // The real Polish pages in ../shared/real-pages (flats to rent: the words of any olx.pl ad, "od
  // zaraz", "bez prowizji", "Warszawa"). Without them the test skips and says so.
  const pagesDir = join(__dirname, '../../../../shared/real-pages');
  it.for(OLX_PL_PAGES.map(([, page, facts]) => [page, facts.url] as const))(
    'reads no ad of olx.pl %s as Russian or Ukrainian',
    // Parsing a 3.4 MB page with jsdom takes seconds on a busy machine.
    { timeout: 120_000 },
    async ([page, url], ctx) => {
      if (!existsSync(join(pagesDir, page))) ctx.skip(`${pagesDir}/${page} is absent`);
      // A console that prints nothing: jsdom's notes on the site's CSS are no part of this test.
      const virtualConsole = new VirtualConsole();
      const html = readFileSync(join(pagesDir, page), 'utf8');
      const doc = new JSDOM(html, { url, virtualConsole }).window.document;
      // The pages are another section of the site: read them as if they were job pages.
      const reader = defineSiteAdapter({ ...(olxPl as SelectorSiteAdapter), isJobPage: undefined });
      const found = reader.find(doc, new URL(url));
      expect(found.length).toBeGreaterThan(0);
      const langs = await Promise.all(found.map(async (f) => (await analyzeAd(f.ad)).lang));
      expect(langs.filter((l) => l === 'uk' || l === 'ru')).toEqual([]);
    },
  );
});

describe('English-keyboard Ukrainian translit reads as before', () => {
  it.each([
    [
      'Terminovo potribni divchata na robotu v Dubai, zhytlo i kvytky bezkoshtovno',
      'терміново потрібні дівчата на роботу в дубай, житло і квитки безкоштовно',
    ],
    // "ch" is still ч first, "la" still ла: the Polish readings come after.
    [
      'Shchodnia oplata, chas roboty za hrafikom, pasport u koordynatora',
      'щодня оплата, час роботи за графіком, паспорт у координатора',
    ],
    [
      'Bez dosvidu, shukaiemo pratsivnykiv na sklad, plata shchotyzhnia',
      'без досвіду, шукаємо працівників на склад, плата щотижня',
    ],
  ])('%s', (latin, cyrillic) => {
    expect(read(latin)).toBe(cyrillic);
    // Typed with an English keyboard, nothing here is Polish: the whole ad is read.
    expect(detect(latin)).toMatchObject({ lang: 'uk', read: ['uk'], translit: 'uk', partial: false });
  });
});

describe('the readings of a word stay bounded', () => {
  /** The letter table, counting the passes over it (one per step of the search). */
  function counted(): { letters: typeof ukLetters; passes: () => number } {
    let n = 0;
    const letters = Object.assign([...ukLetters], {
      [Symbol.iterator]() {
        n++;
        return ukLetters.values();
      },
    });
    return { letters, passes: () => n };
  }

  it.each([
    // Long words with many letter groups of several readings each.
    ['praciuwatymemo', 'працюватимемо'],
    ['bezkosztownoho', 'безкоштовного'],
    ['szczotyżnewoho', 'щотижневого'],
    ['oformlennia', 'оформлення'],
  ])('%s: the word is among the first readings, the search within its bound', (word, cyrillic) => {
    const { letters, passes } = counted();
    const rs = readings(word, letters);
    expect(rs).toContain(cyrillic);
    expect(rs.length).toBeLessThanOrEqual(MAX_READINGS);
    expect(passes()).toBeLessThanOrEqual(MAX_STEPS);
  });

  it.each([
    'szczszczszczszczszczszczszczszczszczszcz',
    'lalululalululalululalululalululalulu',
    'ijaijeijuijiijaijeijuijiijaijeijuiji',
  ])('%s: many readings, at most MAX_READINGS of them', (word) => {
    const { letters, passes } = counted();
    const rs = readings(word, letters);
    expect(rs.length).toBe(MAX_READINGS);
    expect(passes()).toBeLessThanOrEqual(MAX_STEPS);
  });

  it.each([
    // Every way of cutting these into letter groups fails at the last letter (ą has no reading), so
    // only the step bound ends the search: "la" alone can be cut three ways, 3^18 in all.
    'lalalalalalalalalalalalalalalalalalaą',
    'szczszczszczszczszczszczchchchchchchę',
  ])('%s: no reading, and the search stops within MAX_STEPS', (word) => {
    const { letters, passes } = counted();
    expect(readings(word, letters)).toEqual([]);
    expect(passes()).toBeLessThanOrEqual(MAX_STEPS);
  });
});
