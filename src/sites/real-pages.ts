/**
 * The real pages an adapter was checked against, written beside its selectors the way refined-github's
 * selectors.ts lists `[expected count, URL]`: `[ads, page, facts]`. The pages are saved by people outside
 * the project (../shared/real-pages, sources in its SOURCES.md; a page the project found elsewhere names its source in `foundAt` and docs/sites.md); they are never
 * copied into the repository. tests/unit/sites/real-pages.test.ts runs every adapter on its pages.
 *
 * Only types and data live here: the content script imports no REAL_PAGES, so none of it is bundled.
 */

/** What a reader sees on a saved page, counted without the adapter (the comment beside says how). */
export interface RealPageFacts {
  /** The page's address (its canonical link, or as SOURCES.md gives it): what the adapter is handed. */
  url: string;
  /**
   * How many of the ads show each optional field; absent means none does. Every ad must have a title, a
   * non-empty text and an absolute URL; `titles`/`urls` lower that where the page shows fewer.
   */
  salary?: number;
  employer?: number;
  location?: number;
  titles?: number;
  urls?: number;
  /**
   * The page is from another section of the site (flats, cars, CVs) whose ad markup the job section shares:
   * the adapter's patterns do not claim its URL, and a job-section check (OLX's breadcrumbs) is skipped.
   */
  otherSection?: string;
  /**
   * Where the project found a page that is not in the shared set (`owner/repo@commit:path`). A new machine
   * has only the shared set, so the test skips such a page, saying where to get it, instead of failing.
   */
  foundAt?: string;
}

/** `[ads visible on the page, path under ../shared/real-pages, facts]`. */
export type RealPage = readonly [ads: number, page: string, facts: RealPageFacts];
