/**
 * "Check this page" and "Check this job ad" on any site. The user's click (the toolbar button, or the
 * context menu item) grants activeTab; with it the background injects the page runtime
 * (entrypoints/check-page.ts), asks it for the page's ads or the selected text, analyzes them here, and
 * has the runtime draw the badges, marks and highlights, as on a job site. The result becomes the tab's
 * report (so the popup and the toolbar badge show it).
 */
import { z } from 'zod';
import type { AdInput, Assessment } from '../analysis/types';
import { BoundedAdSchema } from '../messaging/background-messages';
import { LIMITS, reportTitle, type PageItem } from '../messaging/messages';
import { applyRiskMarks, CHECK_RUNTIME_KEY, MAX_CHECKED_ADS, type CollectedPage } from './collect-page';

/** The page is not trusted: what the injected script returns is parsed like any message. */
// The page sets its own title and can push a very long URL: both are cut to the report's bounds, so
// an oversized one costs nothing and breaks nothing.
const cut = (max: number) => z.string().transform((s) => s.slice(0, max));
export const CollectedPageSchema = z.object({
  url: cut(LIMITS.pageUrl),
  title: cut(LIMITS.reportTitle),
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
    // The functions run in the page, so their arguments are whatever each one takes.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    func?: (...args: any[]) => unknown;
    args?: unknown[];
  }): Promise<InjectionResult[]>;
}

export type CollectWhat = 'page' | 'selection';

/*
 * The functions below run IN THE PAGE (executeScript({ func })): self-contained, no imports and no
 * outer variables, since only their source text crosses over. They reach the runtime the injected file
 * installed in the same isolated world.
 */
function collectInPage(what: CollectWhat, key: string): unknown {
  const runtime = (globalThis as unknown as Record<symbol, { collect(w: string): unknown } | undefined>)[
    Symbol.for(key)
  ];
  return runtime ? (runtime.collect(what) ?? null) : undefined;
}

function drawInPage(results: unknown, messages: unknown, open: string | null, key: string): unknown {
  const runtime = (
    globalThis as unknown as Record<symbol, { draw(r: unknown, m: unknown, o?: string): number } | undefined>
  )[Symbol.for(key)];
  return runtime ? runtime.draw(results, messages, open ?? undefined) : undefined;
}

async function inject(scripting: ScriptingApi, tabId: number): Promise<void> {
  try {
    await scripting.executeScript({ target: { tabId }, files: [CHECK_PAGE_SCRIPT] });
  } catch (error) {
    // No activeTab grant, a browser page (chrome://, the web store), or the tab is gone.
    throw new Error(`cannot-access-page: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The page's ads (or the selection, null when nothing is selected), parsed. */
export async function collectFromTab(
  scripting: ScriptingApi,
  tabId: number,
  what: CollectWhat = 'page',
): Promise<CollectedPage | null> {
  await inject(scripting, tabId);
  const [first] = await scripting.executeScript({
    target: { tabId },
    func: collectInPage,
    args: [what, CHECK_RUNTIME_KEY],
  });
  if (first?.result === null) return null;
  if (first?.result === undefined) throw new Error('cannot-access-page: the page runtime did not start');
  return CollectedPageSchema.parse(first.result);
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
  /** The in-page strings in the user's language (the badge's `page_*`, `level_*`, … keys). */
  messages(): Promise<Record<string, string>>;
}

/** "Check this page": collects, analyzes and draws; returns the page URL and its items (the caller stores the report). */
export async function checkTab(
  deps: CheckTabDeps,
  tabId: number,
): Promise<{ url: string; items: PageItem[] }> {
  const page = await collectFromTab(deps.scripting, tabId, 'page');
  if (!page) throw new Error('cannot-access-page: no page to check');
  return analyzeAndDraw(deps, tabId, page);
}

/**
 * "Check this job ad": the selected text as one ad, its badge drawn where the selection starts and
 * opened at once. Null when the page has no selection the runtime can read (a frame, a PDF viewer).
 */
export async function checkSelection(
  deps: CheckTabDeps,
  tabId: number,
): Promise<{ url: string; items: PageItem[] } | null> {
  const page = await collectFromTab(deps.scripting, tabId, 'selection');
  return page && analyzeAndDraw(deps, tabId, page, page.ads[0]?.key);
}

async function analyzeAndDraw(
  deps: CheckTabDeps,
  tabId: number,
  page: CollectedPage,
  open?: string,
): Promise<{ url: string; items: PageItem[] }> {
  const assessments = await deps.analyze(page.ads.map((a) => a.ad));
  const items = toPageItems(page, assessments);
  if (items.length) await drawOnTab(deps, tabId, items, open);
  return { url: page.url, items };
}

async function drawOnTab(deps: CheckTabDeps, tabId: number, items: PageItem[], open?: string): Promise<void> {
  const results = items.map(({ key, assessment }) => ({ key, assessment }));
  const messages = await deps.messages().catch(() => ({}));
  const [drawn] = await deps.scripting.executeScript({
    target: { tabId },
    func: drawInPage,
    args: [results, messages, open ?? null, CHECK_RUNTIME_KEY],
  });
  if (typeof drawn?.result === 'number') return;
  // The runtime is gone (the page navigated meanwhile): the public marks at least, where the roots are.
  const marks = items.map((item): [string, string, boolean] => [
    item.key,
    item.assessment.level,
    item.assessment.checked,
  ]);
  await deps.scripting.executeScript({ target: { tabId }, func: applyRiskMarks, args: [marks] });
}
