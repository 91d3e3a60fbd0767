/**
 * linkedin.com/jobs only: the public ("guest") job search and job pages, which is what people without an
 * account see, and the signed-in jobs app on the same addresses. Selectors from real pages (REAL_PAGES:
 * guest job page with its "similar jobs" and "people also viewed" cards, guest search cards, the
 * signed-in search with a job open) and JobSpy / Hide-n-Seek (site-selectors.md).
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  // Guest cards: search results (base-search-card), "similar jobs" (base-main-card) and "people also viewed"
  // (base-aside-card) are one base-card component; only those carrying a job posting's URN are ads (the
  // aside's "similar searches" links are base-cards too). Then the signed-in app's cards.
  card: '.base-card[data-entity-urn^="urn:li:jobPosting:"], .job-card-container[data-job-id]',
  title:
    '.base-search-card__title, .base-main-card__title, .base-aside-card__title, ' +
    '.job-card-list__title--link [aria-hidden="true"]',
  // The whole guest card is a link; the title is not inside it.
  link: 'a.base-card__full-link, a.job-card-container__link',
  salary: '.job-search-card__salary-info, .main-job-card__salary-info, .aside-job-card__salary-info',
  employer:
    '.base-search-card__subtitle, .base-main-card__subtitle, .base-aside-card__subtitle, ' +
    '.artdeco-entity-lockup__subtitle',
  location:
    '.job-search-card__location, .main-job-card__location, .aside-job-card__location, ' +
    '.job-card-container__metadata-wrapper li',
  // The full-card link repeats the title for screen readers; the app's title link does too.
  ignore: '.sr-only, .visually-hidden',
};

const DETAIL: DetailSelectors = {
  // The guest job page's description, then the signed-in app's (on /jobs/view/ and beside the search).
  body: '.show-more-less-html__markup, #job-details',
  root: '.description__text, .jobs-description__content',
  // The app's "About the job" heading.
  ignore: 'h2.text-heading-large',
  title: '.top-card-layout__title, .job-details-jobs-unified-top-card__job-title',
  employer: '.topcard__org-name-link, .job-details-jobs-unified-top-card__company-name',
  // The app's first line under the title: "Kenya · 1 day ago · …": its first part is the place.
  location:
    '.topcard__flavor--bullet, .job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
};

/**
 * Counted in the page sources: job cards = elements with data-entity-urn="urn:li:jobPosting:…" (guest;
 * the job page has 27 data-impression-id="similar-jobs-…" and 10 "people-also-viewed-…") or with
 * data-job-id (signed-in: 7 rendered cards; the other 18 list items are empty placeholders until scrolled
 * to), plus the open job's description. Salaries: the 2 `main-job-card__salary-info` of the job page.
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    38,
    'linkedin/ad-guest-2026-08.html',
    {
      url: 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
      salary: 2,
      employer: 38,
      location: 38,
    },
  ],
  // The cards the guest search page appends to its list (no page shell; the search page's address).
  [
    10,
    'linkedin/listing-guest-fragment-2026-06.html',
    { url: 'https://au.linkedin.com/jobs/search', employer: 10, location: 10 },
  ],
  // No address in the HTML ("Search all Jobs" with the first job open): the search's own address.
  [
    8,
    'linkedin/listing-signedin-2025-09.html',
    { url: 'https://www.linkedin.com/jobs/search/?currentJobId=4296883460', employer: 8, location: 8 },
  ],
];

export const adapter = defineSiteAdapter({
  id: 'linkedin',
  name: 'linkedin.com/jobs',
  matches: ['*://*.linkedin.com/jobs/*'],
  testUrls: [
    'https://www.linkedin.com/jobs/search?keywords=Waiter&location=Dubai',
    'https://www.linkedin.com/jobs/view/waiter-at-example-900000090',
  ],
  lang: 'en',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /^\/jobs\/view\//,
  card: CARD,
  detail: DETAIL,
});
