/**
 * Where a badge goes. Right after the card's title heading when the root has one (where the eye lands
 * first), otherwise at the top of the root; never inside a link, a button, a label or a summary, so a
 * click on the badge opens the badge and not the ad (avito and OLX wrap the title heading in the ad's
 * link). On a card of a fixed height (OLX's listing grid) an in-flow badge would push the card's content
 * out, under the next card; there the badge docks onto the card's top corner instead, out of the flow.
 */
import type { FoundAd } from '../../sites/types';

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';
/** Elements a click goes through to something else: the badge must never sit inside one. */
export const INTERACTIVE = 'a,button,label,summary,select,textarea,[role="link"],[role="button"]';
/** Set on the host when it overlays its card (the badge's stylesheet takes it out of the flow). */
export const DOCK_ATTR = 'data-dock';

export function placeBadge(host: HTMLElement, found: FoundAd): void {
  const { root } = found;
  const trap = outermostInteractive(root, null);
  if (trap) {
    // The whole ad is one link (or inside one): the badge goes just before it, beside the ad.
    trap.before(host);
    return;
  }
  const heading = titleHeading(found);
  if (heading) (outermostInteractive(heading, root) ?? heading).after(host);
  else root.prepend(host);
  if (found.kind === 'card') queueFit(host, root);
}

/** The outermost element matching INTERACTIVE among `el` and its ancestors, below `stop`. */
function outermostInteractive(el: Element, stop: Element | null): Element | null {
  let found: Element | null = null;
  for (let up: Element | null = el; up && up !== stop; up = up.parentElement) {
    if (up.matches(INTERACTIVE)) found = up;
  }
  return found;
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

/*
 * Fitting is measured, since no selector says which cards have a fixed height: after the badges of a
 * task are placed (a group of cards that came near the screen, a slice of known ads), one microtask at
 * the end of that task reads the layout once for all of them, then writes. The read forces the layout
 * the next frame would do anyway, so it costs no extra pass: it only does it here, in the task that
 * placed the badges, and leaves the frame that follows with pre-paint and paint alone. (Read in a
 * requestAnimationFrame, the same layout ran inside the frame, which made the first badges' frame the
 * extension's longest task on a long listing.) A docked badge is then drawn docked from its first frame.
 */
interface Placed {
  host: HTMLElement;
  root: Element;
}
const pending = new Map<Document, Placed[]>();
/** How far above the root a fixed-height box can be (OLX: the root, its grid cell, the grid). */
const LEVELS_ABOVE_ROOT = 2;

function queueFit(host: HTMLElement, root: Element): void {
  const doc = root.ownerDocument;
  const queue = pending.get(doc);
  if (queue) {
    queue.push({ host, root });
    return;
  }
  pending.set(doc, [{ host, root }]);
  queueMicrotask(() => fitAll(doc));
}

function fitAll(doc: Document): void {
  const queue = pending.get(doc) ?? [];
  pending.delete(doc);
  const push = queue.filter(({ host, root }) => host.isConnected && pushesOut(host, root));
  for (const { host, root } of push) dock(host, root);
}

/** Whether the badge made its card (or a box just around it) overflow its height. */
export function pushesOut(host: HTMLElement, root: Element): boolean {
  const height = host.offsetHeight;
  if (!height) return false;
  let above = -1;
  for (let el = host.parentElement; el && above < LEVELS_ABOVE_ROOT; el = el.parentElement) {
    if (el === el.ownerDocument.body || el === el.ownerDocument.documentElement) break;
    if (el.scrollHeight - el.clientHeight >= Math.min(height, 8) && !scrolls(el)) return true;
    if (el === root || above >= 0) above++;
  }
  return false;
}

/** A scroll container's overflow can be scrolled to: that is not content pushed out of sight. */
function scrolls(el: Element): boolean {
  const overflowY = el.ownerDocument.defaultView?.getComputedStyle(el).overflowY;
  return overflowY === 'auto' || overflowY === 'scroll';
}

/** Overlays the badge on the card's top corner: out of the flow, at the place the card's content starts. */
export function dock(host: HTMLElement, root: Element): void {
  host.setAttribute(DOCK_ATTR, '');
  if (root.firstChild !== host) root.prepend(host);
}
