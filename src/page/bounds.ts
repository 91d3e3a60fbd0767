/**
 * Cuts what a site adapter extracted to the caps of the messaging contract (AD_LIMITS in
 * src/messaging/background-messages.ts) before the content script keys, hashes or sends it. A page decides what its
 * cards contain: a megabyte of digits in a tel: link, ten thousand contacts, a title the length of a
 * book. Cut here, such an ad still gets its badge; sent whole, it would be rejected by the background (or,
 * before the caps, cost it seconds for every other tab).
 */
import { AD_LIMITS as LIMITS } from '../messaging/background-messages';
import type { ExtractedAd } from '../sites/types';

const cut = (s: string | undefined, max: number): string | undefined =>
  s === undefined || s.length <= max ? s : s.slice(0, max);

/**
 * The ad within the caps. Text and the short fields are cut (the analyzer would read no further, and the
 * text keeps one character more so it still reads as longer); a contact longer than a contact can be is
 * dropped rather than cut (a cut phone number is another number), and so is a URL too long to be one.
 * An ad within them all, as nearly every real one is, is returned as it is: no copy per card.
 */
export function boundAd(ad: ExtractedAd): ExtractedAd {
  if (withinCaps(ad)) return ad;
  const contacts = ad.contacts
    ?.filter((c) => c.length > 0 && c.length <= LIMITS.contact)
    .slice(0, LIMITS.contacts);
  const out: ExtractedAd = { ...ad, text: cut(ad.text, LIMITS.text) ?? '' };
  for (const field of ['title', 'salary', 'employer', 'location'] as const) {
    if (ad[field] !== undefined) out[field] = cut(ad[field], LIMITS.field);
  }
  if (ad.contacts !== undefined) out.contacts = contacts;
  if (ad.url !== undefined && ad.url.length > LIMITS.url) delete out.url;
  return out;
}

function withinCaps(ad: ExtractedAd): boolean {
  const fits = (s: string | undefined, max: number) => s === undefined || s.length <= max;
  return (
    ad.text.length <= LIMITS.text &&
    fits(ad.title, LIMITS.field) &&
    fits(ad.salary, LIMITS.field) &&
    fits(ad.employer, LIMITS.field) &&
    fits(ad.location, LIMITS.field) &&
    fits(ad.url, LIMITS.url) &&
    (ad.contacts === undefined ||
      (ad.contacts.length <= LIMITS.contacts &&
        ad.contacts.every((c) => c.length > 0 && c.length <= LIMITS.contact)))
  );
}

/** The page URL as an ad's `url`: only when it fits. */
export function boundUrl(url: string | undefined): string | undefined {
  return url !== undefined && url.length <= LIMITS.url ? url : undefined;
}

/** The page's language hint: `<html lang>`'s primary subtag, when it looks like one. */
export function boundLang(lang: string | undefined): string | undefined {
  const primary = (lang ?? '').slice(0, 8).split('-')[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
