/**
 * The public marking contract (issue 4, item 4; issue 11, item 6): every analyzed ad's root element
 * carries `data-jobsafe-risk="none|caution|high"`, and an ad whose text JobSafe could not read (a
 * language it does not check) also `data-jobsafe-checked="false"`, so its `none` is never taken for a
 * clear. The ad's key is the content script's bookkeeping.
 *
 * A long listing marks a thousand roots, each attribute call a crossing from the content script's world,
 * so a root carries nothing more: whether an ad changed is told by the controller's own record of what
 * it marked (its key, root and content hash), which the page cannot rewrite.
 */
import type { Assessment } from '../analysis/types';

export const RISK_ATTR = 'data-jobsafe-risk';
export const CHECKED_ATTR = 'data-jobsafe-checked';
/** The ad's key (see keys.ts): which of the popup's ads a root is (the tests read it, as can a person). */
export const KEY_ATTR = 'data-jobsafe-key';

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
  assessment: Pick<Assessment, 'level' | 'checked'>,
): void {
  root.setAttribute(KEY_ATTR, key);
  markRisk(root, assessment);
}

export function clearMark(root: Element): void {
  clearRisk(root);
  root.removeAttribute(KEY_ATTR);
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
