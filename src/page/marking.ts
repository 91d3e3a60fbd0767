/**
 * The public marking contract (issue 4, item 4; issue 11, item 6): every analyzed ad's root element
 * carries `data-jobsafe-risk="none|caution|high"`, and an ad whose text JobSafe could not read (a
 * language it does not check) also `data-jobsafe-checked="false"`, so its `none` is never taken for a
 * clear. The other attributes are the content script's bookkeeping.
 */
import type { Assessment } from '../analysis/types';

export const RISK_ATTR = 'data-jobsafe-risk';
export const CHECKED_ATTR = 'data-jobsafe-checked';
/** The ad's key (see keys.ts), so the popup's "scroll to ad" and re-scans find the root again. */
export const KEY_ATTR = 'data-jobsafe-key';
/** The content hash the marking was made for: a different hash means the ad changed. */
export const HASH_ATTR = 'data-jobsafe-hash';

/** The public marks of one analyzed ad (job sites and checked pages alike). */
export function markRisk(root: Element, assessment: Pick<Assessment, 'level' | 'checked'>): void {
  root.setAttribute(RISK_ATTR, assessment.level);
  if (assessment.checked) root.removeAttribute(CHECKED_ATTR);
  else root.setAttribute(CHECKED_ATTR, 'false');
}

export function clearRisk(root: Element): void {
  root.removeAttribute(RISK_ATTR);
  root.removeAttribute(CHECKED_ATTR);
}

export function markRoot(
  root: Element,
  key: string,
  hash: string,
  assessment: Pick<Assessment, 'level' | 'checked'>,
): void {
  root.setAttribute(KEY_ATTR, key);
  root.setAttribute(HASH_ATTR, hash);
  markRisk(root, assessment);
}

export function clearMark(root: Element): void {
  clearRisk(root);
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
