/**
 * The readable-content heuristic, the last resort on a page with no adapter and no structured data: the
 * block holding the most running text, in the spirit of Readability but much smaller. Text inside links
 * does not count (menus and link lists), nor anything in navigation, headers, footers, asides and forms.
 */

/** Below this many characters of running text a page has no ad worth analyzing. */
export const MIN_READABLE_CHARS = 200;
/** A cap on the elements examined, so a huge page costs a bounded time. */
const MAX_ELEMENTS = 20_000;

const CHROME =
  'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [aria-hidden="true"], [hidden]';
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'A',
  'BUTTON',
  'SELECT',
  'OPTION',
  'LABEL',
]);
const INLINE = new Set([
  'SPAN',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'SMALL',
  'FONT',
  'MARK',
  'SUB',
  'SUP',
  'CODE',
  'ABBR',
]);
/** Elements that are one paragraph of a text: their text belongs to the container around them. */
const PARAGRAPH = new Set(['P', 'LI', 'PRE', 'BLOCKQUOTE', 'DD', 'DT', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LIST = new Set(['UL', 'OL', 'DL']);

/** The element with the most running text in `doc`, or undefined when no block reaches the minimum. */
export function largestTextBlock(doc: Document): Element | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const scores = new Map<Element, number>();
  let examined = 0;
  for (const element of body.querySelectorAll('*')) {
    if (++examined > MAX_ELEMENTS) break;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    let own = 0;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) own += (child.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    }
    if (!own || element.closest(CHROME) || element.closest('a')) continue;
    let target: Element | null = element;
    while (target && INLINE.has(target.tagName.toUpperCase())) target = target.parentElement;
    if (target && PARAGRAPH.has(target.tagName.toUpperCase())) target = target.parentElement;
    if (target && LIST.has(target.tagName.toUpperCase())) target = target.parentElement;
    if (!target || target === body.parentElement) continue;
    scores.set(target, (scores.get(target) ?? 0) + own);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return bestScore >= MIN_READABLE_CHARS ? best : undefined;
}
