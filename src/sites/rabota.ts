/**
 * rabota.ru and its regional subdomains: vacancy search (/vacancy/?query=…) and vacancy pages
 * (/vacancy/<id>/). Selectors from an open-source aggregator (2025, site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  card: '.vacancy-preview-card',
  title: '.vacancy-preview-card__title_border',
  text: '.vacancy-preview-card__description',
  // Several modifiers (…__salary, …__salary-blue): match the stable prefix.
  salary: '[class*="vacancy-preview-card__salary"]',
};

const DETAIL: DetailSelectors = {
  // schema.org microdata on the vacancy page.
  body: '[itemprop="description"]',
  title: 'h1',
  employer: '.vacancy-company-stats__name a',
  location: '.vacancy-locations__address, .vacancy-requirements__city',
  // Shown after a click on "Показать телефон"; read when visible.
  contacts: '.vacancy-phones',
};

/** No saved rabota.ru page was found in public repositories (docs/sites.md). */
export const REAL_PAGES: readonly RealPage[] = [];

export const adapter = defineSiteAdapter({
  id: 'rabota',
  name: 'rabota.ru',
  matches: ['*://rabota.ru/vacancy*', '*://*.rabota.ru/vacancy*'],
  testUrls: [
    'https://www.rabota.ru/vacancy/?query=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80',
    'https://www.rabota.ru/vacancy/900000050/',
  ],
  lang: 'ru',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/vacancy\/\d+/,
  card: CARD,
  detail: DETAIL,
});
