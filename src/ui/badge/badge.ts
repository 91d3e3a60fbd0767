/**
 * The in-page badge: a host element with a closed shadow root, holding a disclosure button (colour, icon
 * and words) and a panel with the reasons, quoted phrases, advice, the hotline and the source. Plain DOM
 * rather than Preact: a dozen nodes per badge, and it keeps the content script small. Every text is set
 * with textContent, never as HTML.
 *
 * The host is a plain <div>, not a custom element. Custom element definitions belong to the document,
 * not to a JavaScript world: a page that defines `jobsafe-badge` first (with `disabledFeatures:
 * ['shadow']`, or its own shadow root) made attachShadow throw for every badge, and a "spy" definition
 * ran page code on every host JobSafe made (issue 14). Nobody can define a built-in element, and the
 * content script's own DOM prototypes are out of the page's reach (Chrome's isolated world, Firefox's
 * Xrays), so creating a <div> and attaching a shadow root to it runs no page code. The root is closed:
 * the page cannot read or rewrite the badge's words, panel or hotline link (an open root let it rewrite
 * every badge to "No risk found"). What the page can still do to the host, remove it, move it or restyle
 * it, the content script notices and repairs (src/page/controller.ts) or the host's styles override
 * (`:host` rules are !important, and important rules in a shadow root win over the page's). Tests read
 * the badge through the browser's own channels (tests/e2e/badge-reader.ts), and unit tests through
 * BadgeHandle.shadow, which lives only in the content script's world.
 */
import type { Assessment, Level } from '../../analysis/types';
import { adviceOf, reasonsOf } from './reasons';
import { applyBadgeStyles } from './styles';
import { translate, type Messages } from './strings';

/** The attribute that names a badge host (the page may forge it: the content script trusts only its own hosts). */
export const BADGE_ATTR = 'data-jobsafe-badge';
export const BADGE_SELECTOR = `div[${BADGE_ATTR}]`;
export const HOTLINE = '8-800-333-00-16';
const HOTLINE_TEL = 'tel:+78003330016';

/**
 * What the badge says: the level, or `unchecked` for an ad in a language the catalogue does not cover
 * (a Ukrainian ad on olx.ua is `none` with no findings, and a tick there would vouch for an unread ad).
 */
type Shown = Level | 'unchecked';

/** Icons are decoration (aria-hidden): the words carry the meaning, and the colour repeats it. */
const ICONS: Record<Shown, string> = { none: '✓', caution: '!', high: '⚠', unchecked: '?' };

/** The analyzer says whether it read the ad (`checked`); the badge never works it out again. */
function shownOf(assessment: Assessment): Shown {
  return assessment.checked || assessment.level !== 'none' ? assessment.level : 'unchecked';
}

export interface BadgeHandle {
  readonly host: HTMLElement;
  /** The closed shadow root: only the content script holds it. */
  readonly shadow: ShadowRoot;
  readonly level: Level;
  /** The disclosure button (the popup's "scroll to ad" focuses it). */
  readonly button: HTMLButtonElement;
  open(): void;
  close(): void;
  destroy(): void;
}

let nextId = 0;

