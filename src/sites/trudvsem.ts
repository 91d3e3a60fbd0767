/**
 * trudvsem.ru ("Работа России", the state job portal): vacancy search and vacancy cards
 * (/vacancy/card/<ogrn>/<id>). Selectors from open-source parsers (2024, site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';

const CARD: CardSelectors = {
  // The search result in the "full" view (the site's default).
  card: '.search-results-full-card',
  title: '.search-results-full-card__title',
  salary: '.search-results-full-card__salary',
  employer: '.search-results-full-card__extra-info',
};

const DETAIL: DetailSelectors = {
  // The vacancy page keeps its sections in tabs; the open tab holds the description.
  body: '.tabs__content.tabs_active',
  title: 'h1',
};

export const adapter = defineSiteAdapter({
  id: 'trudvsem',
  name: 'trudvsem.ru',
  matches: ['*://trudvsem.ru/vacancy*', '*://*.trudvsem.ru/vacancy*'],
  testUrls: [
    'https://trudvsem.ru/vacancy/search?_title=%D1%81%D0%B2%D0%B0%D1%80%D1%89%D0%B8%D0%BA',
    'https://trudvsem.ru/vacancy/card/1027700000000/900000070',
  ],
  lang: 'ru',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/vacancy\/card\//,
  card: CARD,
  detail: DETAIL,
});
