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
 */
export function byViewport<T>(
  items: readonly T[],
  rootOf: (item: T) => Element,
  win: Window | null,
): { near: T[]; far: T[] } {
  if (!win || items.length <= 1) return { near: [...items], far: [] };
  const h = win.innerHeight;
  const near: T[] = [];
  const far: T[] = [];
  for (const item of items) {
    const r = rootOf(item).getBoundingClientRect();
    (r.bottom >= -h && r.top <= 2 * h ? near : far).push(item);
  }
  return { near, far };
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