export function createBadge(doc: Document, assessment: Assessment, messages: Messages): BadgeHandle {
  const t = (key: string) => translate(messages, key);
  const level = assessment.level;
  const shown = shownOf(assessment);
  const host = doc.createElement('div');
  host.setAttribute(BADGE_ATTR, '');
  // Closed: the page cannot reach inside. Assistive technology reads closed roots like open ones.
  const shadow = host.attachShadow({ mode: 'closed' });
  applyBadgeStyles(shadow, doc);

  // A clone of a per-document skeleton: one DOM call instead of two dozen, which counts in a content
  // script (each call crosses from the isolated world) when a listing gets 50 badges at once.
  const wrap = skeleton(doc).cloneNode(true) as HTMLDivElement;
  wrap.className = `badge ${level} ${shown}`;
  const button = wrap.firstChild as HTMLButtonElement;
  const icon = button.firstChild as HTMLSpanElement;
  const brand = icon.nextSibling as HTMLSpanElement;
  const word = brand.nextSibling as HTMLSpanElement;
  icon.textContent = ICONS[shown];
  brand.textContent = `${t('page_brand')}:`;
  word.textContent = t(`level_${shown}`);
  const panelId = `jobsafe-panel-${++nextId}`;
  button.setAttribute('aria-controls', panelId);

  // The panel is filled on first opening: a listing of 50 cards would otherwise build 50 unseen panels.
  const panel = wrap.lastChild as HTMLDivElement;
  panel.id = panelId;
  panel.setAttribute('aria-label', `${t('page_brand')}: ${t(`level_${shown}`)}`);
  shadow.append(wrap);

  const setOpen = (open: boolean) => {
    if (open && !panel.hasChildNodes()) fillPanel(doc, panel, assessment, shown, t);
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => setOpen(panel.hidden));
  // Esc closes from anywhere in the badge and puts focus back on the button.
  shadow.addEventListener('keydown', (e) => {
    const ev = e as KeyboardEvent;
    if (ev.key !== 'Escape' || panel.hidden) return;
    ev.stopPropagation();
    setOpen(false);
    button.focus();
  });
  // Keep the page's own shortcuts (hh.ru's search hotkeys, j/k lists) from firing while typing in the badge.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }

  return {
    host,
    shadow,
    level,
    button,
    open: () => setOpen(true),
    close: () => setOpen(false),
    destroy: () => host.remove(),
  };
}

const skeletons = new WeakMap<Document, HTMLDivElement>();

/**
 * The closed badge without its words: a wrapper holding the disclosure button (icon hidden from screen
 * readers, brand, level word) and the empty, hidden panel. createBadge fills in a clone.
 */
function skeleton(doc: Document): HTMLDivElement {
  let wrap = skeletons.get(doc);
  if (!wrap) {
    wrap = el(doc, 'div', 'badge');
    const button = el(doc, 'button', 'toggle');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    const icon = el(doc, 'span', 'icon');
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon, el(doc, 'span', 'brand'), el(doc, 'span', 'word'));
    const panel = el(doc, 'div', 'panel');
    panel.hidden = true;
    panel.setAttribute('role', 'group');
    wrap.append(button, panel);
    skeletons.set(doc, wrap);
  }
  return wrap;
}

function fillPanel(
  doc: Document,
  panel: HTMLElement,
  assessment: Assessment,
  shown: Shown,
  t: (key: string) => string,
): void {
  const summary = t(`page_summary_${shown}`);
  if (summary) panel.append(el(doc, 'p', 'summary', summary));

  const reasons = reasonsOf(assessment);
  if (reasons.length) {
    panel.append(el(doc, 'p', 'label', t('page_reasons')));
    const list = el(doc, 'ul', 'reasons');
    for (const r of reasons) {
      const item = el(doc, 'li', 'reason', t(messageKey('cat', r.category)) || r.category);
      for (const quote of r.quotes) item.append(' ', el(doc, 'q', 'quote', quote));
      list.append(item);
    }
    panel.append(list);
  }

  const advice = adviceOf(assessment)
    .map((id) => t(messageKey('advice', id)))
    .filter(Boolean);
  if (advice.length) {
    panel.append(el(doc, 'p', 'label', t('page_todo')));
    const list = el(doc, 'ul', 'advice');
    for (const text of advice) list.append(el(doc, 'li', '', text));
    panel.append(list);
  }

  const hotline = el(doc, 'p', 'hotline', `${t('page_hotline')} `);
  const link = el(doc, 'a', '', HOTLINE);
  link.setAttribute('href', HOTLINE_TEL);
  hotline.append(link);
  panel.append(hotline, el(doc, 'p', 'source', t('page_source')));
}

/** Locale keys allow only [A-Za-z0-9_]: `irregular-visa` is `cat_irregular_visa`. */
function messageKey(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/-/g, '_')}`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
