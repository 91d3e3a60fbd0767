/**
 * What each background message does. The router (router.ts) has already parsed the message and checked
 * its sender; everything the handlers touch outside this file comes in through BackgroundDeps, so the
 * unit tests run them without a browser.
 *
 * Nothing a content script says about its page is taken on trust: the page's URL is the sender's (the
 * browser's word, not the message's), and every assessment in a page report must carry the seal the
 * background gave it (seals.ts), so a compromised content script cannot change a level or invent one.
 */
import type { AdInput, Assessment, Sensitivity } from '../analysis/types';
import type { UiLang } from '../i18n';
import {
  AssessmentSchema,
  LIMITS,
  reportTitle,
  type PageItem,
  type ReportedAd,
  type TabReport,
} from '../messaging/messages';
import type { Handlers, HandlerContext } from './router';
import type { Sealer } from './seals';
import type { ReportFailure, TabReports } from './tab-reports';

export interface BackgroundDeps {
  reports: TabReports;
  /** Analyzes ads for one sender (taking turns with the others: analyzer.ts). */
  analyze(sender: string, ads: readonly AdInput[], sensitivity: Sensitivity): Promise<Assessment[]>;
  sealer: Sealer;
  sensitivity(): Promise<Sensitivity>;
  pageStrings(): Promise<{ lang: UiLang; messages: Record<string, string> }>;
  /** Collects, analyzes and marks the ads of a tab (check-tab.ts). */
  checkTab(tabId: number): Promise<{ url: string; items: PageItem[] }>;
  /** Shows the tab's report (or none) on the toolbar icon. */
  showBadge(tabId: number, report: TabReport | undefined): Promise<void>;
}

/** Who is asking, for the analyzer's turns: each tab, and the extension's pages together. */
function senderOf(context: HandlerContext): string {
  return context.origin === 'content' ? `tab:${context.tabId ?? -1}` : 'extension';
}

/**
 * The analyzer's result as it may cross: parsed (so its shape is the contract's, key order included)
 * and within the caps. The analyzer gives at most one finding per rule and field, far under the cap;
 * should it ever give more, the strongest first are kept rather than the whole batch failing.
 */
export function boundAssessment(raw: Assessment): Assessment {
  const findings =
    raw.findings.length > LIMITS.findings ? raw.findings.slice(0, LIMITS.findings) : raw.findings;
  const id = typeof raw.id === 'string' && raw.id.length > LIMITS.key ? undefined : raw.id;
  return AssessmentSchema.parse({ ...raw, id, findings });
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** The report items whose seals hold, and the keys of those whose seals do not. */
async function verified(
  sealer: Sealer,
  items: readonly ReportedAd[],
  site: string | undefined,
): Promise<{ accepted: PageItem[]; rejected: string[] }> {
  const checks = await Promise.all(items.map((i) => sealer.verify(i, i.seal)));
  const accepted: PageItem[] = [];
  const rejected: string[] = [];
  items.forEach((item, i) => {
    if (!checks[i]) return void rejected.push(item.key);
    accepted.push({ key: item.key, title: item.title, site, assessment: item.assessment });
  });
  return { accepted, rejected };
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    'get-messages': () => deps.pageStrings(),

    async 'analyze-batch'(message, context) {
      const sensitivity = await deps.sensitivity();
      const assessments = await deps.analyze(
        senderOf(context),
        message.ads.map((a) => a.ad),
        sensitivity,
      );
      const results = await Promise.all(
        message.ads.map(async ({ key, ad }, i) => {
          const assessment = boundAssessment(assessments[i] as Assessment);
          const title = reportTitle(ad.title, assessment.level);
          const seal = await deps.sealer.seal({ key, title, assessment });
          return { key, assessment, seal };
        }),
      );
      return { results };
    },

    async 'page-report'(message, context) {
      // Reports from frames would overwrite the page's own; the content script runs in the top frame only.
      if (context.tabId === undefined || (context.frameId ?? 0) !== 0 || !context.url) return { ok: false };
      const { accepted, rejected } = await verified(deps.sealer, message.items, hostOf(context.url));
      if (rejected.length)
        console.warn(`JobSafe: ${rejected.length} ads of tab ${context.tabId} came back with a broken seal`);
      const { stream, seq, base } = message;
      let report: TabReport | undefined;
      if (base === undefined) {
        report = await deps.reports.set(context.tabId, context.url, accepted, { stream, seq });
      } else {
        // A change: the ads whose seal broke leave too, rather than keep an older assessment.
        const changed =
          stream === undefined || seq === undefined
            ? 'resend'
            : await deps.reports.change(context.tabId, context.url, { stream, base, seq }, accepted, [
                ...(message.removed ?? []),
                ...rejected,
              ]);
        if (changed === 'resend') return { ok: true, resend: true };
        report = changed === 'too-large' ? undefined : changed;
      }
      await deps.showBadge(context.tabId, report);
      return rejected.length ? { ok: true, rejected } : { ok: true };
    },

    async 'get-tab-report'(message) {
      const state = await deps.reports.state(message.tabId);
      if (state && 'failed' in state) return { error: `report-failed: ${state.failed}` };
      return state?.report ?? null;
    },

    async 'analyze-text'(message, context) {
      const [assessment] = await deps.analyze(
        senderOf(context),
        [{ text: message.text, lang: message.lang }],
        await deps.sensitivity(),
      );
      return assessment;
    },

    async 'check-tab'(message) {
      const { url, items } = await deps.checkTab(message.tabId);
      const report = await deps.reports.set(message.tabId, url, items);
      await deps.showBadge(message.tabId, report);
      return report;
    },
  };
}

/**
 * A page report that did not parse (over a cap, or malformed) from a tab's content script: the tab's
 * earlier report must not stay on show as if it were current.
 */
export async function reportRejected(
  deps: Pick<BackgroundDeps, 'reports' | 'showBadge'>,
  context: HandlerContext,
  reason: ReportFailure = 'rejected',
): Promise<void> {
  if (context.tabId === undefined || (context.frameId ?? 0) !== 0 || !context.url) return;
  await deps.reports.fail(context.tabId, context.url, reason);
  await deps.showBadge(context.tabId, undefined);
}
