/**
 * superjob.ru and its regional subdomains (spb.superjob.ru…): vacancy search, catalogue pages
 * (/vakansii/<profession>.html) and vacancy pages (/vakansii/<slug>-<id>.html). Most classes are
 * obfuscated hashes; only the `f-test-*` test hooks and link shapes are stable (site-selectors.md).
 * Checked against a real search page (ufa.superjob.ru, 2020-10, REAL_PAGES); parsers of 2025 read the same
 * hooks with the card renamed (`f-test-search-result-item`).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  // The result card: `f-test-search-result-item` in parsers of 2025, `f-test-vacancy-item` on the real
  // 2020 page. Where one wraps the other, the outer card is the ad (define.ts drops nested matches).
  card: '.f-test-search-result-item, .f-test-vacancy-item',
  // The vacancy link; catalogue and search cards both link to /vakansii/<slug>-<id>.html.
  title: 'a[href*="/vakansii/"]',
  salary: '.f-test-text-company-item-salary',
  employer: '.f-test-text-vacancy-item-company-name',
  // "12:33 • Уфа": the time the vacancy was posted, a separator, then the city (2020 markup).
  location: '.f-test-text-company-item-location > span:last-child',
  // "Откликнуться", "Показать контакты", the favourite star: controls, not ad text.
  ignore: 'button',
  // No stable hook for the snippet (hashed classes only): the card's whole text is analyzed.
};

/**
 * The vacancy page. Unconfirmed: `.f-test-vacancy-base-info` is a test hook seen on the site but not in
 * any parser found; when it is absent the content script falls back to the generic extractor.
 */
const DETAIL: DetailSelectors = {
  body: '.f-test-vacancy-base-info',
  title: 'h1',
  // Employers have a profile under /clients/.
  employer: 'a[href*="/clients/"]',
};

export const REAL_PAGES: readonly RealPage[] = [
  // 20 cards: the source has 20 `f-test-vacancy-item` blocks (grep -c), each a vacancy with its title link
  // (/vakansii/<slug>-<id>.html; one saved with a broken quote, `href=/vakansii/…html"`), a salary line
  // ("от 50 000 руб./месяц", "По договорённости"), the employer and "<time> • Уфа". The page's own
  // heading block and the subscription card are not vacancies.
  [
    20,
    'superjob/listing-ufa-2020-10.html',
    {
      url: 'https://ufa.superjob.ru/vacancy/search/?remote_work_binary=2',
      salary: 20,
      employer: 20,
      location: 20,
      foundAt: 'dayonizeus/parsers@e733ef073b48cd3b202a71183050f780995e6b26:tests/test_files/superjob.html',
    },
  ],
];

export const adapter = defineSiteAdapter({
  id: 'superjob',
  name: 'superjob.ru',
  matches: ['*://*.superjob.ru/vakansii/*', '*://*.superjob.ru/vacancy/*'],
  testUrls: [
    'https://www.superjob.ru/vacancy/search/?keywords=%D0%BE%D1%84%D0%B8%D1%86%D0%B8%D0%B0%D0%BD%D1%82',
    'https://www.superjob.ru/vakansii/oficiant-900000030.html',
  ],
  lang: 'ru',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/vakansii\/[^/?]+-\d+\.html/,
  card: CARD,
  detail: DETAIL,
});
