/**
 * Stable keys for ads on a page. The key names an ad (so the popup can scroll to it and results can be
 * cached); the content hash says whether its text changed since it was analyzed.
 */
import type { ExtractedAd, FoundAd } from '../sites/types';
import { hashString } from './hash';

/** The messaging contract caps keys at 200 characters. */
const MAX_KEY_LENGTH = 200;

/** Everything the analyzer sees of an ad: if any of it changes, the ad is analyzed again. */
export function contentHash(ad: ExtractedAd): string {
  const parts = [ad.title, ad.text, ad.salary, ad.employer, ad.location, ...(ad.contacts ?? [])];
  // A separator that cannot occur in extracted text keeps "ab"+"c" apart from "a"+"bc".
  return hashString(parts.map((p) => p ?? '').join('\u0000'));
}

/**
 * `<adapter id>:<ad URL without query or fragment>` when the ad has a URL (the page URL for an ad page),
 * otherwise `<adapter id>:#<hash of title and text>`.
 */
export function adKey(adapterId: string, found: FoundAd, pageUrl: URL): string {
  const url = found.ad.url ?? (found.kind === 'detail' ? pageUrl.href : undefined);
  if (url) {
    const key = `${adapterId}:${stripSearch(url)}`;
    if (key.length <= MAX_KEY_LENGTH) return key;
  }
  return `${adapterId}:#${hashString(`${found.ad.title ?? ''}\u0000${found.ad.text}`)}`;
}

/** An absolute http(s) URL without credentials: already parsed once (absoluteUrl), cut as a string. */
const PLAIN_ABSOLUTE = /^https?:\/\/[^/?#@]+(?:[/?#]|$)/;

function stripSearch(url: string): string {
  // Adapters hand over hrefs that absoluteUrl has already parsed; parsing each again cost a URL per card.
  if (PLAIN_ABSOLUTE.test(url)) {
    const end = url.search(/[?#]/);
    const head = end < 0 ? url : url.slice(0, end);
    return /^https?:\/\/[^/]+$/.test(head) ? `${head}/` : head;
  }
  try {
    const u = new URL(url);
    return u.origin + u.pathname;
  } catch {
    return url;
  }
}

/**
 * Gives repeated keys a suffix (`…~2`, `…~3`): a listing may show the same vacancy twice (a promoted
 * copy), and each root needs its own badge and its own entry in the page report.
 */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}~${n}`;
  });
}
