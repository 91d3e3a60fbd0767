/**
 * farpost.ru (Far East classifieds), job categories only (/<city>/job/…): bulletin lists and bulletin
 * pages. The markup is farpost's generic bulletin markup; jobs have no dedicated salary field, the
 * bulletin price carries it (site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';

const CARD: CardSelectors = {
  // A <tr> in the table layout, a <div> in the tile layout.
  card: '.bull-item',
  title: 'a.bulletinLink',
  text: '.bull-item__annotation',
  salary: '.price-block__price',
};

const DETAIL: DetailSelectors = {
  body: '[data-field="text"]',
  title: '[data-field="subject"]',
  salary: '.viewbull-summary-price__value',
  employer: '.seller-summary-user .userNick',
};

export const adapter = defineSiteAdapter({
  id: 'farpost',
  name: 'farpost.ru',
  matches: ['*://*.farpost.ru/*/job/*'],
  testUrls: [
    'https://www.farpost.ru/vladivostok/job/vacancy/',
    'https://www.farpost.ru/vladivostok/job/vacancy/oficiant-900000060.html',
  ],
  lang: 'ru',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /\/job\/[^?]*-\d+\.html$/,
  card: CARD,
  detail: DETAIL,
});
