/**
 * One pass over the page: every ad the adapter finds, with its key and content hash, split into the ads
 * whose result is already known (cache hit: same key and same text) and those to send for analysis.
 */
import { extractGeneric, listingPostings } from '../extract';
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

/**
 * Ads `from` to `from + count` of `found`, cut to the contract's caps (bounds.ts) before they are keyed,
 * hashed or sent; ads with neither text nor title are left out. Their keys are not unique yet
 * (uniqueOnPage makes them so, over the whole page).
 */
export function scanSlice(
  adapterId: string,
  found: readonly FoundAd[],
  url: URL,
  from: number,
  count: number,
): ScannedAd[] {
  const out: ScannedAd[] = [];
  for (let i = from; i < Math.min(found.length, from + count); i++) {
    const f = found[i] as FoundAd;
    const ad = boundAd(f.ad);
    const bounded = ad === f.ad ? f : { ...f, ad };
    if (!bounded.ad.text.trim() && !bounded.ad.title?.trim()) continue;
    out.push({ key: adKey(adapterId, bounded, url), hash: contentHash(bounded.ad), found: bounded });
  }
  return out;
}

/** Gives repeated keys their suffix (keys.ts), over every ad of the page, in page order. */
export function uniqueOnPage(ads: ScannedAd[]): ScannedAd[] {
  const keys = uniqueKeys(ads.map((a) => a.key));
  ads.forEach((a, i) => (a.key = keys[i] as string));
  return ads;
}

/** Every ad on the page at once, cut to the contract's caps (the controller does it in slices). */
export function scanPage(adapter: SiteAdapter, doc: Document, url: URL, cache: ResultCache): ScanResult {
  const found = findAds(adapter, doc, url);
  const ads = uniqueOnPage(scanSlice(adapter.id, found, url, 0, found.length));
  const toAnalyze = ads.filter((a) => cache.get(a.key)?.hash !== a.hash);
  return { ads, toAnalyze };
}
