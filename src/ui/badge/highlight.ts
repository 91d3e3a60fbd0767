/**
 * Highlights quoted phrases in an ad's text. The CSS Custom Highlight API paints Ranges without touching
 * the DOM (so the site's own scripts never notice); where it is missing, the phrases are wrapped in
 * <mark data-jobsafe-mark> and unwrapped on teardown.
 */
import type { Segment } from './text-index';

export const HIGHLIGHT_NAME = 'jobsafe-evidence';
export const MARK_ATTR = 'data-jobsafe-mark';
const STYLE_ID = 'jobsafe-highlight-style';
// Background plus an underline: the highlight must not rely on colour alone.
const HIGHLIGHT_CSS =
  `::highlight(${HIGHLIGHT_NAME}){background-color:#ffe066;color:#1b1b1b;text-decoration:underline 2px #b3261e}` +
  `mark[${MARK_ATTR}]{background:#ffe066;color:#1b1b1b;text-decoration:underline 2px #b3261e}`;

export interface Highlighter {
  /** Highlights phrases (each the segments of one match, from one text index) for the ad `key`. */
  show(key: string, matches: Segment[][]): void;
  clear(key: string): void;
  clearAll(): void;
}

interface HighlightRegistry {
  get(name: string): { add(r: Range): void; delete(r: Range): boolean; size: number } | undefined;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

export function createHighlighter(doc: Document): Highlighter {
  // Typed loosely on purpose: the DOM typings and test DOMs differ on whether these exist at all.
  const win = doc.defaultView as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: new (...r: Range[]) => unknown;
  } | null;
  const registry = win?.CSS?.highlights;
  if (registry && win?.Highlight) return rangeHighlighter(doc, registry, win.Highlight);
  return markHighlighter(doc);
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

function removeStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}

function rangeHighlighter(
  doc: Document,
  registry: HighlightRegistry,
  HighlightCtor: new (...r: Range[]) => unknown,
): Highlighter {
  const byKey = new Map<string, Range[]>();
  const highlight = () => {
    let h = registry.get(HIGHLIGHT_NAME);
    if (!h) {
      registry.set(HIGHLIGHT_NAME, new HighlightCtor());
      h = registry.get(HIGHLIGHT_NAME);
    }
    return h;
  };
  return {
    show(key, matches) {
      const ranges = byKey.get(key) ?? [];
      for (const segments of matches) {
        const first = segments[0];
        const last = segments[segments.length - 1];
        if (!first || !last) continue;
        ensureStyle(doc);
        const range = doc.createRange();
        range.setStart(first.node, first.start);
        range.setEnd(last.node, last.end);
        highlight()?.add(range);
        ranges.push(range);
      }
      byKey.set(key, ranges);
    },
    clear(key) {
      const h = registry.get(HIGHLIGHT_NAME);
      for (const r of byKey.get(key) ?? []) h?.delete(r);
      byKey.delete(key);
    },
    clearAll() {
      registry.delete(HIGHLIGHT_NAME);
      byKey.clear();
      removeStyle(doc);
    },
  };
}

function markHighlighter(doc: Document): Highlighter {
  const byKey = new Map<string, HTMLElement[]>();
  const unwrap = (mark: HTMLElement) => {
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
  };
  return {
    show(key, matches) {
      ensureStyle(doc);
      const marks = byKey.get(key) ?? [];
      for (const s of wrapOrder(matches.flat())) {
        if (!s.node.parentNode || s.end > s.node.length) continue; // the page changed the text meanwhile
        // Split off the highlighted part of the text node and wrap just that part.
        const part = s.start > 0 ? s.node.splitText(s.start) : s.node;
        if (s.end - s.start < part.length) part.splitText(s.end - s.start);
        const mark = doc.createElement('mark');
        mark.setAttribute(MARK_ATTR, '');
        part.replaceWith(mark);
        mark.append(part);
        marks.push(mark);
      }
      byKey.set(key, marks);
    },
    clear(key) {
      byKey.get(key)?.forEach(unwrap);
      byKey.delete(key);
    },
    clearAll() {
      for (const marks of byKey.values()) marks.forEach(unwrap);
      byKey.clear();
      removeStyle(doc);
    },
  };
}

/**
 * Splitting a text node invalidates the offsets after the split, so wrap from the end of the document
 * backwards; a segment overlapping one already wrapped (two quotes sharing words) is left out.
 */
function wrapOrder(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => {
    if (a.node === b.node) return b.start - a.start;
    // DOCUMENT_POSITION_FOLLOWING (4): b comes after a, so b goes first.
    return a.node.compareDocumentPosition(b.node) & 4 ? 1 : -1;
  });
  const out: Segment[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.node === s.node && s.end > prev.start) continue;
    out.push(s);
  }
  return out;
}
