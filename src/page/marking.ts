/**
 * The public marking contract (issue 4, item 4): every analyzed ad's root element carries
 * `data-jobsafe-risk="none|caution|high"`. The other attributes are the content script's bookkeeping.
 */
import type { Level } from '../analysis/types';

export const RISK_ATTR = 'data-jobsafe-risk';
/** The ad's key (see keys.ts), so the popup's "scroll to ad" and re-scans find the root again. */
export const KEY_ATTR = 'data-jobsafe-key';
/** The content hash the marking was made for: a different hash means the ad changed. */
export const HASH_ATTR = 'data-jobsafe-hash';

export function markRoot(root: Element, key: string, hash: string, level: Level): void {
  root.setAttribute(KEY_ATTR, key);
  root.setAttribute(HASH_ATTR, hash);
  root.setAttribute(RISK_ATTR, level);
}

export function clearMark(root: Element): void {
  root.removeAttribute(RISK_ATTR);
  root.removeAttribute(KEY_ATTR);
  root.removeAttribute(HASH_ATTR);
}

/** Removes every mark under `scope` (teardown: navigation, site switched off, extension reloaded). */
export function clearAllMarks(scope: ParentNode): void {
  scope.querySelectorAll(`[${KEY_ATTR}],[${RISK_ATTR}]`).forEach(clearMark);
}

export function findMarkedRoot(scope: ParentNode, key: string): Element | null {
  for (const el of scope.querySelectorAll(`[${KEY_ATTR}]`)) {
    if (el.getAttribute(KEY_ATTR) === key) return el;
  }
  return null;
}
