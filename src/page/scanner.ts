/**
 * One pass over the page: every ad the adapter finds, with its key and content hash, split into the ads
 * whose result is already known (cache hit: same key and same text) and those to send for analysis.
 */
import type { Assessment } from '../analysis/types';
import { extractGeneric, listingPostings } from '../extract';
import type { FoundAd, SiteAdapter } from '../sites/types';
import { adKey, contentHash, uniqueKeys } from './keys';

export interface ScannedAd {
  key: string;
  hash: string;
  found: FoundAd;
}

export interface CachedResult {
  hash: string;
  assessment: Assessment;
}

/** Results by ad key. Kept across SPA navigations, so going back to a list re-sends nothing. */
export type ResultCache = Map<string, CachedResult>;

export interface ScanResult {
  /** Every ad on the page now, in page order. */
  ads: ScannedAd[];
  /** The ads with no cached result for their current text. */
  toAnalyze: ScannedAd[];
}

/**
 * The adapter's ads, and where its selectors missed (the site changed its markup) what the generic
 * extractor reads instead: on an ad page without a vacancy body, the ad (schema.org JobPosting, else the
 * main text block) unless it overlaps a card the adapter found; on any other page where the adapter found
 * nothing at all, the postings the page describes in schema.org data (listingPostings).
 */
export function findAds(adapter: SiteAdapter, doc: Document, url: URL): FoundAd[] {
  const found = adapter.find(doc, url);
  if (found.some((f) => f.kind === 'detail')) return found;
  if (!adapter.isAdPage?.(doc, url)) return found.length ? found : listingPostings(doc, url);
  const generic = extractGeneric(doc, url).filter(
    (g) => g.kind === 'detail' && !found.some((f) => f.root.contains(g.root) || g.root.contains(f.root)),
  );
  return [...generic, ...found];
}

export function scanPage(adapter: SiteAdapter, doc: Document, url: URL, cache: ResultCache): ScanResult {
  const found = findAds(adapter, doc, url).filter((f) => f.ad.text.trim() || f.ad.title?.trim());
  const keys = uniqueKeys(found.map((f) => adKey(adapter.id, f, url)));
  const ads = found.map((f, i) => ({ key: keys[i] as string, hash: contentHash(f.ad), found: f }));
  const toAnalyze = ads.filter((a) => cache.get(a.key)?.hash !== a.hash);
  return { ads, toAnalyze };
}
