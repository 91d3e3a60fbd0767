/**
 * Runs IN THE PAGE (injected by "check this page", entrypoints/check-page.ts), not in the background:
 * finds the ads on any page, tags their roots so the background can mark them after analysis, and
 * returns plain data (it crosses into the background through executeScript's structured clone).
 */
import type { AdInput } from '../analysis/types';
import { boundAd, boundLang, boundUrl } from '../page/bounds';
import type { FoundAd } from '../sites/types';

/** The attribute that ties an ad root to its key between the two injections (collect, then mark). */
export const CHECK_KEY_ATTR = 'data-jobsafe-check';
/** The most ads one check sends (the analyze-batch cap). */
export const MAX_CHECKED_ADS = 200;
/** Text of a page with no recognisable ad: enough for a long ad, bounded for a huge page. */
export const MAX_PAGE_TEXT = 20_000;

/** What the page sends back; parsed again in the background (check-tab.ts), where zod is loaded anyway. */
export interface CollectedPage {
  url: string;
  title: string;
  ads: { key: string; ad: AdInput }[];
}

/** src/extract's extractGeneric: JSON-LD JobPosting, microdata, then the largest readable text block. */
export type Extractor = (doc: Document, url: URL) => FoundAd[];

/** The readable text of an element; innerText keeps line breaks between blocks, textContent does not. */
function readable(el: Element): string {
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The page's main content: <main> or role=main, else the only <article>, else the whole body. */
function mainElement(doc: Document): Element | null {
  const main = doc.querySelector('main, [role="main"]');
  if (main) return main;
  const articles = doc.querySelectorAll('article');
  return articles.length === 1 ? articles[0]! : doc.body;
}

export function collectPage(doc: Document, url: string, extract?: Extractor): CollectedPage {
  const lang = boundLang(doc.documentElement.lang);
  const found = (extract?.(doc, new URL(url)) ?? [])
    .filter((f) => f.ad.text.trim())
    .slice(0, MAX_CHECKED_ADS);
  const ads: CollectedPage['ads'] = found.map((f, i) => {
    const key = `check-${i}`;
    f.root.setAttribute(CHECK_KEY_ATTR, key);
    // Cut to the caps of the messaging contract, as the content script cuts what it sends.
    return { key, ad: { id: key, ...boundAd(f.ad), lang } };
  });
  if (ads.length === 0) {
    const main = mainElement(doc);
    const text = main ? readable(main).slice(0, MAX_PAGE_TEXT) : '';
    if (main && text) {
      main.setAttribute(CHECK_KEY_ATTR, 'check-page');
      ads.push({
        key: 'check-page',
        ad: {
          id: 'check-page',
          ...boundAd({ text, title: doc.title || undefined, url: boundUrl(url) }),
          lang,
        },
      });
    }
  }
  return { url, title: doc.title, ads };
}

/**
 * Injected with executeScript({ func }) after the analysis, so it must be self-contained: no imports,
 * no outer variables (the attribute names are spelled out for that reason).
 */
export function applyRiskMarks(marks: [key: string, level: string][]): number {
  let marked = 0;
  for (const [key, level] of marks) {
    for (const el of document.querySelectorAll(`[data-jobsafe-check="${CSS.escape(key)}"]`)) {
      el.setAttribute('data-jobsafe-risk', level);
      marked++;
    }
  }
  return marked;
}
