/**
 * "Call me when this element comes near the screen": one IntersectionObserver for all of a page's ads,
 * with a margin of a screen and a half above and below, so a badge is there before its card scrolls into
 * view. A listing of 1,000 cards then builds a few dozen badges when it loads, not 1,000 (building,
 * styling and laying out the others cost the page about a third of the content script's time); the rest
 * come as the user scrolls, each a handful at a time.
 */

/** Calls `cb` once, when `el` comes within the margin of the viewport; the returned function cancels. */
export type WhenNear = (el: Element, cb: () => void) => () => void;

/** Everything at once: where there is no IntersectionObserver, and in unit tests. */
export const immediately: WhenNear = (_el, cb) => {
  cb();
  return () => undefined;
};

export function whenNearViewport(win: Window, margin = '150% 0px'): WhenNear {
  const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver })
    .IntersectionObserver;
  if (typeof Observer !== 'function') return immediately;
  const waiting = new Map<Element, (() => void)[]>();
  const observer = new Observer(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callbacks = waiting.get(entry.target) ?? [];
        waiting.delete(entry.target);
        observer.unobserve(entry.target);
        for (const cb of callbacks) cb();
      }
    },
    { rootMargin: margin },
  );
  return (el, cb) => {
    const callbacks = waiting.get(el);
    if (callbacks) callbacks.push(cb);
    else {
      waiting.set(el, [cb]);
      observer.observe(el);
    }
    return () => {
      const list = waiting.get(el);
      if (!list) return;
      const rest = list.filter((c) => c !== cb);
      if (rest.length) waiting.set(el, rest);
      else {
        waiting.delete(el);
        observer.unobserve(el);
      }
    };
  };
}
