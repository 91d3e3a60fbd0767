/**
 * What each background message does. The router (router.ts) has already parsed the message and checked
 * its sender; everything the handlers touch outside this file comes in through BackgroundDeps, so the
 * unit tests run them without a browser.
 */
import type { AdInput, Assessment, Sensitivity } from '../analysis/types';
import type { UiLang } from '../i18n';
import type { PageItem, TabReport } from '../messaging/messages';
import type { Handlers } from './router';
import type { TabReports } from './tab-reports';

export interface BackgroundDeps {
  reports: TabReports;
  analyze(ads: readonly AdInput[], sensitivity: Sensitivity): Promise<Assessment[]>;
  sensitivity(): Promise<Sensitivity>;
  pageStrings(): Promise<{ lang: UiLang; messages: Record<string, string> }>;
  /** Collects, analyzes and marks the ads of a tab (check-tab.ts). */
  checkTab(tabId: number): Promise<{ url: string; items: PageItem[] }>;
  /** Shows the tab's report (or none) on the toolbar icon. */
  showBadge(tabId: number, report: TabReport | undefined): Promise<void>;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    'get-messages': () => deps.pageStrings(),

    async 'analyze-batch'(message) {
      const sensitivity = await deps.sensitivity();
      const assessments = await deps.analyze(
        message.ads.map((a) => a.ad),
        sensitivity,
      );
      return { results: message.ads.map((a, i) => ({ key: a.key, assessment: assessments[i] })) };
    },

    async 'page-report'(message, context) {
      // Reports from frames would overwrite the page's own; the content script runs in the top frame only.
      if (context.tabId === undefined || (context.frameId ?? 0) !== 0) return { ok: false };
      const report = await deps.reports.set(context.tabId, message.url, message.items);
      await deps.showBadge(context.tabId, report);
      return { ok: true };
    },

    async 'get-tab-report'(message) {
      return (await deps.reports.get(message.tabId)) ?? null;
    },

    async 'analyze-text'(message) {
      const [assessment] = await deps.analyze(
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
