/**
 * What the OLX sites (olx.pl, olx.ua, olx.kz, olx.uz…) share: one platform, one markup with data-cy and
 * data-testid hooks (site-selectors.md). Each country is its own adapter (olx-pl.ts…) for its patterns
 * and default language. OLX ad pages live under /d/ for every category, so an ad page is read only
 * when its breadcrumbs lead to the job section.
 */
import {
  defineSiteAdapter,
  type CardSelectors,
  type DetailSelectors,
  type SelectorSiteAdapter,
} from './define';
import type { SiteAdapter } from './types';

export const OLX_CARD: CardSelectors = {
  card: '[data-cy="l-card"]',
  // The title block holds the heading and the price: the heading alone. Gallery cards (olx.ua's flats,
  // 2026) have no title block: their title is the text link to the ad.
  title:
    '[data-cy="ad-card-title"] h4, [data-cy="ad-card-title"] h5, [data-cy="ad-card-title"] h6, ' +
    '[data-cy="ad-card-title"] a, p > a[href*="/d/"]',
  link: '[data-cy="ad-card-title"] a, a[href*="/d/"]',
  salary: '[data-testid="ad-price"]',
  // "City - date" on one line (gallery cards show it in a paragraph with no hook: read with the card).
  location: '[data-testid="location-date"]',
  // Job cards show no description snippet, but job parameters (contract, hours): the whole card is read,
  // less its buttons ("Obserwuj" / "Подписаться": follow the ad).
  ignore: 'button',
};

export const OLX_DETAIL: DetailSelectors = {
  body: '[data-cy="ad_description"], [data-testid="ad_description"]',
  // The "Opis"/"Описание" heading inside the description block.
  ignore: 'h2, h3, h4',
  title: '[data-testid="offer_title"], [data-testid="ad_title"]',
  salary: '[data-testid="ad-price-container"]',
  employer: '[data-testid="user-profile-user-name"]',
  // Shown after "Show phone" is pressed.
  contacts: '[data-testid="contact-phone"]',
};

/** Breadcrumb links to a job section: the only sign of a job ad on a /d/ ad page. */
export const OLX_JOB_BREADCRUMB = ['praca', 'rabota', 'jobs']
  .map((section) => `[data-testid="breadcrumb-item"] a[href*="/${section}/"]`)
  .join(', ');

interface OlxCountry {
  id: string;
  name: string;
  /** The job section's path segment: praca on olx.pl, rabota on the Russian-speaking sites. */
  section: string;
  lang: SiteAdapter['lang'];
  testUrls: readonly string[];
}

export function defineOlxAdapter({ id, name, section, lang, testUrls }: OlxCountry): SelectorSiteAdapter {
  const host = `*.${name}`;
  // The job section with or without a language prefix (/uk/rabota/, /d/uk/rabota/), and ad pages (/d/…).
  const sectionPath = new RegExp(`^(/d)?(/[a-z]{2})?/(oferta/)?${section}/`);
  return defineSiteAdapter({
    id,
    name,
    matches: [`*://${host}/${section}/*`, `*://${host}/*/${section}/*`, `*://${host}/d/*`],
    testUrls,
    lang,
    // An ad page (/d/…/<slug>-ID….html); a job ad only where isJobPage says so.
    adPage: /^\/d\/.*\.html$/,
    card: OLX_CARD,
    detail: OLX_DETAIL,
    isJobPage: (doc, url) => sectionPath.test(url.pathname) || doc.querySelector(OLX_JOB_BREADCRUMB) !== null,
  });
}
