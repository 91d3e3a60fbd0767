/**
 * Watches the page for new or changed ads (infinite scroll, SPA re-renders). The observer callback only
 * records that something changed; the scan runs once per batch, in the scheduled callback, so a page
 * that appends 50 cards one by one costs one scan, not 50.
 */

/** Schedules `cb` once (an idle callback or animation frame); returns a function that cancels it. */
export type Schedule = (cb: () => void) => () => void;

export interface MutationBatcher {
  /** Drops the records queued so far: call right after the script's own DOM writes. */
  discardPending(): void;
  disconnect(): void;
}

/** Nodes the content script inserts itself (badge hosts, fallback <mark>s): their comings and goings are no news. */
export type IsOwnNode = (node: Node) => boolean;

export function observeMutations(
  target: Node,
  isOwnNode: IsOwnNode,
  schedule: Schedule,
  onBatch: () => void,
): MutationBatcher {
  let cancel: (() => void) | undefined;

  const isNews = (m: MutationRecord): boolean => {
    if (isInsideOwn(m.target, isOwnNode)) return false;
    const nodes = [...m.addedNodes, ...m.removedNodes];
    // A removed badge alone is not news: re-adding it at once would fight a page that re-renders.
    return nodes.some((n) => !isOwnNode(n) && !isBlankText(n));
  };

  const observer = new MutationObserver((records) => {
    if (cancel || !records.some(isNews)) return;
    cancel = schedule(() => {
      cancel = undefined;
      onBatch();
    });
  });
  observer.observe(target, { childList: true, subtree: true });

  return {
    discardPending: () => void observer.takeRecords(),
    disconnect() {
      observer.disconnect();
      cancel?.();
      cancel = undefined;
    },
  };
}

function isInsideOwn(node: Node | null, isOwnNode: IsOwnNode): boolean {
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
