/**
 * The page runtime of "Check this page" and of the context menu's "Check this job ad", on any page
 * (the job sites' content script is not there). The background injects it with `scripting` under the
 * activeTab grant the user's click gave (entrypoints/check-page.ts), then calls it in the same isolated
 * world: `collect` finds the ads (or reads the selection) and returns them as data; after the analysis
 * in the background, `draw` marks each ad's root (data-jobsafe-risk), puts its badge on and highlights
 * its phrases, as the content script does on job sites. The popup's "Show on page" reaches it through
 * the same scroll-to-ad message as the content script.
 *
 * Injected again (a second check), it finds itself on the global and starts over.
 */
import { clearRisk, markRisk } from '../../page/marking';
import type { Assessment } from '../../analysis/types';
import {
  CHECK_KEY_ATTR,
  CHECK_RUNTIME_KEY,
  CHECK_KEY_PREFIX,
  collectAds,
  collectSelection,
  type Collected,
  type CollectedPage,
  type Extractor,
} from '../../background/collect-page';
import type { FoundAd } from '../../sites/types';
import { createBadge, type BadgeHandle } from './badge';
import { createHighlighter, type Highlighter } from './highlight';
import { placeBadge } from './placement';
import type { Messages } from './strings';
import { buildTextIndex, locatePhrase, normalizePhrase, type Segment } from './text-index';

/** Where the runtime lives between injections: the extension's isolated world (pages cannot see it). */
export const RUNTIME_KEY = CHECK_RUNTIME_KEY;

export type CollectWhat = 'page' | 'selection';

export interface CheckResult {
  key: string;
  assessment: Assessment;
}

export interface CheckRuntime {
  /** Finds the ads of the page (or the selected text); undefined when there is no selection. */
  collect(what: CollectWhat): CollectedPage | undefined;
  /** Draws the results; opens the badge of `open`. Returns how many ads it marked. */
  draw(results: readonly CheckResult[], messages: Messages, open?: string): number;
  /** The popup's "Show on page": false when the ad is not (or no longer) on the page. */
  scrollTo(key: string): boolean;
  /** Removes every badge, highlight and mark of the last check. */
  clear(): void;
  /** The badges drawn now, by ad key: the runtime's own handles (their shadow roots are closed). */
  badges(): ReadonlyMap<string, BadgeHandle>;
}

export function createCheckRuntime(doc: Document, url: () => string, extract: Extractor): CheckRuntime {
  let found = new Map<string, FoundAd>();
  const badges = new Map<string, BadgeHandle>();
  let highlighter: Highlighter | undefined;

  const clear = () => {
    for (const badge of badges.values()) badge.destroy();
    badges.clear();
    highlighter?.clearAll();
    for (const el of doc.querySelectorAll(`[${CHECK_KEY_ATTR}]`)) {
      el.removeAttribute(CHECK_KEY_ATTR);
      clearRisk(el);
    }
    found = new Map();
  };

  return {
    collect(what) {
      clear();
      const collected: Collected | undefined =
        what === 'selection' ? collectSelection(doc, url()) : collectAds(doc, url(), extract);
      if (!collected) return undefined;
      found = collected.found;
      return collected.page;
    },
    draw(results, messages, open) {
      let marked = 0;
      for (const { key, assessment } of results) {
        const ad = found.get(key);
        if (!ad?.root.isConnected) continue;
        markRisk(ad.root, assessment);
        marked++;
        badges.get(key)?.destroy();
        badges.delete(key);
        // One ad whose badge or highlights cannot be drawn (whatever the page did to it) keeps its mark,
        // and the others go on (issue 14).
        try {
          const badge = createBadge(doc, assessment, messages, ad.ad);
          placeBadge(badge.host, ad);
          badges.set(key, badge);
          if (assessment.findings.length) {
            highlighter ??= createHighlighter(doc);
            highlighter.show(key, phrasesOf(ad, assessment));
          }
          if (key === open) badge.open();
        } catch (error) {
          console.warn('JobSafe: a badge could not be shown', error);
        }
      }
      return marked;
    },
    scrollTo(key) {
      const ad = found.get(key);
      const badge = badges.get(key);
      if (!ad?.root.isConnected) return false;
      const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      ad.root.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      badge?.button.focus({ preventScroll: true });
      return true;
    },
    clear,
    badges: () => badges,
  };
}

/** Whether a scroll-to-ad key is one of a check's (the job sites' content script answers the others). */
export function isCheckKey(key: string): boolean {
  return key.startsWith(CHECK_KEY_PREFIX);
}

/**
 * The ad's quoted phrases in the page. The findings' offsets point into the text that was checked: the
 * whole ad, or for a selection the selected part of its block, so the search starts where that text does.
 */
function phrasesOf(ad: FoundAd, assessment: Assessment): Segment[][] {
  const index = buildTextIndex(ad.body ?? ad.root);
  const head = normalizePhrase(ad.ad.text.slice(0, 40));
  const base = Math.max(0, head ? index.text.indexOf(head) : 0);
  const length = Math.max(1, index.text.length);
  return assessment.findings.flatMap((f) => {
    const inText = !f.field || f.field === 'text';
    const segments = locatePhrase(index, f.evidence, inText ? (base + f.start) / length : 0);
    return segments ? [segments] : [];
  });
}
