/**
 * linkedin.com/jobs only: the public ("guest") job search and job pages, which is what people without an
 * account see. Selectors from JobSpy (2025, site-selectors.md); the signed-in app renders different,
 * obfuscated markup that the generic extractor handles when the user asks.
 */
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';

const CARD: CardSelectors = {
  card: '.base-search-card',
  title: '.base-search-card__title',
  // The whole card is a link; the title is not inside it.
  link: 'a.base-card__full-link',
  salary: '.job-search-card__salary-info',
  employer: '.base-search-card__subtitle',
  location: '.job-search-card__location',
  // The full-card link repeats the title for screen readers.
  ignore: '.sr-only',
};

const DETAIL: DetailSelectors = {
  body: '.show-more-less-html__markup',
  root: '.description__text',
  title: '.top-card-layout__title',
  employer: '.topcard__org-name-link',
  location: '.topcard__flavor--bullet',
};

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
