/**
 * Maps quoted evidence back to the page. Offsets from the analyzer point into the extracted text, which
 * differs from the DOM's text (white space, hidden nodes, the adapter's joins), so the phrase is searched
 * in a normalized copy of the element's text nodes, and the offset only decides between repeated matches.
 */
import { BADGE_ATTR } from './badge';

/** A piece of one text node: [start, end) in its data. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

export interface TextIndex {
  /** The element's text: lower case, ё→е, every white-space run one space. */
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  origin: { node: Text; offset: number }[];
}

/** Text inside these is not ad text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function buildTextIndex(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const origin: TextIndex['origin'] = [];
  let lastSpace = true;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (isSkipped(node, root)) continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = foldChar(data[i] as string);
      if (/\s/.test(c)) {
        if (lastSpace) continue;
        lastSpace = true;
        text += ' ';
      } else {
        lastSpace = false;
        text += c;
      }
      origin.push({ node, offset: i });
    }
  }
  return { text, origin };
}

function isSkipped(node: Node, root: Element): boolean {
  for (let p = node.parentElement; p && p !== root; p = p.parentElement) {
    // A badge host's own children are never shown (its shadow root has no slot), nor are they the ad's.
    if (SKIP.has(p.tagName.toUpperCase()) || p.hasAttribute(BADGE_ATTR)) return true;
  }
  return false;
}

function foldChar(c: string): string {
  const lower = c.toLowerCase();
  // Keep one char per char so offsets stay aligned ('İ' lower-cases to two).
  if (lower.length !== 1) return c;
  return lower === 'ё' ? 'е' : lower;
}

export function normalizePhrase(s: string): string {
  let out = '';
  for (const c of s.trim()) out += foldChar(c);
  return out.replace(/\s+/g, ' ');
}

/**
 * The segments of the text nodes that hold `phrase`, picking the occurrence nearest to `hint` (the
 * phrase's relative position in the extracted text, 0..1). Null when the phrase is not there.
 */
export function locatePhrase(index: TextIndex, phrase: string, hint = 0): Segment[] | null {
  const needle = normalizePhrase(phrase);
  if (!needle) return null;
  const target = hint * index.text.length;
  let best = -1;
  for (let at = index.text.indexOf(needle); at !== -1; at = index.text.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - target) < Math.abs(best - target)) best = at;
  }
  if (best === -1) return null;
  return segmentsOf(index, best, best + needle.length);
}

function segmentsOf(index: TextIndex, from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  for (let i = from; i < to; i++) {
    const o = index.origin[i];
    if (!o) break;
    const last = segments[segments.length - 1];
    if (last && last.node === o.node) last.end = o.offset + 1;
    else segments.push({ node: o.node, start: o.offset, end: o.offset + 1 });
  }
  return segments;
}
