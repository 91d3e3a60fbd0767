/**
 * Where the open panel goes. It lives in the top layer (position: fixed to the viewport), so it is placed
 * against its button: below it when there is room, else above, never wider than the viewport, and at
 * most as tall as the room it has (it scrolls inside). It follows the button while the page scrolls.
 */

/** Gap between the panel and the viewport's edges, and between the button and the panel. */
const EDGE = 8;
const GAP = 6;
/** The panel's width on a wide screen. */
const PANEL_WIDTH = 440;
/** Below the button unless less room than this is left there and more is above. */
const MIN_BELOW = 260;

export function positionPanel(button: HTMLElement, panel: HTMLElement): void {
  const win = button.ownerDocument.defaultView;
  if (!win) return;
  const r = button.getBoundingClientRect();
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const width = Math.max(0, Math.min(PANEL_WIDTH, vw - 2 * EDGE));
  const left = Math.min(Math.max(EDGE, r.left), Math.max(EDGE, vw - width - EDGE));
  const below = vh - r.bottom - GAP - EDGE;
  const above = r.top - GAP - EDGE;
  const s = panel.style;
  s.width = `${width}px`;
  s.left = `${left}px`;
  if (below >= MIN_BELOW || below >= above) {
    s.top = `${Math.max(EDGE, r.bottom + GAP)}px`;
    s.bottom = 'auto';
    s.maxHeight = `${Math.max(120, below)}px`;
  } else {
    s.top = 'auto';
    s.bottom = `${vh - r.top + GAP}px`;
    s.maxHeight = `${Math.max(120, above)}px`;
  }
}

/**
 * Keeps the panel beside its button on scroll and resize (one update per frame), and closes it once the
 * button has left the viewport. Returns the function that stops it.
 */
export function trackPosition(button: HTMLElement, panel: HTMLElement, close: () => void): () => void {
  const win = button.ownerDocument.defaultView;
  if (!win) return () => undefined;
  let frame = 0;
  const update = () => {
    frame = 0;
    const r = button.getBoundingClientRect();
    if (r.bottom < 0 || r.top > win.innerHeight || (!r.width && !r.height)) close();
    else positionPanel(button, panel);
  };
  const onChange = (e: Event) => {
    // Scrolling inside the panel itself moves nothing.
    if (e.type === 'scroll' && e.composedPath().includes(panel)) return;
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  const opts = { capture: true, passive: true } as const;
  win.addEventListener('scroll', onChange, opts);
  win.addEventListener('resize', onChange, opts);
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    win.removeEventListener('scroll', onChange, opts);
    win.removeEventListener('resize', onChange, opts);
  };
}
