/**
 * indeed.com (and its country subdomains such as uk.indeed.com): job search with its side pane, and job
 * pages (/viewjob?jk=…). Selectors from browser extensions and scrapers of 2025-2026 (site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';

const CARD: CardSelectors = {
  // Hidden duplicates carry aria-hidden (site-selectors.md, Hide-n-Seek).
  card: '.result:not([aria-hidden="true"])',
  title: '.jcs-JobTitle',
  text: '.job-snippet',
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
