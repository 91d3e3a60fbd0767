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
