/**
 * "Check this page" on any site: the popup asks, the activeTab grant lets us inject the collector
 * (entrypoints/check-page.ts), the ads are analyzed here, the page's ad roots get data-jobsafe-risk,
 * and the result becomes the tab's report (so the popup and the toolbar badge show it).
 */
import { z } from 'zod';
import type { AdInput, Assessment } from '../analysis/types';
import { BoundedAdSchema } from '../messaging/background-messages';
import { reportTitle, type PageItem } from '../messaging/messages';
import { applyRiskMarks, MAX_CHECKED_ADS, type CollectedPage } from './collect-page';

/** The page is not trusted: what the injected script returns is parsed like any message. */
export const CollectedPageSchema = z.object({
  url: z.string(),
  title: z.string(),
  ads: z.array(z.object({ key: z.string().max(200), ad: BoundedAdSchema })).max(MAX_CHECKED_ADS),
}) satisfies z.ZodType<CollectedPage>;

/** The bundle WXT writes for entrypoints/check-page.ts. */
export const CHECK_PAGE_SCRIPT = '/check-page.js';

export interface InjectionResult {
  result?: unknown;
}

/** The parts of browser.scripting used here. */
export interface ScriptingApi {
  executeScript(injection: {
    target: { tabId: number };
    files?: string[];
    func?: (marks: [string, string][]) => unknown;
    args?: unknown[];
  }): Promise<InjectionResult[]>;
}

export async function collectFromTab(scripting: ScriptingApi, tabId: number): Promise<CollectedPage> {
  let results: InjectionResult[];
  try {
    results = await scripting.executeScript({ target: { tabId }, files: [CHECK_PAGE_SCRIPT] });
  } catch (error) {
    // No activeTab grant, a browser page (chrome://, the web store), or the tab is gone.
    throw new Error(`cannot-access-page: ${error instanceof Error ? error.message : String(error)}`);
  }
  return CollectedPageSchema.parse(results[0]?.result);
}

export function toPageItems(page: CollectedPage, assessments: readonly Assessment[]): PageItem[] {
  const site = safeHost(page.url);
  return page.ads.map(({ key, ad }, i) => ({
    key,
    title: reportTitle(ad.title, (assessments[i] as Assessment).level),
    site,
    assessment: assessments[i] as Assessment,
  }));
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

export interface CheckTabDeps {
  scripting: ScriptingApi;
  analyze(ads: AdInput[]): Promise<Assessment[]>;
}

/** Collects, analyzes and marks; returns the page URL and its items (the caller stores the report). */
export async function checkTab(
  deps: CheckTabDeps,
  tabId: number,
): Promise<{ url: string; items: PageItem[] }> {
  const page = await collectFromTab(deps.scripting, tabId);
  const assessments = await deps.analyze(page.ads.map((a) => a.ad));
  const items = toPageItems(page, assessments);
  const marks = items.map((item): [string, string] => [item.key, item.assessment.level]);
  if (marks.length)
    await deps.scripting.executeScript({ target: { tabId }, func: applyRiskMarks, args: [marks] });
  return { url: page.url, items };
}
