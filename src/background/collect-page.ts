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
/** Every key of a checked page starts so (the popup tells a checked page's ads from a job site's by it). */
export const CHECK_KEY_PREFIX = 'check-';
/** Where the injected page runtime keeps itself (globalThis[Symbol.for(…)] in the isolated world). */
export const CHECK_RUNTIME_KEY = 'jobsafe.check';
/** The key of the ad the user selected and chose "Check this job ad" for. */
export const SELECTION_KEY = 'check-selection';
/**
 * The most of a selection that is read from the page; boundAd then cuts it to the contract's text cap
 * (one character over the analyzer's limit, so a longer selection reads as partial).
 */
export const MAX_SELECTION = 200_000;
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
  return collectAds(doc, url, extract).page;
}

/** What a check collected: the data for the background, and the ads themselves for drawing on. */
export interface Collected {
  page: CollectedPage;
  found: Map<string, FoundAd>;
}

/** The page's language hint, within the contract's cap (src/page/bounds.ts). */
function pageLang(doc: Document): string | undefined {
  return boundLang(doc.documentElement.lang);
}

export function collectAds(doc: Document, url: string, extract?: Extractor): Collected {
  const lang = pageLang(doc);
  const found = new Map<string, FoundAd>();
  const extracted = (extract?.(doc, new URL(url)) ?? [])
    .filter((f) => f.ad.text.trim())
    .slice(0, MAX_CHECKED_ADS);
  const ads: CollectedPage['ads'] = extracted.map((f, i) => {
    const key = `${CHECK_KEY_PREFIX}${i}`;
    f.root.setAttribute(CHECK_KEY_ATTR, key);
    found.set(key, f);
    // Cut to the caps of the messaging contract, as the content script cuts what it sends.
    return { key, ad: { id: key, ...boundAd(f.ad), lang } };
  });
  if (ads.length === 0) {
    const main = mainElement(doc);
    const text = main ? readable(main).slice(0, MAX_PAGE_TEXT) : '';
    if (main && text) {
      const key = `${CHECK_KEY_PREFIX}page`;
      main.setAttribute(CHECK_KEY_ATTR, key);
      const ad = boundAd({ text, title: doc.title || undefined, url: boundUrl(url) });
      found.set(key, { root: main, kind: 'detail', ad, body: main });
      ads.push({ key, ad: { id: key, ...ad, lang } });
    }
  }
  return { page: { url, title: doc.title, ads }, found };
}

/** Display types that are not boxes of their own: a selection's block is above them. */
const INLINE = new Set(['inline', 'contents', 'inline-block', 'inline-flex', 'ruby']);

function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const win = node.ownerDocument?.defaultView;
  while (el && el !== el.ownerDocument.body && win && INLINE.has(win.getComputedStyle(el).display)) {
    el = el.parentElement;
  }
  return el;
}

/**
 * The text the user selected, as one ad: its root is the block holding the whole selection (the block
 * where it starts when that one holds far more than the selection, like a whole forum thread). The
 * selection's text, with its line breaks, is what is checked. Undefined without a selection.
 */
export function collectSelection(doc: Document, url: string): Collected | undefined {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const text = selection.toString().trim().slice(0, MAX_SELECTION);
  if (!text) return undefined;
  const range = selection.getRangeAt(0);
  const around = blockOf(range.commonAncestorContainer);
  const start = blockOf(range.startContainer);
  const big = around && (around.textContent ?? '').length > 2 * text.length + 200;
  const root = (big ? start : around) ?? doc.body;
  if (!root) return undefined;
  root.setAttribute(CHECK_KEY_ATTR, SELECTION_KEY);
  const ad = boundAd({ text, url: boundUrl(url) });
  const found = new Map<string, FoundAd>([[SELECTION_KEY, { root, kind: 'detail', ad, body: root }]]);
  return {
    page: {
      url,
      title: doc.title,
      ads: [{ key: SELECTION_KEY, ad: { id: SELECTION_KEY, ...ad, lang: pageLang(doc) } }],
    },
    found,
  };
}

/**
 * Injected with executeScript({ func }) after the analysis, so it must be self-contained: no imports,
 * no outer variables (the attribute names are spelled out for that reason).
 */
export function applyRiskMarks(marks: [key: string, level: string, checked: boolean][]): number {
  let marked = 0;
  for (const [key, level, checked] of marks) {
    for (const el of document.querySelectorAll(`[data-jobsafe-check="${CSS.escape(key)}"]`)) {
      el.setAttribute('data-jobsafe-risk', level);
      // The same public marks as src/page/marking.ts: an ad that was not read is never a clear.
      if (checked) el.removeAttribute('data-jobsafe-checked');
      else el.setAttribute('data-jobsafe-checked', 'false');
      marked++;
    }
  }
  return marked;
}
