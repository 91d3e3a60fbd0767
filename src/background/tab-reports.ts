/**
 * What each tab shows: the last page report of its content script (or of "check this page"), or the
 * fact that the last one failed. In memory while the background lives, and copied to storage.session
 * where it exists, so a service worker that Chrome stopped and restarted still knows (Firefox's MV2
 * background page lives as long as the browser). Nothing is written to disk either way.
 *
 * storage.session holds 10 MB for the whole extension, and a 5,000-card page's report is about 1 MB, so
 * the copies share a budget: the oldest other tabs' copies give way first (they stay in memory), and a
 * report that cannot be copied leaves a marker, never the previous copy. A tab whose report was lost or
 * rejected reads as failed (the popup says so) rather than showing the counts of an earlier report.
 */
import { LEVELS, type Level } from '../analysis/types';
import { LIMITS, TabReportSchema, type PageItem, type TabReport } from '../messaging/messages';

/** The subset of storage.StorageArea the store needs. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every key stored (storage.session.getKeys, or get(null) where that is missing). */
  keys?(): Promise<string[]>;
}

export function memoryArea(): KeyValueArea {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) map.set(k, v);
    },
    remove: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

const KEY_PREFIX = 'tab-report:';
const keyOf = (tabId: number): string => `${KEY_PREFIX}${tabId}`;

/**
 * Bytes of storage.session the report copies may take together: the area's 10 MB minus room for the
 * context menu's pending text (200,000 characters, up to 600 KB in UTF-8) and the seal secret.
 */
export const SESSION_BUDGET_BYTES = 8 * 2 ** 20;
/** One report's copy at most: a 5,000-card page is about 1 MB; more than this is not copied. */
export const MAX_COPY_BYTES = 4 * 2 ** 20;
/**
 * A copy is written once a tab's reports pause this long, and at least every COPY_MAX_WAIT_MS while they
 * keep coming (every 400 ms or more while a page loads): writing a 1 MB copy after each report of a
 * 5,000-card page cost the background seconds. Chrome does not stop a worker that is receiving messages,
 * so the copy a restarted worker finds is the last report's.
 */
export const COPY_DELAY_MS = 1_000;
export const COPY_MAX_WAIT_MS = 5_000;

/** Why a tab has no report to show. */
export type ReportFailure = 'rejected' | 'too-large' | 'not-stored';

/** What a tab's report is, as the popup asks. */
export type ReportState = { report: TabReport } | { failed: ReportFailure; url: string };

interface StoredFailure {
  failed: ReportFailure;
  url: string;
}

export function highestLevel(items: readonly PageItem[]): Level {
  let highest = 0;
  for (const item of items) highest = Math.max(highest, LEVELS.indexOf(item.assessment.level));
  return LEVELS[highest] ?? 'none';
}

/** Ads that need the user's attention: caution or high. */
export function riskyCount(items: readonly PageItem[]): number {
  return items.filter((i) => i.assessment.level !== 'none').length;
}

/** The URL without its fragment: a #hash change is not a navigation to another page. */
export function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function parseFailure(value: unknown): StoredFailure | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { failed, url } = value as Record<string, unknown>;
  const reasons: readonly unknown[] = ['rejected', 'too-large', 'not-stored'] satisfies ReportFailure[];
  return reasons.includes(failed) && typeof url === 'string'
    ? { failed: failed as ReportFailure, url }
    : undefined;
}

/**
 * Bytes a value takes in storage, as browsers count them (its JSON), for UTF-8 text mostly of Latin and
 * Cyrillic letters: two bytes a character is an upper bound for those, without encoding a megabyte
 * just to count it.
 */
const sizeOf = (value: unknown): number => JSON.stringify(value).length * 2;

