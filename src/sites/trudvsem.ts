/**
 * trudvsem.ru ("Работа России", the state job portal): vacancy search and vacancy cards
 * (/vacancy/card/<ogrn>/<id>). The search shows a list of short cards; opening one draws the full card
 * beside the list from a client-side template (seen in the real page as <script type="x-tmpl">).
 * Selectors from a real search page (2024-11, REAL_PAGES) and open-source parsers (site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  // The short cards of the result list, then the full card of the one opened beside it.
  card: '.search-results-simple-card, .search-results-full-card',
  title: '.search-results-simple-card__name, .search-results-full-card__title',
  // "Open in a new tab" on the short card; the title is the link on the full one.
  link: 'a.search-results-simple-card__go-to-button, a.search-results-full-card__title',
  salary: '.search-results-simple-card__salary, .search-results-full-card__salary',
  // The short card's second row: the employer (its full name repeated in data-tooltip), then the city.
  employer:
    '.search-results-simple-card__wrapper_column > [data-tooltip], .search-results-full-card__extra-info',
  location: '.search-results-simple-card__wrapper_column > .content_small:not([data-tooltip])',
  // No description snippet on the cards: the card's whole text is analyzed, less the favourite toggle.
  ignore: '[data-action="favorite"]',
};

const DETAIL: DetailSelectors = {
  // The vacancy page keeps its sections in tabs; the open tab holds the description.
  body: '.tabs__content.tabs_active',
  title: 'h1',
};

export const REAL_PAGES: readonly RealPage[] = [
  // 1,146 cards: the page's counter says "1 146 резюме", and the source has 1,146
  // `class="search-results-simple-card mb-1"` (grep -c). Each shows a salary and a city; all but 0 an
  // employer row with data-tooltip (1,146, counted by a regex over the cards). The full card exists
  // only inside the template script, so it is not a visible ad.
  [
    1146,
    'trudvsem/cv-search-2024-11.html',
    {
      url: 'https://trudvsem.ru/cv/search?_regionIds=2600000000000',
      salary: 1146,
      employer: 1146,
      location: 1146,
      otherSection: 'CV search: the same search-results UI as the vacancy search',
    },
  ],
];

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
