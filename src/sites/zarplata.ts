/**
 * zarplata.ru: owned by HeadHunter and served by the hh.ru platform since 2022, so its listings and
 * vacancy pages carry hh.ru's markup (data-qa attributes). No third-party parser of the current site was
 * found (../shared/research/site-selectors.md): the shared selectors are an assumption the fixtures
 * cannot prove; if the site diverges, give it its own selectors here.
 */
import { defineSiteAdapter } from './define';
import { CARD, DETAIL } from './hh';
import type { RealPage } from './real-pages';

/** No saved zarplata.ru page was found; the one fixture claiming its markup is a hand-made reconstruction. */
export const REAL_PAGES: readonly RealPage[] = [];

export const adapter = defineSiteAdapter({
  id: 'zarplata',
  name: 'zarplata.ru',
  // The whole site is a job board (vacancies, search, employer pages).
  matches: ['*://zarplata.ru/*', '*://*.zarplata.ru/*'],
  testUrls: [
    'https://www.zarplata.ru/search/vacancy?text=%D0%BF%D1%80%D0%BE%D0%B4%D0%B0%D0%B2%D0%B5%D1%86',
    'https://www.zarplata.ru/vacancy/900000020',
  ],
  lang: 'ru',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/vacancy\/\d+/,
  card: CARD,
  detail: DETAIL,
});
