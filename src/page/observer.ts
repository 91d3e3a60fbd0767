/**
 * Watches the page for new or changed ads (infinite scroll, SPA re-renders) and for the page undoing
 * what the content script drew (a badge removed or moved, a root's mark rewritten). The observer
 * callback only records that something changed; the scan runs once per batch, in the scheduled
 * callback, so a page that appends 50 cards one by one costs one scan, not 50.
 */

/** Schedules `cb` once (an idle callback or animation frame); returns a function that cancels it. */
export type Schedule = (cb: () => void) => () => void;

export interface MutationBatcher {
  /** Drops the records queued so far: call right after the script's own DOM writes. */
  discardPending(): void;
  disconnect(): void;
}

export interface OwnNodes {
  /** Nodes the content script inserts itself (badge hosts, fallback <mark>s): their changes are no news. */
  isOwnNode(node: Node): boolean;
  /**
   * Own nodes whose removal is news all the same: a badge host the page took away or moved (the script's
   * own removals are discarded with discardPending before the observer sees them).
   */
  isOwnRemoval?(node: Node): boolean;
  /** An attribute of the page's elements whose change is news (the public mark, data-jobsafe-risk). */
  attribute?: string;
}

export function observeMutations(
  target: Node,
  own: OwnNodes,
  schedule: Schedule,
  onBatch: () => void,
): MutationBatcher {
  let cancel: (() => void) | undefined;
  const { isOwnNode } = own;

  const isNews = (m: MutationRecord): boolean => {
    if (isInsideOwn(m.target, isOwnNode)) return false;
    if (m.type === 'attributes') return true;
    for (const n of m.removedNodes) if (own.isOwnRemoval?.(n)) return true;
    const nodes = [...m.addedNodes, ...m.removedNodes];
    return nodes.some((n) => !isOwnNode(n) && !isBlankText(n));
  };

  const observer = new MutationObserver((records) => {
    if (cancel || !records.some(isNews)) return;
    cancel = schedule(() => {
      cancel = undefined;
      onBatch();
    });
  });
  observer.observe(target, {
    childList: true,
    subtree: true,
    ...(own.attribute ? { attributes: true, attributeFilter: [own.attribute] } : {}),
  });

  return {
    discardPending: () => void observer.takeRecords(),
    disconnect() {
      observer.disconnect();
      cancel?.();
      cancel = undefined;
    },
  };
}

function isInsideOwn(node: Node | null, isOwnNode: (node: Node) => boolean): boolean {
  for (let n = node; n; n = n.parentNode) if (isOwnNode(n)) return true;
  return false;
}

function isBlankText(node: Node): boolean {
  return node.nodeType === 3 && !node.textContent?.trim();
}

/**
 * The default schedule: an idle callback with a deadline (so a busy page still gets badges within
 * `timeoutMs`), or a timer where requestIdleCallback is missing (Safari).
 */
export function idleSchedule(win: Window, timeoutMs = 300): Schedule {
  return (cb) => {
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(cb, { timeout: timeoutMs });
      return () => win.cancelIdleCallback(id);
    }
    const id = win.setTimeout(cb, 50);
    return () => win.clearTimeout(id);
  };
}
