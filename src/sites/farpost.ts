/**
 * farpost.ru (Far East classifieds), job categories only (/<city>/job/…): bulletin lists and bulletin
 * pages. The markup is farpost's generic bulletin markup; jobs have no dedicated salary field, the
 * bulletin price carries it (site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  // A <tr> in the table layout, a <div> in the tile layout.
  card: '.bull-item',
  title: 'a.bulletinLink',
  text: '.bull-item__annotation',
  salary: '.price-block__price',
  // The city in the card's delivery block (shown on every bulletin of the real list).
  location: '.bull-delivery__city',
};

const DETAIL: DetailSelectors = {
  body: '[data-field="text"]',
  title: '[data-field="subject"]',
  salary: '.viewbull-summary-price__value',
  employer: '.seller-summary-user .userNick',
};

/**
 * A water-heater list of Vladivostok (no job list found): 50 `.bull-item` rows (SOURCES.md: 50 bulletins),
 * 49 with a `.price-block__price`, each with a `.bull-delivery__city`.
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    50,
    'farpost/listing-tech-2026-07.html',
    {
      url: 'https://www.farpost.ru/tech/vodonagrevateli/',
      salary: 49,
      location: 50,
      otherSection: 'water heaters',
    },
  ],
];

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
