/**
 * superjob.ru and its regional subdomains (spb.superjob.ru…): vacancy search, catalogue pages
 * (/vakansii/<profession>.html) and vacancy pages (/vakansii/<slug>-<id>.html). Most classes are
 * obfuscated hashes; only the `f-test-*` test hooks and link shapes are stable (site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  card: '.f-test-search-result-item',
  // The vacancy link; catalogue and search cards both link to /vakansii/<slug>-<id>.html.
  title: 'a[href*="/vakansii/"]',
  salary: '.f-test-text-company-item-salary',
  employer: '.f-test-text-vacancy-item-company-name',
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

/** No saved superjob.ru page was found in public repositories (docs/sites.md). */
export const REAL_PAGES: readonly RealPage[] = [];

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