export class TabReports {
  private readonly memory = new Map<number, ReportState>();
  /** Bytes of each tab's copy in storage, in the order written (oldest first); undefined until read. */
  private copies: Map<number, number> | undefined;
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  /** When the oldest report not copied yet came, per tab. */
  private readonly firstPending = new Map<number, number>();
  /** Copies being written, so a clear that comes meanwhile can wait for them. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly area: KeyValueArea,
    private readonly options: {
      copyDelayMs?: number;
      copyMaxWaitMs?: number;
      budgetBytes?: number;
      maxCopyBytes?: number;
    } = {},
  ) {}

  /** Replaces the tab's report; `from` names the content script's report it is (for later changes). */
  async set(
    tabId: number,
    url: string,
    items: PageItem[],
    from?: { stream?: string; seq?: number },
  ): Promise<TabReport> {
    const report: TabReport = { url, items, highest: highestLevel(items) };
    if (from?.stream !== undefined && from.seq !== undefined) {
      report.stream = from.stream;
      report.seq = from.seq;
    }
    this.memory.set(tabId, { report });
    this.scheduleCopy(tabId);
    return report;
  }

  /**
   * Applies a content script's change to the report it is based on: the ads in `gone` leave, `items` are
   * added or replace the ads of their keys (in place). 'resend', and nothing changes, when the tab's
   * report is not report `base` of `stream` for this page (the content script must send it whole);
   * 'too-large' when the result would exceed the report's cap (the tab then reads as failed).
   */
  async change(
    tabId: number,
    url: string,
    at: { stream: string; base: number; seq: number },
    items: readonly PageItem[],
    gone: readonly string[],
  ): Promise<TabReport | 'resend' | 'too-large'> {
    const state = await this.state(tabId);
    const prev = state && 'report' in state ? state.report : undefined;
    if (!prev || prev.stream !== at.stream || prev.seq !== at.base || pageOf(prev.url) !== pageOf(url))
      return 'resend';
    const next = new Map(prev.items.map((i) => [i.key, i]));
    for (const key of gone) next.delete(key);
    for (const item of items) next.set(item.key, item);
    if (next.size > LIMITS.reportItems) {
      await this.fail(tabId, url, 'too-large');
      return 'too-large';
    }
    return this.set(tabId, url, [...next.values()], { stream: at.stream, seq: at.seq });
  }

  /** The tab's last report could not be taken: it reads as failed until the next one. */
  async fail(tabId: number, url: string, reason: ReportFailure): Promise<void> {
    this.memory.set(tabId, { failed: reason, url });
    this.cancelCopy(tabId);
    await this.copy(tabId);
  }

  /** The tab's report; undefined for a failed one (state() tells why). */
  async get(tabId: number): Promise<TabReport | undefined> {
    const state = await this.state(tabId);
    return state && 'report' in state ? state.report : undefined;
  }

  /** The tab's report or failure; a stored value that no longer parses (an older version's) counts as none. */
  async state(tabId: number): Promise<ReportState | undefined> {
    const known = this.memory.get(tabId);
    if (known) return known;
    const stored = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
    if (stored === undefined) return undefined;
    const failure = parseFailure(stored);
    if (failure) return failure;
    const parsed = TabReportSchema.safeParse(stored);
    return parsed.success ? { report: parsed.data } : undefined;
  }

  async clear(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    this.cancelCopy(tabId);
    await this.writing;
    this.copies?.delete(tabId);
    await this.area.remove(keyOf(tabId));
  }

  /**
   * Called when the tab starts loading `url` (undefined when the browser does not tell us, i.e. the tab
   * left the sites we may see). Returns true when the report was dropped. A reload of the same page keeps
   * it until the content script sends the new one, and so does a report the content script of a
   * single-page app already sent for the new URL before the browser told us about the navigation.
   */
  async navigated(tabId: number, url: string | undefined): Promise<boolean> {
    const state = await this.state(tabId);
    if (!state) return false;
    const reportUrl = 'report' in state ? state.report.url : state.url;
    if (url !== undefined && pageOf(url) === pageOf(reportUrl)) return false;
    await this.clear(tabId);
    return true;
  }

  /** Writes pending copies now (tests; the background never needs to wait for them). */
  async flush(): Promise<void> {
    for (const tabId of [...this.timers.keys()]) {
      this.cancelCopy(tabId);
      await this.copy(tabId);
    }
    await this.writing;
  }

