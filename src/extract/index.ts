/**
 * Generic extraction, for pages no adapter reads (the "check this page" path) and for ad pages where the
 * adapter's selectors found no vacancy body: schema.org JobPosting first (JSON-LD, then microdata), since
 * the site itself says what the ad is, then the readable-content heuristic.
 */
import { lineText, pageUrl, plainText } from '../sites/dom';
import type { FoundAd } from '../sites/types';
import { jobPostingsFromJsonLd } from './jsonld';
import { jobPostingsFromMicrodata } from './microdata';
import { largestTextBlock } from './readable';

export { jobPostingsFromJsonLd } from './jsonld';
export { jobPostingsFromMicrodata } from './microdata';
export { largestTextBlock } from './readable';

/** The page's heading: its <h1>, else the document title. */
function pageTitle(doc: Document): string | undefined {
  return lineText(doc.querySelector('h1')) || doc.title.trim() || undefined;
}

/** A visible element for a JSON-LD posting: a heading or link showing its title, for several postings. */
function elementShowing(doc: Document, title: string | undefined): Element | undefined {
  if (!title) return undefined;
  for (const heading of doc.querySelectorAll('h1, h2, h3, a')) {
    if (lineText(heading) === title) return heading.closest('article, li, section') ?? heading;
  }
  return undefined;
}

/** Fewer JSON-LD postings than this on a listing are not taken for its cards. */
const MIN_LISTED_POSTINGS = 2;

/**
 * The postings a listing page describes itself, for a listing whose cards the site adapter no longer
 * finds: microdata JobPosting items (each a visible card), else, when there are several, JSON-LD postings
 * whose title is shown in a heading or link (that element's card becomes the root). Never the readable
 * text block: on a listing that would be one "ad" made of every card's text, its badge over the list.
 */
export function listingPostings(doc: Document, url: URL): FoundAd[] {
  const fromMicrodata = jobPostingsFromMicrodata(doc, url);
  if (fromMicrodata.length) return fromMicrodata.map((found) => ({ ...found, kind: 'card' }));
  const found: FoundAd[] = [];
  const postings = jobPostingsFromJsonLd(doc, url);
  // One posting in a listing's JSON-LD is no list (a featured ad, or a vacancy page's data left behind by
  // an in-app navigation): only a list of them describes the cards.
  if (postings.length < MIN_LISTED_POSTINGS) return found;
  for (const ad of postings) {
    const root = elementShowing(doc, ad.title);
    if (root) found.push({ root, kind: 'card', ad });
  }
  return found;
}

export function extractGeneric(doc: Document, url: URL): FoundAd[] {
  const fromJsonLd = jobPostingsFromJsonLd(doc, url);
  if (fromJsonLd.length) {
    const block = largestTextBlock(doc);
    const single = fromJsonLd.length === 1;
    return fromJsonLd.map((ad) => {
      const root = (single ? block : elementShowing(doc, ad.title)) ?? doc.body;
      return { root, kind: single ? 'detail' : 'card', ad, ...(single && block ? { body: block } : {}) };
    });
  }

  const fromMicrodata = jobPostingsFromMicrodata(doc, url);
  if (fromMicrodata.length) return fromMicrodata;

  const block = largestTextBlock(doc);
  if (!block) return [];
  const ad = {
    text: plainText(block),
    url: pageUrl(url),
    ...(pageTitle(doc) ? { title: pageTitle(doc) } : {}),
  };
  return [{ root: block, kind: 'detail', ad, body: block }];
}
