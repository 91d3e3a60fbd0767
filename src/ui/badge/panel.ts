/**
 * The badge's panel, laid out for a person in a hurry: the verdict in one sentence; "what to do" with the
 * free hotline first and the one or two actions that matter most for this ad; the top three reasons with
 * one clean quote each; a button to share the warning; the source. Built on first opening.
 */
import type { Assessment } from '../../analysis/types';
import { RU_HOTLINE } from '../../knowledge/content';
import {
  copyWithTextArea,
  shareOrCopy,
  shareText,
  type SharedAd,
  type ShareOutcome,
  type Translate,
} from '../shared/share';
import { warningOf, type Warning } from '../shared/warning';

export const HOTLINE = RU_HOTLINE.display;
export const HOTLINE_TEL = `tel:${RU_HOTLINE.tel}`;

/** What the shared warning names of the ad (its quotes travel with the assessment's findings). */
export type BadgeSource = SharedAd;

const SHARE_STATUS: Record<ShareOutcome, string> = {
  shared: 'page_share_done',
  copied: 'page_share_copied',
  cancelled: '',
  failed: 'page_share_failed',
};

export function fillPanel(
  doc: Document,
  panel: HTMLElement,
  assessment: Assessment,
  source: BadgeSource,
  t: Translate,
): Warning {
  const warning = warningOf(assessment);
  const { shown } = warning;
  const risky = shown === 'high' || shown === 'caution';
  // The verdict: one sentence for a risky ad; the fuller first line for a clear or unread one.
  panel.append(el(doc, 'p', 'verdict', t(risky ? `page_verdict_${shown}` : `page_summary_${shown}`)));
  if (warning.partial) panel.append(el(doc, 'p', 'partial', t('page_partial')));

  if (risky) panel.append(el(doc, 'p', 'label', t('page_todo')));
  const todo = el(doc, 'ul', 'todo');
  todo.append(hotlineItem(doc, t));
  for (const id of warning.actions) {
    const text = t(`advice_${id.replace(/-/g, '_')}`);
    if (text) todo.append(el(doc, 'li', 'action', text));
  }
  panel.append(todo);

  if (warning.reasons.length) {
    panel.append(el(doc, 'p', 'label', t('page_reasons')));
    const list = el(doc, 'ul', 'reasons');
    for (const r of warning.reasons) {
      const item = el(doc, 'li', 'reason');
      item.append(el(doc, 'span', 'cat', t(`cat_${r.category.replace(/-/g, '_')}`) || r.category));
      if (r.quote) item.append(' ', el(doc, 'q', 'quote', r.quote.text));
      list.append(item);
    }
    panel.append(list);
    if (warning.moreReasons > 0) panel.append(el(doc, 'p', 'more', t('page_more_reasons')));
  }

  if (risky) panel.append(shareRow(doc, warning, source, t));
  panel.append(el(doc, 'p', 'source', t('page_source')));
  return warning;
}

function hotlineItem(doc: Document, t: Translate): HTMLLIElement {
  const item = el(doc, 'li', 'hotline', `${t('page_hotline')} `);
  const link = el(doc, 'a', 'tel', HOTLINE);
  link.setAttribute('href', HOTLINE_TEL);
  item.append(link);
  return item;
}

function shareRow(doc: Document, warning: Warning, source: BadgeSource, t: Translate): HTMLElement {
  const row = el(doc, 'div', 'share');
  const button = el(doc, 'button', 'share-button', t('page_share_button'));
  button.type = 'button';
  const status = el(doc, 'p', 'share-status');
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => {
    const text = shareText(warning, source, t);
    const nav = (doc.defaultView?.navigator ?? {}) as Parameters<typeof shareOrCopy>[1];
    void shareOrCopy(text, nav, copyWithTextArea(row, doc)).then((outcome) => {
      status.textContent = SHARE_STATUS[outcome] ? t(SHARE_STATUS[outcome]) : '';
      if (outcome === 'failed') showForCopy(doc, row, text);
    });
  });
  row.append(button, status);
  return row;
}

/** Where nothing could copy: the text itself, selected, for the user to copy by hand. */
function showForCopy(doc: Document, row: HTMLElement, text: string): void {
  let area = row.querySelector('textarea');
  if (!area) {
    area = doc.createElement('textarea');
    area.className = 'share-text';
    area.readOnly = true;
    area.rows = 6;
    area.setAttribute('aria-label', t0(row));
    row.append(area);
  }
  area.value = text;
  area.select();
}

/** The share button's own label names the text area too. */
function t0(row: HTMLElement): string {
  return row.querySelector('button')?.textContent ?? '';
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
