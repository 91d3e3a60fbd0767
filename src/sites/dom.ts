/**
 * Small DOM helpers shared by the site adapters and the generic extractors: plain text out of an
 * element, absolute URLs, and the contacts an ad shows as links. No globals: everything works on the
 * nodes passed in, so the same code runs in the page and in happy-dom fixture tests.
 */

/** Longest description we keep: enough for any real ad, and a cap on analysis cost for huge pages. */
export const MAX_TEXT_CHARS = 20_000;

/** Elements whose text starts on a new line, the way a reader sees it. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements that never hold ad text a reader sees. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IFRAME', 'OBJECT']);

// Zero-width characters (hh.ru descriptions are full of U+200B) and soft hyphens hide words from matching.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Runs of white space within a line, each to become one space: a lone ' ' is left alone (matching every
// space between two words made the replace build a new string piece by piece for nothing).
const SPACES =
  /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAK = /\r?\n|\r/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Collapses white space inside lines, trims them and drops empty ones. */
export function normalizeText(raw: string, maxChars = MAX_TEXT_CHARS): string {
  // SPACES never matches a line break, so collapsing them in one pass over the whole text is the same as
  // collapsing them line by line, and costs one regex run per ad instead of one per line.
  const collapsed = raw.replace(INVISIBLE, '').replace(SPACES, ' ');
  let text = '';
  if (!collapsed.includes('\n') && !collapsed.includes('\r')) text = collapsed.trim();
  else
    for (const line of collapsed.split(LINE_BREAK)) {
      const trimmed = line.trim();
      if (trimmed) text = text ? `${text}\n${trimmed}` : trimmed;
    }
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

/**
 * The plain text of a node: block elements on their own lines, white space normalized.
 * Walks the tree itself instead of using innerText, which needs layout (slow, and absent in tests).
 */
export function plainText(
  node: Node | null | undefined,
  maxChars = MAX_TEXT_CHARS,
  /** Descendants to leave out (page chrome inside the ad's element). */
  ignore?: string,
): string {
  if (!node) return '';
  const flat = flatText(node, maxChars, ignore);
  return flat === undefined ? walkedText(node, maxChars, ignore) : normalizeText(flat, maxChars);
}

/** plainText by the walk alone, for any node: what flatText's shortcut must equal (tests compare them). */
export function walkedText(node: Node, maxChars = MAX_TEXT_CHARS, ignore?: string): string {
  // One string built by appending (V8 keeps it as a rope until normalizeText reads it) and a walk without
  // a closure per call: this runs for every field of every card, mostly still cold when a listing loads.
  const state: WalkState = { text: '', length: 0, maxChars, ignore, root: node };
  walkText(node, state);
  return normalizeText(state.text, maxChars);
}

/** Descendants that make the walk's text differ from textContent: a line break, or text left out. */
const NOT_FLAT = [...BLOCK_TAGS, ...SKIP_TAGS].join(',').toLowerCase();

/**
 * The text of an element in which nothing starts a line or is left out (a title, a salary, a snippet with
 * its inline markup), as the walk would put it together, in two DOM calls: asking the DOM for such a
 * descendant and for the textContent. The walk costs a few calls per node, each a crossing from the
 * content script's world, for each field of each card (on a 1,000-card listing in Chromium the reading
 * took a fifth less CPU time with this). Undefined where the walk is needed, and where the text is longer
 * than the walk would read (it stops past maxChars). `ignore` is matched the same way both ways (no
 * selector of an adapter uses :scope, the one place matches() and querySelector() differ).
 */
function flatText(node: Node, maxChars: number, ignore: string | undefined): string | undefined {
  if (node.nodeType !== ELEMENT_NODE) return undefined;
  const element = node as Element;
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return '';
  if (element.querySelector(ignore ? `${NOT_FLAT},${ignore}` : NOT_FLAT)) return undefined;
  const text = element.textContent ?? '';
  return text.length <= maxChars ? text : undefined;
}

interface WalkState {
  text: string;
  /** Characters of text taken so far (line breaks not counted): the walk stops past maxChars. */
  length: number;
  readonly maxChars: number;
  readonly ignore: string | undefined;
  readonly root: Node;
}

function walkText(current: Node, state: WalkState): void {
  if (state.length > state.maxChars) return;
  const type = current.nodeType;
  if (type === TEXT_NODE) {
    const value = current.nodeValue ?? '';
    state.text += value;
    state.length += value.length;
    return;
  }
  if (type !== ELEMENT_NODE) return;
  const element = current as Element;
  const tag = element.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || (state.ignore && current !== state.root && element.matches(state.ignore))) return;
  const block = BLOCK_TAGS.has(tag);
  if (block) state.text += '\n';
  for (let child = current.firstChild; child; child = child.nextSibling) walkText(child, state);
  if (block) state.text += '\n';
}

