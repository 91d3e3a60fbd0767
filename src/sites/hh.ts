/**
 * The HeadHunter platform: hh.ru and its regional subdomains (spb.hh.ru, kolomna.hh.ru…), and the group's
 * sites in other countries, which serve the same application and markup (data-qa hooks): hh.kz, hh.uz,
 * rabota.by, hh1.az, headhunter.ge, headhunter.kg. Search results, employer and catalogue listings, the
 * "similar vacancies" block, and vacancy pages. Markup from a saved real vacancy page (REAL_PAGES) and
 * open-source parsers (../shared/research/site-selectors.md); the list of the group's sites from the
 * HeadHunter API documentation ("Выбор сайта", github.com/hhru/api docs/general.md), and a parser's
 * report on bishkek.headhunter.kg (2026-03) that finds the same data-qa="vacancy-serp__vacancy" cards,
 * /vacancy/<id> pages and JobPosting JSON-LD there. zarplata.ru is the platform too: zarplata.ts.
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

/** The HeadHunter group's sites (API documentation, "Выбор сайта"), each with the same application. */
const HH_SITES = ['hh.ru', 'hh.kz', 'hh.uz', 'rabota.by', 'hh1.az', 'headhunter.ge', 'headhunter.kg'];

/** Vacancy cards on search results and lists (the same component everywhere). */
export const CARD: CardSelectors = {
  // data-qa holds several space-separated values ("vacancy-serp__vacancy vacancy-serp__vacancy_standard"),
  // so the exact [data-qa="…"] would miss premium and standard cards alike: match one word with ~=.
  card: '[data-qa~="vacancy-serp__vacancy"]',
  // A <span> inside the vacancy link on the vacancy page's cards, the <a> itself on search pages.
  title: '[data-qa="serp-item__title"]',
  // Responsibility and requirement snippets, in the order shown.
  text: '[data-qa^="vacancy-serp__vacancy_snippet_"]',
  // Only a CSS-module class (prefix stable, hash changes with builds); the card repeats it for narrow
  // screens, so the first match is the one shown on desktop.
  salary: '[class*="compensation-text"]',
  employer: '[data-qa="vacancy-serp__vacancy-employer"]',
  location: '[data-qa="vacancy-serp__vacancy-address"]',
};

/** The vacancy page (/vacancy/<id>). Contacts are hidden behind a button, not in the markup. */
export const DETAIL: DetailSelectors = {
  body: '[data-qa="vacancy-description"]',
  root: '.vacancy-description',
  title: '[data-qa="vacancy-title"]',
  salary: '[data-qa="vacancy-salary"]',
  employer: '[data-qa="vacancy-company-name"]',
  // The full address when the employer gave one, else the city line.
  location: '[data-qa="vacancy-view-raw-address"], [data-qa="vacancy-view-location"]',
};

/**
 * The vacancy (one data-qa="vacancy-description") and its 6 "similar vacancies" cards: 6 elements whose
 * data-qa starts with "vacancy-serp__vacancy vacancy-serp__vacancy_standard" (grep); 2 of the cards show
 * a compensation, as does the vacancy; all show employer and address.
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    7,
    'hh.ru/vacancy-105250895.html',
    { url: 'https://kolomna.hh.ru/vacancy/105250895', salary: 3, employer: 7, location: 7 },
  ],
];

export const adapter = defineSiteAdapter({
  id: 'hh',
  name: 'hh.ru (hh.kz, hh.uz, rabota.by…)',
  // Every site of the group, with its regional subdomains (almaty.hh.kz, bishkek.headhunter.kg).
  matches: HH_SITES.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]),
  testUrls: [
    'https://hh.ru/search/vacancy?text=%D0%BE%D1%84%D0%B8%D1%86%D0%B8%D0%B0%D0%BD%D1%82',
    'https://kolomna.hh.ru/vacancy/105250895',
    'https://almaty.hh.kz/search/vacancy?text=%D0%BE%D1%84%D0%B8%D1%86%D0%B8%D0%B0%D0%BD%D1%82',
    'https://hh.uz/vacancy/900000300',
    'https://rabota.by/vacancy/900000301',
    'https://bishkek.headhunter.kg/vacancies',
  ],
  lang: 'ru',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/vacancy\/\d+/,
  card: CARD,
  detail: DETAIL,
});
