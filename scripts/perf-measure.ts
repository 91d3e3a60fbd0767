/**
 * Browser measurements shared by tests/e2e/perf.test.ts (short, in `npm test`) and
 * scripts/bench-browser.ts (long, in `npm run bench`): one generated listing loaded in a tab of the
 * harness' Chromium, with the extension (a job-site host) or without it (the same page under a host the
 * content script does not match).
 */
import type { Page } from 'puppeteer';
import type { E2EBrowser } from '../tests/e2e/harness';
import type { ProbeResult } from './perf-listing';
import { traceExtensionTasks, type ExtensionTasks } from './perf-trace';

export interface ListingRun {
  probe: ProbeResult;
  /** Main-thread busy time of the tab (CDP Performance.TaskDuration) from navigation to the end. */
  taskMs: number;
  /** When the metrics were read, in ms after navigation start (the measurement window). */
  windowMs: number;
  /** Script execution time of the tab, all worlds (CDP Performance.ScriptDuration). */
  scriptMs: number;
  /** The content script's tasks on the tab's main thread (only with `trace`: tracing costs time itself). */
  tasks?: ExtensionTasks;
}

const CARD = '[data-qa~="vacancy-serp__vacancy"]';

/**
 * Default measurement window, in ms after navigation start: past a cold 50-card listing's last mark plus
 * the settle time, so runs with and without the extension are read at the same moment.
 */
export const DEFAULT_WINDOW_MS = 1_500;

/**
 * Loads `url` (a page carrying PROBE_SCRIPT) and, when `expectBadges`, waits until every card is marked;
 * then lets the page settle for `settleMs`, and at least until `windowMs` after navigation start, and
 * reads the probe and the tab's main-thread metrics.
 *
 * Runs with and without the extension are compared, so both are read at the same time after navigation
 * (unless the marks come so late that the run with the extension needs a longer window: that only counts
 * against the extension), and waiting for the marks must cost the page nothing. Reading each run
 * `settleMs` after its own end, with a requestAnimationFrame poll, charged the extension for the waiting:
 * the page without the extension, made to wait the same way until 200 ms after navigation start, showed
 * 8 ms more main-thread time (frames the poll requested, the probe's timer loop running longer); 17 ms
 * when made to wait until 450 ms, the cold run's usual wait.
 */
export async function runListing(
  b: E2EBrowser,
  url: string,
  opts: {
    expectBadges: boolean;
    timeoutMs?: number;
    settleMs?: number;
    windowMs?: number;
    trace?: boolean;
  },
): Promise<ListingRun> {
  const page: Page = await b.page();
  try {
    const session = await page.createCDPSession();
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const stopTrace = opts.trace ? await traceExtensionTasks(page, b.extensionId) : undefined;
    await page.goto(url, { waitUntil: 'load' });
    if (opts.expectBadges) {
      await page.waitForFunction(
        (sel) => {
          const cards = document.querySelectorAll(sel);
          return cards.length > 0 && [...cards].every((c) => c.hasAttribute('data-jobsafe-risk'));
        },
        // Checked on DOM changes only: a requestAnimationFrame poll would make the page draw frames.
        { timeout: opts.timeoutMs ?? 15_000, polling: 'mutation' },
        CARD,
      );
    }
    const now = await page.evaluate(() => performance.now());
    const settle = Math.max(opts.settleMs ?? 500, (opts.windowMs ?? DEFAULT_WINDOW_MS) - now);
    await new Promise((ok) => setTimeout(ok, settle));
    const { probe, windowMs } = await page.evaluate(() => ({
      probe: (window as unknown as { stopProbe(): ProbeResult }).stopProbe(),
      windowMs: performance.now(),
    }));
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    await session.detach();
    const tasks = await stopTrace?.();
    return { probe, taskMs: metric('TaskDuration'), windowMs, scriptMs: metric('ScriptDuration'), tasks };
  } finally {
    await page.close();
  }
}

/** The service worker's JS heap, in MB (used / total), via the worker's own DevTools session. */
export async function backgroundHeapMb(b: E2EBrowser): Promise<{ usedMb: number; totalMb: number }> {
  const worker = await b.serviceWorker();
  const heap = (await worker.client.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  return { usedMb: heap.usedSize / 2 ** 20, totalMb: heap.totalSize / 2 ** 20 };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
