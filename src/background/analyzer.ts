/**
 * The analyzer, as the background uses it: one ad at a time, taking turns between the senders (each tab,
 * and the extension's own pages), with a break for other messages after each ad. A tab that sends
 * batch after batch of long ads (a huge listing, or a compromised content script) then delays another
 * tab's answer by about one ad's analysis, not by its whole queue.
 *
 * Imported statically on purpose. A Chrome MV3 service worker may not call import(): Chromium 156
 * rejects it with "import() is disallowed on ServiceWorkerGlobalScope by the HTML specification"
 * (measured here with a two-file extension; https://github.com/w3c/ServiceWorker/issues/1356), and WXT
 * builds a module background together with the popup's ES chunks, so a dynamic import would become a
 * chunk fetched at run time and fail. The analyzer stays cheap to load anyway: it reads and compiles its
 * catalogue on the first call (src/background/catalogue.ts), not when the worker starts.
 */
import { nextTask } from '../page/batches';
import type { AdInput, Assessment, Sensitivity } from '../analysis/types';

export type AnalyzeOne = (ad: AdInput, sensitivity: Sensitivity) => Promise<Assessment>;
/** Resolves after the event loop has had a turn (other messages, timers). */
export type YieldFn = () => Promise<void>;

interface Job {
  ad: AdInput;
  sensitivity: Sensitivity;
  resolve(a: Assessment): void;
  reject(e: unknown): void;
}

/**
 * A macrotask without the 4 ms clamp nested setTimeout(0) calls get (one MessageChannel per queue, as the
 * content script pauses for the page): it lets the runtime's message events in between.
 */
export const macrotask: () => YieldFn = nextTask;

export class AnalysisQueue {
  /** Jobs per sender, in arrival order; senders take turns in the order they first came. */
  private readonly lanes = new Map<string, Job[]>();
  private running = false;
  /** Ads analyzed so far (tests count the turns). */
  analyzed = 0;

  constructor(
    private readonly analyzeOne: AnalyzeOne,
    private readonly pause: YieldFn = macrotask(),
  ) {}

  /** Analyzes `ads` for `sender` (e.g. `tab:12`); resolves with the assessments in order. */
  run(sender: string, ads: readonly AdInput[], sensitivity: Sensitivity): Promise<Assessment[]> {
    const lane = this.lanes.get(sender) ?? [];
    this.lanes.set(sender, lane);
    const results = ads.map(
      (ad) => new Promise<Assessment>((resolve, reject) => lane.push({ ad, sensitivity, resolve, reject })),
    );
    void this.pump();
    return Promise.all(results);
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        // The sender whose turn it is: the first in the map. After its ad it goes to the back, behind
        // any sender that arrived meanwhile.
        const next = this.lanes.entries().next();
        if (next.done) break;
        const [sender, lane] = next.value;
        const job = lane.shift();
        if (job) {
          try {
            job.resolve(await this.analyzeOne(job.ad, job.sensitivity));
          } catch (error) {
            job.reject(error);
          }
          this.analyzed++;
        }
        this.lanes.delete(sender);
        if (lane.length) this.lanes.set(sender, lane);
        await this.pause();
      }
    } finally {
      this.running = false;
    }
  }
}