  private scheduleCopy(tabId: number): void {
    const now = Date.now();
    const first = this.firstPending.get(tabId) ?? now;
    this.firstPending.set(tabId, first);
    clearTimeout(this.timers.get(tabId));
    const delay = Math.min(
      this.options.copyDelayMs ?? COPY_DELAY_MS,
      Math.max(0, first + (this.options.copyMaxWaitMs ?? COPY_MAX_WAIT_MS) - now),
    );
    this.timers.set(
      tabId,
      setTimeout(() => {
        this.timers.delete(tabId);
        this.firstPending.delete(tabId);
        void this.copy(tabId);
      }, delay),
    );
  }

  private cancelCopy(tabId: number): void {
    clearTimeout(this.timers.get(tabId));
    this.timers.delete(tabId);
    this.firstPending.delete(tabId);
  }

  private copy(tabId: number): Promise<void> {
    this.writing = this.writing
      .then(() => this.writeCopy(tabId))
      .catch((error: unknown) => {
        console.warn('JobSafe: could not keep a tab report in session storage', error);
      });
    return this.writing;
  }

  private async writeCopy(tabId: number): Promise<void> {
    const state = this.memory.get(tabId);
    if (!state) return;
    const copies = await this.knownCopies();
    const value: TabReport | StoredFailure = 'report' in state ? state.report : state;
    const bytes = sizeOf(value);
    const budget = this.options.budgetBytes ?? SESSION_BUDGET_BYTES;
    if (bytes > (this.options.maxCopyBytes ?? MAX_COPY_BYTES)) {
      // Too big to copy: while this worker lives the report is in memory; after a restart the tab
      // reads as failed instead of showing an older copy.
      if ('report' in state) return this.writeFailure(tabId, { failed: 'too-large', url: state.report.url });
    }
    copies.delete(tabId);
    let total = [...copies.values()].reduce((s, b) => s + b, 0);
    // The oldest other copies give way; their tabs keep their reports in memory. (A snapshot: the
    // markers written in their place go to the end of the map and must not be visited again.)
    for (const [other, size] of [...copies]) {
      if (total + bytes <= budget) break;
      const url = this.urlOf(other);
      copies.delete(other);
      total -= size;
      if (url !== undefined) await this.writeFailure(other, { failed: 'not-stored', url });
      else await this.area.remove(keyOf(other));
    }
    try {
      await this.area.set({ [keyOf(tabId)]: value });
      copies.set(tabId, bytes);
    } catch (error) {
      console.warn('JobSafe: session storage refused a tab report', error);
      if ('report' in state) await this.writeFailure(tabId, { failed: 'not-stored', url: state.report.url });
    }
  }

  private async writeFailure(tabId: number, failure: StoredFailure): Promise<void> {
    const copies = await this.knownCopies();
    const bytes = sizeOf(failure);
    try {
      await this.area.set({ [keyOf(tabId)]: failure });
      copies.delete(tabId);
      copies.set(tabId, bytes);
    } catch {
      // Even the marker does not fit: at least no old copy stays.
      copies.delete(tabId);
      await this.area.remove(keyOf(tabId)).catch(() => undefined);
    }
  }

  private urlOf(tabId: number): string | undefined {
    const state = this.memory.get(tabId);
    if (!state) return undefined;
    return 'report' in state ? state.report.url : state.url;
  }

  /** The copies in storage, read once per worker (a restarted worker finds the earlier ones there). */
  private async knownCopies(): Promise<Map<number, number>> {
    if (this.copies) return this.copies;
    const copies = new Map<number, number>();
    const keys = (await this.area.keys?.()) ?? [];
    for (const key of keys) {
      if (!key.startsWith(KEY_PREFIX)) continue;
      const tabId = Number(key.slice(KEY_PREFIX.length));
      const value = (await this.area.get(key))[key];
      if (Number.isInteger(tabId) && value !== undefined) copies.set(tabId, sizeOf(value));
    }
    this.copies ??= copies;
    return this.copies;
  }
}
