/**
 * avito.ru, the "Работа" section only (/<region>/vakansii…): listings and vacancy ad pages. avito marks
 * its parts with data-marker attributes (stable, used by its own tests) and schema.org microdata.
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';

const CARD: CardSelectors = {
  card: '[data-marker="item"]',
  title: '[data-marker="item-title"]',
  // The card's description snippet (a CSS-module class with a stable prefix) and the job parameters line.
  text: '[class*="iva-item-descriptionStep"], [data-marker="item-specific-params"]',
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
