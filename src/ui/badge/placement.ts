/**
 * Where a badge goes: right after the card's title heading when the root has one (where the eye lands
 * first), otherwise at the top of the root. Never inside a heading or a link, so the title's accessible
 * name and the card's click target stay as the site made them.
 */
import type { FoundAd } from '../../sites/types';

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

export function placeBadge(host: Element, found: FoundAd): void {
  const heading = titleHeading(found);
  if (heading) heading.after(host);
  else found.root.prepend(host);
}

function titleHeading(found: FoundAd): Element | null {
  const title = norm(found.ad.title ?? '');
  if (!title) return null;
  for (const h of found.root.querySelectorAll(HEADINGS)) {
    if (norm(h.textContent ?? '') === title) return h;
  }
  return null;
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
