/**
 * avito.ru, the "Работа" section only (/<region>/vakansii…): listings and vacancy ad pages. avito marks
 * its parts with data-marker attributes (stable, used by its own tests) and schema.org microdata.
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  // The listing's cards, then the "recommended for you" cards (below the list and on ad pages).
  card: '[data-marker="item"], [data-marker="bx-recommendations-block-item"]',
  title: '[data-marker="item-title"], [itemprop="name"]',
  link: 'a[data-marker="item-title"], a[itemprop="url"]',
  // The description is only in the card's microdata (a meta, not shown: the real page has no snippet
  // element), then the job parameters line ("Опыт не нужен · Вахта").
  text: 'meta[itemprop="description"], [data-marker="item-specific-params"]',
  salary: '[data-marker="item-price"]',
  location: '[data-marker="item-location"]',
};

const DETAIL: DetailSelectors = {
  body: '[data-marker="item-view/item-description"]',
  title: '[data-marker="item-view/title-info"]',
  salary: '[data-marker="item-view/item-price"]',
  employer: '[data-marker="seller-info/name"]',
  location: '[itemprop="address"]',
};

/**
 * The electronics landing of Ivanovo (no job page found): 13 `data-marker="item"` cards and 30
 * `data-marker="bx-recommendations-block-item"` ones (grep -c: 43 `data-marker="item-price"`, one per
 * card); 5 of each show an `item-location`. Its URL is the page state's canonicalUrl.
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    43,
    'avito/listing-electronics-2026-07.html',
    {
      url: 'https://www.avito.ru/ivanovo/bytovaya_elektronika',
      salary: 43,
      location: 10,
      otherSection: 'consumer electronics',
    },
  ],
];

export const adapter = defineSiteAdapter({
  id: 'avito',
  name: 'avito.ru',
  // Only the job section: /moskva/vakansii, /moskva/vakansii/oficiant_123, /all/vakansii?q=…
  matches: ['*://*.avito.ru/*/vakansii*'],
  testUrls: [
    'https://www.avito.ru/moskva/vakansii?q=%D0%BE%D1%84%D0%B8%D1%86%D0%B8%D0%B0%D0%BD%D1%82',
    'https://www.avito.ru/moskva/vakansii/oficiantka_900000040',
  ],
  lang: 'ru',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /\/vakansii\/[^/?]+_\d+$/,
  card: CARD,
  detail: DETAIL,
});
