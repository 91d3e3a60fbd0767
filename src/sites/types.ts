/**
 * The site-adapter contract. One adapter per file in src/sites/, registered in src/sites/registry.ts;
 * the generic extractors in src/extract/ run after the adapters and on pages the user asks to check.
 * Adapters only read the DOM: they must be cheap (they run in the page on every mutation batch) and pure
 * (no globals: the document and URL are passed in, so fixture tests run without a browser).
 */
export type AdKind = 'card' | 'detail';

/** What a page shows about one ad. Only `text` is required. */
export interface ExtractedAd {
  title?: string;
  /** The ad's description as plain text (for a card, every snippet the card shows). */
  text: string;
  salary?: string;
  employer?: string;
  location?: string;
  /** Phone numbers, messenger links and e-mails visible in the ad. */
  contacts?: string[];
  /** Absolute URL of the ad page, when known. */
  url?: string;
}

export interface FoundAd {
  /** The ad's root element: the listing card, or the vacancy body on an ad page. Gets data-jobsafe-risk. */
  root: Element;
  kind: AdKind;
  ad: ExtractedAd;
  /** The element holding the description text, where quoted phrases are highlighted (ad pages). */
  body?: Element;
}

export interface SiteAdapter {
  /** Stable id, used in settings (badges on/off per site): 'hh', 'superjob', 'avito'… */
  id: string;
  /** Shown to the user: 'hh.ru'. */
  name: string;
  /** WebExtension match patterns of the pages this adapter handles (the content script's `matches`). */
  matches: readonly string[];
  /**
   * Where the content script is injected, when wider than `matches`: a site that is one app changing its
   * pages without loading them (robota.ua's Angular app) is entered on its home page, and the search it
   * runs there never loads a page the script could be injected into. The script then waits on every
   * page of the host and reads only those `matches` names (the location watcher finds them).
   */
  injectOn?: readonly string[];
  /** Real URLs the adapter was built for (listing and ad pages), for maintainers. */
  testUrls: readonly string[];
  /** Default language of the site's ads when the text does not tell. */
  lang: 'ru' | 'en' | 'uk' | 'pl' | 'kk' | 'uz';
  /** Every ad currently in `root`: cards on listings, the vacancy body on ad pages. */
  find(root: ParentNode, url: URL): FoundAd[];
  /**
   * Whether this page shows one ad (a vacancy page). There, when `find` returns no vacancy body (the site
   * changed its markup), the content script reads the ad with the generic extractor instead.
   */
  isAdPage?(doc: Document, url: URL): boolean;
}
