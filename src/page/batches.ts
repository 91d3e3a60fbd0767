/** Helpers for sending ads in batches: splitting, a small pool of requests in flight, viewport order. */

/**
 * Splits items into batches: the first of at most `first`, the others of at most `size`. A page's first
 * batch (the ads on screen) is answered soon; the rest go in few big messages, each answer being one
 * more round of marking and so one more frame for the page.
 */
export function ramped<T>(items: readonly T[], first: number, size: number): T[][] {
  return items.length <= first
    ? chunk(items, first)
    : [items.slice(0, first), ...chunk(items.slice(first), size)];
}

/** Splits items into batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `run` over `items` with at most `size` calls pending at once, in order of start. */
export async function inPool<T>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await run(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/**
 * Ads on or near the screen (within a screen height above or two below) and the others, each part in
 * page order: a long listing's visible cards are sent first. Without a window everything is near.
 *
 * The near ones are found by binary search, not by asking every card for its box: a box is a layout
 * query that crosses from the content script's world, a thousand of them on a long listing, where a
 * search asks about twenty. It relies on what listings are: cards in page order go down the screen (a
 * list, or a grid row by row), so "ends below the band's top" and "starts below its bottom" each turn
 * true once. A card with no box (display: none) says nothing about where it is: its nearest neighbour
 * with a box answers for it. Where the order is not the screen's, a card is only sent a batch earlier
 * or later: every ad is sent either way.
 */
export function byViewport<T>(
  items: readonly T[],
  rootOf: (item: T) => Element,
  win: Window | null,
): { near: T[]; far: T[] } {
  if (!win || items.length <= 1) return { near: [...items], far: [] };
  const h = win.innerHeight;
  const boxes = new Map<number, DOMRect | null>();
  const boxAt = (i: number): DOMRect | null => {
    let box = boxes.get(i);
    if (box === undefined) {
      const r = rootOf(items[i] as T).getBoundingClientRect();
      box = r.width || r.height ? r : null;
      boxes.set(i, box);
    }
    return box;
  };
  /** The box of item `i`, else of its nearest neighbour that has one; null when none has. */
  const placeOf = (i: number): DOMRect | null => {
    for (let d = 0; i - d >= 0 || i + d < items.length; d++) {
      const box = (i + d < items.length ? boxAt(i + d) : null) ?? (i - d >= 0 ? boxAt(i - d) : null);
      if (box) return box;
    }
    return null;
  };
  if (!placeOf(0)) return { near: [...items], far: [] };
  /** The first index where `test` holds (items.length if none), `test` being false, then true. */
  const firstWhere = (test: (box: DOMRect) => boolean): number => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(placeOf(mid) as DOMRect)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = firstWhere((r) => r.bottom >= -h);
  const below = firstWhere((r) => r.top > 2 * h);
  // Where the order is not the screen's the two searches may cross: the near run is then empty.
  const to = Math.max(from, below);
  return { near: items.slice(from, to), far: [...items.slice(0, from), ...items.slice(to)] };
}

/**
 * A turn for the page: resolves in a new task (a MessageChannel message, which unlike nested setTimeout
 * calls is not clamped to 4 ms), so input, rendering and the page's own scripts can run in between.
 */
export function nextTask(): () => Promise<void> {
  if (typeof MessageChannel !== 'function') return () => new Promise((ok) => setTimeout(ok, 0));
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((ok) => {
      waiting.push(ok);
      channel.port2.postMessage(0);
    });
}
