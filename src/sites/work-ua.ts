/**
 * work.ua (Ukraine's largest job board), in Ukrainian and in its /ru/ and /en/ versions: search results
 * (/jobs-kyiv-python/, /jobs/) and vacancy pages (/jobs/<id>/). Server-rendered markup with stable class
 * names: `div.card.job-link` cards, `#job-description` on the vacancy page. Selectors from a real search
 * page (2022-06, REAL_PAGES) and scrapers of 2019-2025 (docs/sites.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  card: '.card.job-link',
  title: 'h2 a',
  // The line under the title: "105 000 – 120 000 грн · 3500 – 4000 USD".
  salary: 'h2 + div > b',
  // The employer's name, first on the company line (2022); in the 2025 markup a .strong-600 span.
  employer: '.add-top-xs > span:first-child > b, .mt-xs .mr-xs .strong-600',
  // The company line ends with the city; the other spans there are separators, labels and a popover.
  location: '.add-top-xs > span:not([class]):not([data-toggle]):not(:first-child)',
  // "Full time, remote. Experience from 2 years." and the start of the description.
  text: 'p.overflow',
};

const DETAIL: DetailSelectors = {
  body: '#job-description',
  title: 'h1',
};

export const REAL_PAGES: readonly RealPage[] = [
  // 12 cards: the page says "12 вакансий по запросу 'python' в Киеве", and the source has 12
  // `class="card card-hover card-visited wordwrap job-link"` (grep -c). 6 show a salary line under the
  // title (`<h2>…</h2> <div> <b>…грн</b>`), all an employer and the city.
  [
    12,
    'work-ua/listing-2022-06.html',
    {
      url: 'https://www.work.ua/ru/jobs-kyiv-python/',
      salary: 6,
      employer: 12,
      location: 12,
      foundAt: 'ArtemShilov/ScrapWork@3c56378a88f1f324d96fea0ed263799a2fe48512:work_ua.html',
    },
  ],
];

export const adapter = defineSiteAdapter({
  id: 'work-ua',
  name: 'work.ua',
  // Search and vacancy pages in each language version; not /jobseeker/ or /employer/ account pages.
  matches: [
    '*://*.work.ua/jobs-*',
    '*://*.work.ua/jobs/*',
    '*://*.work.ua/ru/jobs-*',
    '*://*.work.ua/ru/jobs/*',
    '*://*.work.ua/en/jobs-*',
    '*://*.work.ua/en/jobs/*',
  ],
  testUrls: ['https://www.work.ua/jobs-kyiv-ofitsiant/', 'https://www.work.ua/ru/jobs/900000150/'],
  lang: 'uk',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/(ru\/|en\/)?jobs\/\d+/,
  card: CARD,
  detail: DETAIL,
});
