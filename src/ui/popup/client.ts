/**
 * The popup's calls to the background and to the tab's content script. Every answer is parsed with zod;
 * a background that is missing, restarting or answering nonsense becomes a NoAnswerError the UI explains.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { Assessment } from '../../analysis/types';
import { AssessmentSchema, ErrorResultSchema, TabReportSchema } from '../../messaging/messages';
import { takePendingCheck } from '../../background/pending-check';
import type { PendingCheck } from '../../background/pending-check';
import type { TabReport } from '../../messaging/messages';

export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

/** The background answered, with an error (`cannot-access-page: …`, `forbidden-sender`, …). */
export class BackgroundError extends Error {
  override name = 'BackgroundError';
  constructor(readonly code: string) {
    super(`background: ${code}`);
  }
}

/** How long the popup waits: a report is in memory; analysis may first load the analyzer. */
export const REPORT_TIMEOUT_MS = 4_000;
export const ANALYSIS_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswerError(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(new NoAnswerError(error instanceof Error ? error.message : String(error)));
      },
    );
  });
}

async function ask<S extends z.ZodMiniType>(
  message: unknown,
  schema: S,
  timeoutMs: number,
): Promise<z.infer<S>> {
  const raw: unknown = await withTimeout(browser.runtime.sendMessage(message), timeoutMs);
  const error = ErrorResultSchema.safeParse(raw);
  if (error.success) throw new BackgroundError(error.data.error);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new NoAnswerError(`unexpected answer: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** The tab the popup is about: `?tab=<id>` when opened as a page (tests), else the active tab. */
export async function currentTabId(search = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The tab's report, or null when JobSafe has not looked at that page. A report that failed (rejected,
 * or lost with a restarted background) is a BackgroundError `report-failed: …`: the page tab shows an
 * error, never the counts of an earlier report.
 */
export function getTabReport(tabId: number): Promise<TabReport | null> {
  return ask({ type: 'get-tab-report', tabId }, z.nullable(TabReportSchema), REPORT_TIMEOUT_MS);
}

export function checkTab(tabId: number): Promise<TabReport> {
  return ask({ type: 'check-tab', tabId }, TabReportSchema, ANALYSIS_TIMEOUT_MS);
}

export function analyzeText(text: string, lang?: string): Promise<Assessment> {
  return ask({ type: 'analyze-text', text, lang }, AssessmentSchema, ANALYSIS_TIMEOUT_MS);
}

/**
 * Text the user chose "Check this job ad" for in the context menu (the background leaves it in
 * storage.session and opens popup.html#check). Undefined where storage.session does not exist.
 */
export async function pendingCheck(): Promise<PendingCheck | undefined> {
  const session = (browser.storage as { session?: Parameters<typeof takePendingCheck>[0] }).session;
  return session ? takePendingCheck(session) : undefined;
}

/**
 * Ask the page to scroll to an ad: the content script of a job site, or the runtime "Check this page"
 * injected (check-page.ts). False when nothing answered or the ad is gone (the answer is `true` only
 * when the ad was found).
 */
export async function scrollToAd(tabId: number, key: string): Promise<boolean> {
  try {
    const answer: unknown = await withTimeout(
      browser.tabs.sendMessage(tabId, { type: 'scroll-to-ad', key }),
      REPORT_TIMEOUT_MS,
    );
    return answer === true;
  } catch {
    return false;
  }
}
