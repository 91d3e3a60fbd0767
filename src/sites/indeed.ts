/**
 * indeed.com (and its country subdomains such as uk.indeed.com): job search with its side pane, and job
 * pages (/viewjob?jk=…). Selectors from browser extensions and scrapers of 2025-2026 (site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  // Hidden duplicates carry aria-hidden (site-selectors.md, Hide-n-Seek).
  card: '.result:not([aria-hidden="true"])',
  title: '.jcs-JobTitle',
  // The snippet under the title (2026); `.job-snippet` was its class before. Neither on the 2024 page:
  // there the whole card is read.
  text: '[data-testid="belowJobSnippet"], .job-snippet',
  salary: '.salary-snippet-container',
  employer: '[data-testid="company-name"], .companyName',
  location: '[data-testid="text-location"]',
};

/** The job page, and the same component in the search page's side pane. */
const DETAIL: DetailSelectors = {
  body: '#jobDescriptionText',
  title: '.jobsearch-JobInfoHeader-title',
  salary: '#salaryInfoAndJobType, [data-testid="salary-snippet-container"]',
  employer: '[data-testid="inlineHeader-companyName"]',
  location: '[data-testid="inlineHeader-companyLocation"]',
};

/**
 * Ads counted in the page source: the `.cardOutline` result cards less those with aria-hidden="true" (the
 * hidden duplicate of the 2026 pages), plus the job open in the side pane (#jobDescriptionText); salary =
 * cards with a `.salary-snippet-container` holding a figure, plus the pane's #salaryInfoAndJobType.
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    15,
    'indeed/listing-2024-01.html',
    { url: 'https://www.indeed.com/q-usa-jobs.html', salary: 5, employer: 15, location: 15 },
  ],
  [
    16,
    'indeed/listing-sidepane-2026-07.html',
    { url: 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html', employer: 16, location: 16 },
  ],
  [
    16,
    'indeed/listing-sidepane-2026-02.html',
    {
      url: 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html',
      salary: 15,
      employer: 16,
      location: 16,
    },
  ],
  [
    1,
    'indeed/ad-viewjob-2026-08.html',
    { url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', salary: 1, employer: 1, location: 1 },
  ],
];

export const adapter = defineSiteAdapter({
  id: 'indeed',
  name: 'indeed.com',
  // Search (/jobs?q=…, /q-<what>-jobs.html) and job pages (/viewjob?jk=…); not company pages or résumés.
  matches: ['*://*.indeed.com/jobs*', '*://*.indeed.com/q-*', '*://*.indeed.com/viewjob*'],
  testUrls: [
    'https://www.indeed.com/jobs?q=waitress&l=Miami%2C+FL',
    'https://www.indeed.com/viewjob?jk=900000080abcdef0',
  ],
  lang: 'en',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/viewjob/,
  card: CARD,
  detail: DETAIL,
});
