/**
 * The in-page badge: a host element with a closed shadow root, holding a disclosure button (icon, brand
 * and level in words) and a panel with the warning (panel.ts). Plain DOM rather than Preact: a dozen
 * nodes per badge, and it keeps the content script small. Every text is set with textContent, never as
 * HTML.
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
 *
 * The panel opens in the top layer (a popover) where the browser has one: a card of a fixed height or
 * with overflow hidden cannot clip it, and nothing of the page can cover it. Clicks and presses on the
 * badge stay in the badge, so a card's own click handler never opens the ad instead.
 */
import type { Assessment, Level } from '../../analysis/types';
import { shownOf, type Shown } from '../shared/levels';
import { levelIcon } from './icon';
import { fillPanel, type BadgeSource } from './panel';
import { positionPanel, trackPosition } from './position';
import { applyBadgeStyles } from './styles';
import { translate, type Messages } from './strings';

export { HOTLINE, HOTLINE_TEL } from './panel';
export type { BadgeSource } from './panel';

/** The attribute that names a badge host (the page may forge it: the content script trusts only its own hosts). */
export const BADGE_ATTR = 'data-jobsafe-badge';
export const BADGE_SELECTOR = `div[${BADGE_ATTR}]`;

export interface BadgeHandle {
  readonly host: HTMLElement;
  /** The closed shadow root: only the content script holds it. */
  readonly shadow: ShadowRoot;
  readonly level: Level;
  /** The disclosure button (the popup's "scroll to ad" focuses it). */
  readonly button: HTMLButtonElement;
  readonly isOpen: () => boolean;
  open(): void;
  close(): void;
  destroy(): void;
}

/** Events that must not reach the page: a card's click handler would open the ad. */
const KEPT_IN = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  // The page's own shortcuts (hh.ru's search hotkeys, j/k lists) must not fire while typing in the badge.
  'keydown',
  'keyup',
  'keypress',
] as const;

let nextId = 0;

export function createBadge(
  doc: Document,
  assessment: Assessment,
  messages: Messages,
  source: BadgeSource = {},
): BadgeHandle {
  const t = (key: string, subs?: readonly string[]) => translate(messages, key, subs);
  const level = assessment.level;
  const shown = shownOf(assessment);
  const host = doc.createElement('div');
  host.setAttribute(BADGE_ATTR, '');
  // Closed: the page cannot reach inside. Assistive technology reads closed roots like open ones.
  const shadow = host.attachShadow({ mode: 'closed' });
  applyBadgeStyles(shadow, doc);

  // A clone of a per-document skeleton: one DOM call instead of two dozen, which counts in a content
  // script (each call crosses from the isolated world) when a listing gets 50 badges at once.
  const wrap = skeleton(doc, shown).cloneNode(true) as HTMLDivElement;
  const button = wrap.firstChild as HTMLButtonElement;
  const brand = button.firstChild?.nextSibling as HTMLSpanElement;
  const word = brand.nextSibling as HTMLSpanElement;
  const partly = word.nextSibling as HTMLSpanElement;
  brand.textContent = `${t('page_brand')}:`;
  word.textContent = t(`level_${shown}`);
  if (assessment.partial) {
    partly.textContent = `(${t('page_partial_short')})`;
    partly.hidden = false;
  }
  const panelId = `jobsafe-panel-${++nextId}`;
  button.setAttribute('aria-controls', panelId);

  // The panel is filled on first opening: a listing of 50 cards would otherwise build 50 unseen panels.
  const panel = wrap.lastChild as HTMLDivElement;
  panel.id = panelId;
  panel.setAttribute('aria-label', `${t('page_brand')}: ${t(`level_${shown}`)}`);
  shadow.append(wrap);

  const fill = () => {
    if (!panel.hasChildNodes()) fillPanel(doc, panel, assessment, source, t);
  };
  const popover = supportsPopover(panel);
  let stopTracking: (() => void) | undefined;
  const sync = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    wrap.classList.toggle('open', open);
    stopTracking?.();
    stopTracking = open && popover ? trackPosition(button, panel, () => setOpen(false)) : undefined;
  };
  const isOpen = () => (popover ? panel.matches(':popover-open') : !panel.hidden);
  const setOpen = (open: boolean) => {
    if (open === isOpen()) return;
    if (open) fill();
    if (popover) {
      if (open) {
        wrap.classList.add('open');
        positionPanel(button, panel);
        panel.showPopover();
      } else panel.hidePopover();
      // At once (the toggle event comes later, and alone tells of a light dismiss).
      sync(open);
    } else {
      panel.hidden = !open;
      sync(open);
    }
  };

  if (popover) {
    // "auto": one badge open at a time; a click elsewhere or Esc closes it (the browser's light dismiss).
    panel.setAttribute('popover', 'auto');
    panel.hidden = false; // the popover attribute hides it while closed
    panel.addEventListener('toggle', (e) => sync((e as Event & { newState?: string }).newState === 'open'));
  }
  // Light dismiss closes the panel on pointerdown outside it, the button included; the click that
  // follows must not open it again, so the button remembers whether the panel was open before.
  let wasOpen = false;
  button.addEventListener('pointerdown', () => (wasOpen = isOpen()));
  button.addEventListener('click', () => {
    const open = popover ? !wasOpen && !isOpen() : panel.hidden;
    wasOpen = false;
    setOpen(open);
  });
  // Esc closes from anywhere in the badge and puts focus back on the button.
  shadow.addEventListener('keydown', (e) => {
    const ev = e as KeyboardEvent;
    if (ev.key !== 'Escape' || !isOpen()) return;
    setOpen(false);
    button.focus();
  });
  for (const type of KEPT_IN) host.addEventListener(type, (e) => e.stopPropagation());

  return {
    host,
    shadow,
    level,
    button,
    isOpen,
    open: () => setOpen(true),
    close: () => setOpen(false),
    destroy: () => {
      setOpen(false);
      stopTracking?.();
      host.remove();
    },
  };
}

function supportsPopover(el: HTMLElement): boolean {
  return typeof (el as { showPopover?: unknown }).showPopover === 'function';
}

const skeletons = new WeakMap<Document, Map<Shown, HTMLDivElement>>();

/**
 * The closed badge without its words: a wrapper holding the disclosure button (icon hidden from screen
 * readers, brand, level word, "partly read") and the empty, hidden panel. createBadge fills in a clone.
 */
function skeleton(doc: Document, shown: Shown): HTMLDivElement {
  let byShown = skeletons.get(doc);
  if (!byShown) skeletons.set(doc, (byShown = new Map()));
  let wrap = byShown.get(shown);
  if (!wrap) {
    wrap = el(doc, 'div', `badge ${shown}`);
    const button = el(doc, 'button', 'toggle');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    const partly = el(doc, 'span', 'partly');
    partly.hidden = true;
    button.append(levelIcon(doc, shown), el(doc, 'span', 'brand'), el(doc, 'span', 'word'), partly);
    const panel = el(doc, 'div', 'panel');
    panel.hidden = true;
    panel.setAttribute('role', 'group');
    wrap.append(button, panel);
    byShown.set(shown, wrap);
  }
  return wrap;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  return node;
}
