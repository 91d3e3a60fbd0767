/**
 * One pass over the page: every ad the adapter finds, with its key and content hash, split into the ads
 * whose result is already known (cache hit: same key and same text) and those to send for analysis.
 */
import { extractGeneric } from '../extract';
import type { FoundAd, SiteAdapter } from '../sites/types';
import { boundAd } from './bounds';
import type { ResultCache } from './cache';
import { adKey, contentHash, uniqueKeys } from './keys';

export interface ScannedAd {
  key: string;
  hash: string;
  found: FoundAd;
}

export interface ScanResult {
  /** Every ad on the page now, in page order. */
  ads: ScannedAd[];
  /** The ads with no cached result for their current text. */
  toAnalyze: ScannedAd[];
}

/**
 * The adapter's ads, and on an ad page whose vacancy body the adapter's selectors missed (the site changed
 * its markup), the ad the generic extractor reads there (schema.org JobPosting, else the main text block)
 * unless it overlaps a card the adapter found.
 */
export function findAds(adapter: SiteAdapter, doc: Document, url: URL): FoundAd[] {
  const found = adapter.find(doc, url);
  if (found.some((f) => f.kind === 'detail') || !adapter.isAdPage?.(doc, url)) return found;
  const generic = extractGeneric(doc, url).filter(
    (g) => g.kind === 'detail' && !found.some((f) => f.root.contains(g.root) || g.root.contains(f.root)),
  );
  return [...generic, ...found];
}

/** Every ad on the page, cut to the contract's caps (bounds.ts) before it is keyed, hashed or sent. */
export function scanPage(adapter: SiteAdapter, doc: Document, url: URL, cache: ResultCache): ScanResult {
  const found = findAds(adapter, doc, url)
    .map((f) => ({ ...f, ad: boundAd(f.ad) }))
    .filter((f) => f.ad.text.trim() || f.ad.title?.trim());
  const keys = uniqueKeys(found.map((f) => adKey(adapter.id, f, url)));
  const ads = found.map((f, i) => ({ key: keys[i] as string, hash: contentHash(f.ad), found: f }));
  const toAnalyze = ads.filter((a) => cache.get(a.key)?.hash !== a.hash);
  return { ads, toAnalyze };
}
