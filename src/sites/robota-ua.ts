/**
 * robota.ua (one of Ukraine's two largest job boards), in Ukrainian (no prefix, and /ua/) and its /ru/
 * version: search results (/zapros/<query>/<city>, /zapros/<city>/params;…) and vacancy pages
 * (/company<id>/vacancy<id>). An Angular app: its result cards exist only once the scripts ran, so the
 * only stable hooks are Angular component tags (`alliance-vacancy-card-desktop`), the `santa-` utility
 * classes of its design system and the vacancy page's `data-id` attributes. No saved page of either was
 * found; the selectors are those of scrapers of 2024-2026 (docs/sites.md, "Ukrainian sites").
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

/** Search-result cards, and the "recommended vacancies" cards of the vacancy page. */
const CARD: CardSelectors = {
  // The card component hosts: alliance-vacancy-card-desktop in the desktop result list
  // (senyehor/jobs_parsing_backend, 2025-02), and alliance-vacancy-card-mobile, whose first child is the
  // vacancy link, in the mobile list (an Android scraper's Ksoup parser, seen in the index only). The
  // desktop card wraps an <a class="card"> to /company<id>/vacancy<id>, which scrapers read on its own
  // (Illya-Maznitskiy/job-notifier, 2025-08; Unlie9/py-scrapy-robota-ua, 2024-09), also inside
  // alliance-recommended-vacancy-list on vacancy pages (job-notifier skips those): the last alternative,
  // should the component tags be renamed (define.ts drops a card nested in another).
  card: 'alliance-vacancy-card-desktop, alliance-vacancy-card-mobile, a.card[href*="/vacancy"]',
  // h2.santa-typo-h3 (job-notifier); a bare h2 (senyehor/jobs_parsing_backend).
  title: 'h2.santa-typo-h3, h2',
  // "25 000 ₴": the span in the div.santa-mb-10 under the title (job-notifier, which keeps it only when
  // it holds a digit or ₴; unconfirmed whether cards without a salary leave that span empty).
  salary: 'div.santa-mb-10 > span',
  // The company line: the employer in span.santa-mr-20, the city in a span after it (job-notifier reads
  // the employer there, as does a Playwright source seen in the index only; that source and
  // senyehor/jobs_parsing_backend take the row's second span as the city).
  employer: 'span.santa-mr-20',
  location: 'span.santa-mr-20 ~ span',
  // No snippet hook is known (scrapers open the vacancy page for the description): the card's whole text
  // (title, salary, employer, city and its labels) is analyzed.
};

/**
 * The vacancy page. Its data-id hooks are the most widely read part of robota.ua (CheckAutro/prozora-robota
 * reads them in the served HTML; Unlie9/py-scrapy-robota-ua, an Android scraper and a Selenium script of
 * the rabota.ua days in the rendered page).
 */
const DETAIL: DetailSelectors = {
  // div#description-wrap holds the description (prozora-robota, the Android scraper); .full-desc is the
  // class scrapers read the same text by (py-scrapy-robota-ua); their nesting is not known.
  body: '#description-wrap, .full-desc',
  title: 'h1[data-id="vacancy-title"], h1',
  // "20 000 – 25 000 ₴"; a comment ("+ бонуси") is a separate data-id="vacancy-salary-comment" span.
  // vacancy-salary is an older hook (a Selenium script from the rabota.ua days, before the 2022 rename,
  // falls back to it; seen in the index only).
  salary: '[data-id="vacancy-salary-from-to"], [data-id="vacancy-salary"]',
  // The link to the company's page (/company<id>, not a vacancy link), its name in a span (prozora-robota,
  // the Android scraper; py-scrapy-robota-ua reads it as the span of the target="_blank" link).
  employer: 'a[href*="/company"]:not([href*="vacancy"]) > span',
  location: '[data-id="vacancy-city"]',
};

/**
 * No saved robota.ua listing or vacancy page was found in public repositories: the two saved pages known
 * (2022, 2026) hold only the empty <app-root> shell (docs/sites.md).
 */
export const REAL_PAGES: readonly RealPage[] = [];

export const adapter = defineSiteAdapter({
  id: 'robota-ua',
  name: 'robota.ua',
  // Search results and vacancy pages in each language version; not company profiles (/company<id>),
  // candidates' CVs (/candidates/…, /cv/…) or the employer's pages.
  matches: [
    '*://robota.ua/zapros/*',
    '*://robota.ua/ua/zapros/*',
    '*://robota.ua/ru/zapros/*',
    '*://robota.ua/company*/vacancy*',
    '*://robota.ua/ua/company*/vacancy*',
    '*://robota.ua/ru/company*/vacancy*',
  ],
  // One Angular app: people start on the home page and search from there, and the result pages never
  // load as pages. The script waits on the whole site and reads only the pages above.
  injectOn: ['*://robota.ua/*'],
  testUrls: [
    'https://robota.ua/zapros/oficiant/kyiv',
    'https://robota.ua/ru/zapros/python/ukraine',
    'https://robota.ua/company900001/vacancy900000201',
  ],
  lang: 'uk',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/(?:(?:ua|ru)\/)?company\d+\/vacancy\d+/,
  card: CARD,
  detail: DETAIL,
});
