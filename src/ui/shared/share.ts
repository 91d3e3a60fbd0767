/**
 * "Share this warning": a short text in the user's language that a friend or a parent can read and
 * forward (the ad's red flags quoted, what to check, the hotline), handed to the system's share sheet
 * where there is one (phones) or copied to the clipboard. It goes only where the user sends it:
 * JobSafe itself sends nothing anywhere.
 */
import type { Category } from '../../analysis/types';
import { RU_HOTLINE } from '../../knowledge/content';
import type { Warning } from './warning';

/** A translation function: a message with `$1`… filled in ('' or the key when missing is the caller's). */
export type Translate = (key: string, subs?: readonly string[]) => string;

export interface SharedAd {
  title?: string;
  url?: string;
}

const catKey = (category: Category) => `cat_${category.replace(/-/g, '_')}`;
const adviceKey = (id: string) => `advice_${id.replace(/-/g, '_')}`;

/** The warning as plain text, one item a line (messengers keep line breaks). */
export function shareText(warning: Warning, ad: SharedAd, t: Translate): string {
  const lines: string[] = [t('page_share_heading')];
  const verdict = t(`page_verdict_${warning.shown}`);
  if (verdict) lines.push(verdict);
  if (ad.title?.trim()) lines.push(ad.title.replace(/\s+/g, ' ').trim());
  if (ad.url) lines.push(ad.url);
  if (warning.partial) lines.push(t('page_partial'));
  if (warning.reasons.length) {
    lines.push('', t('page_share_flags'));
    for (const r of warning.reasons) {
      const name = t(catKey(r.category)) || r.category;
      lines.push(`– ${name}${r.quote ? `: «${r.quote.text}»` : ''}`);
    }
  }
  if (warning.actions.length) {
    lines.push('', t('page_share_check'));
    for (const a of warning.actions) lines.push(`– ${t(adviceKey(a))}`);
  }
  lines.push('', t('page_share_hotline', [RU_HOTLINE.display]), t('page_share_footer'));
  return lines.join('\n');
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The parts of `navigator` sharing needs (passed in, so the unit tests need no browser). */
export interface ShareNavigator {
  share?: (data: { text: string }) => Promise<void>;
  canShare?: (data: { text: string }) => boolean;
  clipboard?: { writeText(text: string): Promise<void> };
}

/**
 * The share sheet where the browser has one, else the clipboard, else a copy through a selected text
 * area (`fallbackCopy`). Must run inside the click that asked for it (both APIs need that gesture).
 */
export async function shareOrCopy(
  text: string,
  nav: ShareNavigator,
  fallbackCopy?: (text: string) => boolean,
): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && (!nav.canShare || nav.canShare({ text }))) {
    try {
      await nav.share({ text });
      return 'shared';
    } catch (error) {
      // The user closed the share sheet: that is an answer, not a failure to fall back from.
      if ((error as { name?: string } | null)?.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    if (!nav.clipboard) throw new Error('no clipboard');
    await nav.clipboard.writeText(text);
    return 'copied';
  } catch {
    return fallbackCopy?.(text) ? 'copied' : 'failed';
  }
}

/** Copies through a hidden, selected text area (document.execCommand), where the clipboard API is refused. */
export function copyWithTextArea(container: Node & ParentNode, doc: Document): (text: string) => boolean {
  return (text) => {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0';
    container.append(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  };
}