/**
 * The text an element stands for: a <meta>'s content (schema.org microdata keeps a card's description
 * there, shown nowhere else: avito), else its plain text.
 */
export function elementText(element: Element, ignore?: string): string {
  if (element.tagName.toUpperCase() === 'META') return normalizeText(element.getAttribute('content') ?? '');
  return plainText(element, undefined, ignore);
}

/** The text of a node on one line (titles, salaries, names). */
export function lineText(node: Node | null | undefined): string {
  return plainText(node, 2_000).replace(/\n/g, ' ');
}

const alternativesCache = new Map<string, string[]>();

/** The comma-separated parts of a selector list (commas inside quotes, brackets or parentheses kept). */
export function selectorAlternatives(selector: string): string[] {
  let parts = alternativesCache.get(selector);
  if (!parts) {
    parts = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < selector.length; i++) {
      const char = selector[i];
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[' || char === '(') depth++;
      else if (char === ']' || char === ')') depth--;
      else if (char === ',' && depth === 0) {
        parts.push(selector.slice(start, i).trim());
        start = i + 1;
      }
    }
    parts.push(selector.slice(start).trim());
    alternativesCache.set(selector, parts);
  }
  return parts;
}

/**
 * The first element for a selector list, trying the alternatives in the order written (not in document
 * order, as querySelector would): "the full address, else the city".
 */
export function firstByPreference(scope: ParentNode, selector: string): Element | null {
  for (const alternative of selectorAlternatives(selector)) {
    const element = scope.querySelector(alternative);
    if (element) return element;
  }
  return null;
}

/** One-line text of the preferred match of `selector` in `scope`, or undefined when absent or empty. */
export function textAt(scope: ParentNode, selector: string | undefined): string | undefined {
  if (!selector) return undefined;
  return lineText(firstByPreference(scope, selector)) || undefined;
}

/** An absolute http(s) URL for an href, or undefined for empty, script and other schemes. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page URL an ad page stands for: the fragment is UI state, not part of the ad's address. */
export function pageUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

// Links that are contacts: phone, e-mail and the messengers recruiters push people to. As the CSS
// selectors `a[href^="tel:"]`, `a[href*="//t.me/"]`, … would (case-sensitive), but tested on the href's
// head only: a page may put a megabyte in a link, and a selector scans all of it, for every link.
const CONTACT_HREF = /^(?:tel:|mailto:|viber:|whatsapp:|tg:)|\/\/(?:t\.me|wa\.me)\/|api\.whatsapp\.com\//;
const SCHEME_CONTACT = /^(tel|mailto):/i;
/**
 * How much of a link's href is read. A contact is far shorter (the message contract takes 100 characters,
 * src/messaging/background-messages.ts, and drops longer ones whole), even percent-encoded.
 */
export const CONTACT_HREF_READ = 2_000;

/** The contact a link's href holds: the number or address of tel:/mailto:, else the link itself. */
export function contactOfHref(href: string): string | undefined {
  const head = href.length > CONTACT_HREF_READ ? href.slice(0, CONTACT_HREF_READ) : href;
  if (!CONTACT_HREF.test(head)) return undefined;
  // Longer than can be read: not a contact (and a cut one would be another number).
  if (head !== href && !(SCHEME_CONTACT.test(head) && head.includes('?'))) return undefined;
  const value = SCHEME_CONTACT.test(head)
    ? decodeSafe(head.replace(SCHEME_CONTACT, '').split('?')[0] ?? '')
    : href;
  return value.trim() || undefined;
}

/**
 * Contacts visible in `scope`: tel:/mailto: links as the number or address, messenger links as the
 * link, plus the text of every element matching the site's own `selector` (shown phone numbers).
 */
export function contactsIn(scope: ParentNode, selector?: string): string[] {
  const found = new Set<string>();
  for (const link of scope.querySelectorAll('a[href]')) {
    const value = contactOfHref(link.getAttribute('href') ?? '');
    if (value) found.add(value);
  }
  if (selector) {
    for (const element of scope.querySelectorAll(selector)) {
      const value = lineText(element);
      if (value) found.add(value);
    }
  }
  return [...found];
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
