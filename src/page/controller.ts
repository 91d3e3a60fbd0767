/**
 * The content script's state machine for one tab: scan the page with the site's adapter, send new or
 * changed ads to the background in batches, mark each root, show its badge (and highlights on ad pages),
 * report the page, and take all of it down again on navigation, settings changes and teardown.
 * Everything it touches comes in through `PageDeps`, so it runs under happy-dom in unit tests.
 *
 * The page is not trusted: it may remove, move or re-mark what this script put there (noticed and
 * repaired, a few times per ad: see MAX_REPAIRS), hand over huge ads (cut to the contract's caps in
 * scanner.ts), or make one ad's badge fail (that ad stays marked and the others go on).
 */
import type { Assessment } from '../analysis/types';
import { listingPostings } from '../extract';
import { LIMITS, reportTitle, type ReportedAd } from '../messaging/messages';
import type { FoundAd, SiteAdapter } from '../sites/types';
import { BADGE_SELECTOR, createBadge, type BadgeHandle } from '../ui/badge/badge';
import { MARK_ATTR, createHighlighter, type Highlighter } from '../ui/badge/highlight';
import { placeBadge } from '../ui/badge/placement';
import type { Messages } from '../ui/badge/strings';
import { buildTextIndex, locatePhrase } from '../ui/badge/text-index';
import { boundLang, boundUrl } from './bounds';
import { CACHE_SLACK, ResultCache } from './cache';
import { GoneError, type BackgroundClient, type KeyedAd } from './client';
import type { Lifetime } from './lifetime';
import type { PageSettings } from './settings';
import { RISK_ATTR, clearAllMarks, clearMark, markRoot } from './marking';
import { observeMutations, type MutationBatcher, type Schedule } from './observer';
import { byViewport, inPool, ramped } from './batches';
import { LostAnswerError, RETRY_DELAYS_MS, withRetry } from './retry';
import { MAX_PIECE, pieces } from './partition';
import { findAds, scanSlice, uniqueOnPage, type ScannedAd } from './scanner';
import { immediately, type WhenNear } from './visibility';

/** Ads per analyze-batch message: the contract's cap, and less in a page's first (its visible ads). */
export const BATCH_SIZE = LIMITS.batch;
export const FIRST_BATCH_SIZE = 50;
/** Ads keyed, hashed or drawn in one go before the page gets a turn (about 10 ms of work). */
const SLICE = 250;
/** Requests in flight at once: the next batch is analyzed while the last one is drawn. */
const MAX_IN_FLIGHT = 2;
/**
 * Least time between two page reports. A report after the first carries only what changed, but the
 * background rebuilds and stores the tab's whole report for each one, so a longer page waits longer
 * between reports (REPORT_MS_PER_AD) and that work stays linear in the page's length.
 */
const REPORT_INTERVAL_MS = 400;
const REPORT_MS_PER_AD = 1;
/**
 * How often one ad's badge or mark is put back after the page took it away (or moved it, or re-marked
 * the root) on one page. A page that keeps doing it would otherwise keep this script busy.
 */
export const MAX_REPAIRS = 3;
/** How often an ad is analyzed again because the background did not accept its seal (a new worker). */
const MAX_RESEALS = 2;

export interface PageDeps {
  doc: Document;
  /** The tab's current URL (changes on SPA navigation). */
  url(): string;
  adapterFor(url: URL): SiteAdapter | undefined;
  client: BackgroundClient;
  schedule: Schedule;
  /** The extension's own lifetime (lifetime.ts): once it ends, everything comes down. */
  lifetime?: Lifetime;
  /** Overrides REPORT_INTERVAL_MS (tests use 0). */
  reportIntervalMs?: number;
  /** Overrides the retry delays of lost answers (tests use short ones). */
  retryDelaysMs?: readonly number[];
  /** A break for the page between slices of work: a new task in the browser (start.ts); none by default. */
  pause?: () => Promise<void>;
  /**
   * When a card's badge is built: once the card comes near the viewport (visibility.ts) in the browser;
   * at once by default. Marks are set at once either way, and ad pages get their badge at once.
   */
  whenNear?: WhenNear;
}

interface Shown {
  ad: ScannedAd;
  assessment: Assessment;
  seal: string;
  badge?: BadgeHandle;
  /** Cancels the wait for the card to come near the viewport, while its badge is not built yet. */
  waiting?: () => void;
}

export class PageController {
  private readonly cache = new ResultCache();
  private readonly shown = new Map<string, Shown>();
  /** `key:hash` of ads sent and not answered yet, so overlapping scans do not send them twice. */
  private readonly inFlight = new Set<string>();
  /**
   * Made on the first ad page that needs highlights: creating it reads the page's CSS.highlights, which
   * costs the isolated world a first-use binding setup that listing pages never need.
   */
  private highlighterInstance: Highlighter | undefined;
  /**
   * Badge hosts this script made and still shows. The observer tells them from the page's nodes by
   * identity: an attribute or a tag name could be forged by the page to hide its own changes.
   */
  private readonly liveHosts = new WeakSet<Node>();
  /** Repairs per ad key on this page (MAX_REPAIRS), and re-analyses for a broken seal (MAX_RESEALS). */
  private readonly repairs = new Map<string, number>();
  private readonly reseals = new Map<string, number>();
  private adapter: SiteAdapter | undefined;
  /** The URL this page was started for: another one means an SPA navigation. */
  private href = '';
  /** Ads on the page at the last scan: the cache keeps these and CACHE_SLACK more. */
  private pageSize = 0;
  private batcher: MutationBatcher | undefined;
  private messages: Promise<Messages> | undefined;
  /** Bumped on every reset: answers that arrive for an earlier page are dropped. */
  private generation = 0;
  private destroyed = false;
  /** The page report is owed after a (re)start even if no ad changed: it replaces the previous page's. */
  private reportDue = false;
  private lastReportAt = -Infinity;
  /**
   * The reports' stream (random, this script's own) and the last report's number; `reported` is what
   * the background holds once that report is taken (key → seal), undefined when the next must be whole.
   */
  private readonly stream = Math.random().toString(36).slice(2, 12);
  private seq = 0;
  private reported: Map<string, string> | undefined;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private warnedRender = false;
  private scanning = false;
  private rescan = false;

  constructor(
    private readonly deps: PageDeps,
    private settings: PageSettings,
  ) {
    deps.lifetime?.onEnd(() => this.teardown());
  }

  private get highlighter(): Highlighter {
    this.highlighterInstance ??= createHighlighter(this.deps.doc);
    return this.highlighterInstance;
  }

  /** Finds the adapter for the page and, if the site is on, starts watching it. */
  start(href = this.deps.url()): void {
    if (this.destroyed) return;
    this.href = href;
    const adapter = this.deps.adapterFor(new URL(href));
    this.adapter = adapter && this.settings.sites[adapter.id] !== false ? adapter : undefined;
    this.reportDue = true;
    if (!this.adapter) {
      this.sendReport();
      return;
    }
    const body = this.deps.doc.body ?? this.deps.doc.documentElement;
    this.batcher = observeMutations(
      body,
      {
        isOwnNode: (n) => this.isOwnNode(n),
        isOwnRemoval: (n) => this.liveHosts.has(n),
        attribute: RISK_ATTR,
      },
      this.deps.schedule,
      () => void this.scan(),
    );
    // After the current task: a history.pushState that announced the navigation has committed by then.
    const generation = this.generation;
    void Promise.resolve().then(() => {
      if (generation === this.generation) void this.scan();
    });
  }

  /** The URL may have changed (a navigation hint, or a scan): restart for a new page. */
  checkLocation(): void {
    if (this.destroyed) return;
    const now = this.deps.url();
    if (now !== this.href) this.onLocationChange(now);
  }

  /**
   * One scan of the page: render what is known, analyze what is new. The adapter reads the page in one
   * call; what follows (cutting, keying and hashing every ad, drawing the known ones) goes in slices of
   * SLICE ads with a pause for the page between them, so a long listing is never one long task of ours.
   * A scan asked for while one runs is run once after it.
   */
  async scan(): Promise<void> {
    if (this.scanning) {
      this.rescan = true;
      return;
    }
    if (!this.adapter || this.destroyed || this.deps.lifetime?.alive() === false) return;
    if (this.deps.url() !== this.href) return this.checkLocation();
    this.scanning = true;
    let pending: ScannedAd[] = [];
    const adapter = this.adapter;
    const generation = this.generation;
    const url = new URL(this.href);
    try {
      pending = await this.scanOnce(adapter, url, generation);
    } finally {
      this.scanning = false;
    }
    if (this.rescan) {
      this.rescan = false;
      void this.scan();
    }
    if (!pending.length || generation !== this.generation) return;
    // The UI strings are asked for alongside the first batch, not after its answer: one round trip less
    // before the first badges (the page stays in its busiest phase for a shorter time).
    void this.loadMessages();
    await inPool(ramped(pending, FIRST_BATCH_SIZE, BATCH_SIZE), MAX_IN_FLIGHT, (batch) =>
      this.analyzeBatch(batch, url, adapter, generation),
    );
  }

  /** The scan up to the analysis: returns the ads to send (marked in flight). */
  private async scanOnce(adapter: SiteAdapter, url: URL, generation: number): Promise<ScannedAd[]> {
    const stale = () => generation !== this.generation || this.destroyed;
    const found = await this.readPage(adapter, url, stale);
    if (stale()) return [];
    const sliced: ScannedAd[] = [];
    for (let i = 0; i < found.length; i += SLICE) {
      if (stale()) return [];
      if (i > 0) await this.pause();
      sliced.push(...scanSlice(adapter.id, found, url, i, SLICE));
    }
    if (stale()) return [];
    const ads = uniqueOnPage(sliced);
    const toAnalyze = ads.filter((a) => this.cache.get(a.key)?.hash !== a.hash);
    this.pageSize = ads.length;
    this.cache.prune(this.pageSize + CACHE_SLACK);

    let changed = this.forgetGone(new Set(ads.map((a) => a.key)));
    // Taking gone badges down is this script's own change, not news for the observer.
    this.batcher?.discardPending();
    const unknown = new Set(toAnalyze);
    const known = ads.filter((a) => !unknown.has(a) && this.shouldRender(a));
    if (known.length) {
      const messages = await this.loadMessages();
      for (let i = 0; i < known.length; i += SLICE) {
        if (i > 0) await this.pause();
        if (stale()) return [];
        for (const a of known.slice(i, i + SLICE)) {
          const cached = this.cache.get(a.key);
          if (cached && a.found.root.isConnected)
            changed = this.render(a, cached.assessment, cached.seal, messages) || changed;
        }
        this.batcher?.discardPending();
      }
    }
    if (stale()) return [];
    // A (re)started page owes a report at once, unless its first batch is about to send one.
    if (this.reportDue && !toAnalyze.length) this.sendReport();
    else if (changed) this.queueReport();

    // Ads on or near the screen first, so a long listing gets its visible badges before the rest (a
    // binary search over the page order: a few dozen layout queries however long the listing).
    const fresh = toAnalyze.filter((a) => !this.inFlight.has(flightId(a)));
    if (!fresh.length) return [];
    fresh.forEach((a) => this.inFlight.add(flightId(a)));
    await this.pause();
    if (stale()) {
      fresh.forEach((a) => this.inFlight.delete(flightId(a)));
      return [];
    }
    const { near, far } = byViewport(fresh, (a) => a.found.root, this.deps.doc.defaultView);
    return [...near, ...far];
  }

  /**
   * The adapter's ads. A long listing is read in pieces (partition.ts) with a break for the page between
   * them; an ad page, or a short page, in one call (findAds, with its generic fallbacks).
   */
  private async readPage(adapter: SiteAdapter, url: URL, stale: () => boolean): Promise<FoundAd[]> {
    const doc = this.deps.doc;
    const body = doc.body;
    await this.pause();
    if (!body || adapter.isAdPage?.(doc, url) || body.getElementsByTagName('*').length <= MAX_PIECE)
      return findAds(adapter, doc, url);
    const found: FoundAd[] = [];
    for (const run of pieces(body, MAX_PIECE)) {
      if (stale()) return [];
      for (const root of run) found.push(...adapter.find(root, url));
      await this.pause();
    }
    // As findAds: where the adapter found nothing, the page's own schema.org postings.
    return found.length ? found : listingPostings(doc, url);
  }

  /** A break for the page between two slices of work (a task of its own in the browser). */
  private pause(): Promise<void> {
    return this.deps.pause?.() ?? Promise.resolve();
  }

  private async analyzeBatch(
    batch: ScannedAd[],
    url: URL,
    adapter: SiteAdapter,
    generation: number,
  ): Promise<void> {
    const stale = () => generation !== this.generation || this.destroyed;
    let results: Awaited<ReturnType<BackgroundClient['analyze']>> = [];
    try {
      if (stale()) return;
      // The page's language hint, read once per document rather than once per ad (three DOM reads each).
      const langs = new Map<Document, string | undefined>();
      const langOf = (doc: Document) => {
        if (!langs.has(doc)) langs.set(doc, boundLang(doc.documentElement.lang));
        return langs.get(doc);
      };
      const ads: KeyedAd[] = batch.map((a) => ({
        key: a.key,
        ad: toAdInput(a, url, adapter, langOf(a.found.root.ownerDocument)),
      }));
      // A lost answer (the worker stopped meanwhile) is asked for again; the ads stay in flight meanwhile.
      results = await withRetry(() => this.deps.client.analyze(ads), {
        stop: stale,
        delaysMs: this.deps.retryDelaysMs,
      });
    } catch (e) {
      if (!(e instanceof GoneError)) console.warn('JobSafe: analysis failed', e);
    } finally {
      batch.forEach((a) => this.inFlight.delete(flightId(a)));
    }
    if (stale() || !results.length) return;
    const messages = await this.loadMessages();
    if (stale()) return;
    const byKey = new Map(batch.map((a) => [a.key, a]));
    for (const { key, assessment, seal } of results) {
      const a = byKey.get(key);
      if (!a) continue;
      this.cache.set(key, { hash: a.hash, assessment, seal });
      if (a.found.root.isConnected) this.render(a, assessment, seal, messages);
    }
    this.cache.prune(this.pageSize + CACHE_SLACK);
    this.batcher?.discardPending();
    this.queueReport();
  }

  /** SPA navigation: the old page's badges and report go; cached results stay. */
  onLocationChange(href?: string): void {
    this.reset();
    this.start(href);
  }

  applySettings(next: PageSettings): void {
    const prev = this.settings;
    this.settings = next;
    // Sensitivity is applied in the background, so every cached level may be stale.
    if (prev.sensitivity !== next.sensitivity) this.cache.clear();
    if (
      prev.sensitivity !== next.sensitivity ||
      prev.showOrdinary !== next.showOrdinary ||
      JSON.stringify(prev.sites) !== JSON.stringify(next.sites)
    ) {
      this.reset();
      this.start();
    }
  }

  /** The popup's "scroll to ad": bring the root into view and focus its badge (built now if need be). */
  scrollTo(key: string): boolean {
    const shown = this.shown.get(key);
    if (!shown?.ad.found.root.isConnected) return false;
    if (shown.waiting) {
      shown.waiting();
      shown.waiting = undefined;
      void this.loadMessages().then((messages) => {
        this.drawBadge(key, shown, messages);
        shown.badge?.button.focus({ preventScroll: true });
      });
    }
    const reduce = this.deps.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    shown.ad.found.root.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    shown.badge?.button.focus({ preventScroll: true });
    return true;
  }

  /** Extension reloaded or disabled: remove everything and stop for good. */
  destroy(): void {
    this.reset();
    this.destroyed = true;
  }

  /** The keys of the ads currently shown, in page order (for tests and the report). */
  keys(): string[] {
    return [...this.shown.keys()];
  }

  /** The badges shown now, in page order: the content script's own handles (tests read their shadow). */
  badges(): BadgeHandle[] {
    return [...this.shown.values()].flatMap((s) => (s.badge ? [s.badge] : []));
  }

  /** The lifetime ended: everything comes down, and the tab's report goes with it (when it still can). */
  private teardown(): void {
    if (this.destroyed) return;
    this.destroy();
    void this.deps.client.farewell();
  }

  private reset(): void {
    this.generation++;
    clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
    this.lastReportAt = -Infinity;
    this.reported = undefined;
    this.batcher?.disconnect();
    this.batcher = undefined;
    for (const s of this.shown.values()) {
      s.waiting?.();
      if (s.badge) this.liveHosts.delete(s.badge.host);
      s.badge?.destroy();
    }
    this.shown.clear();
    this.repairs.clear();
    this.reseals.clear();
    this.highlighterInstance?.clearAll();
    clearAllMarks(this.deps.doc);
    this.adapter = undefined;
  }

  private isOwnNode(node: Node): boolean {
    if (this.liveHosts.has(node)) return true;
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    return (el.localName === 'mark' && el.hasAttribute(MARK_ATTR)) || el.id === 'jobsafe-highlight-style';
  }

  /** Whether a known ad must be drawn (again); counts a repair when the page undid what was drawn. */
  private shouldRender(a: ScannedAd): boolean {
    const s = this.shown.get(a.key);
    if (!s || s.ad.found.root !== a.found.root || s.ad.hash !== a.hash) return true;
    // The page took the badge away, moved it to another card or re-marked the root: put it right, unless
    // it keeps doing so.
    const root = a.found.root;
    const badge = s.badge?.host;
    const placed = !!badge?.isConnected && root.contains(badge);
    const intact =
      root.getAttribute(RISK_ATTR) === s.assessment.level &&
      (!this.wantsBadge(s.assessment) || placed || (!badge && !!s.waiting)) &&
      // No look-alike host the page planted beside it.
      root.querySelectorAll(BADGE_SELECTOR).length === (placed ? 1 : 0);
    if (intact) return false;
    const repairs = (this.repairs.get(a.key) ?? 0) + 1;
    this.repairs.set(a.key, repairs);
    return repairs <= MAX_REPAIRS;
  }

  private wantsBadge(assessment: Assessment): boolean {
    return assessment.level !== 'none' || this.settings.showOrdinary;
  }

  /** Marks the root and (re)draws its badge and highlights. Returns whether anything changed. */
  private render(a: ScannedAd, assessment: Assessment, seal: string, messages: Messages): boolean {
    const prev = this.shown.get(a.key);
    if (prev) this.unrender(a.key, prev, prev.ad.found.root !== a.found.root);
    markRoot(a.found.root, a.key, assessment);
    const shown: Shown = { ad: a, assessment, seal };
    this.shown.set(a.key, shown);
    if (this.wantsBadge(assessment)) {
      // A listing's cards get their badges as they come near the screen; an ad page at once.
      const near = a.found.kind === 'detail' ? immediately : (this.deps.whenNear ?? immediately);
      shown.waiting = near(a.found.root, () => {
        shown.waiting = undefined;
        this.drawBadge(a.key, shown, messages);
      });
    }
    if (a.found.kind === 'detail') this.guarded(() => this.highlight(a, assessment));
    return true;
  }

  /** Builds and places the badge of a shown ad (unless it was taken down meanwhile). */
  private drawBadge(key: string, shown: Shown, messages: Messages): void {
    if (this.shown.get(key) !== shown || shown.badge || this.destroyed) return;
    // One ad whose badge cannot be drawn (whatever the page did to its card) keeps its mark and its place
    // in the report, and the others go on.
    this.guarded(() => {
      this.removeStaleHosts(shown.ad.found.root);
      const badge = createBadge(this.deps.doc, shown.assessment, messages, shown.ad.found.ad);
      this.liveHosts.add(badge.host);
      shown.badge = badge;
      placeBadge(badge.host, shown.ad.found);
    });
  }

  private guarded(draw: () => void): void {
    try {
      draw();
    } catch (error) {
      if (!this.warnedRender) console.warn('JobSafe: a badge could not be shown', error);
      this.warnedRender = true;
    }
  }

  /**
   * A page that snapshots and restores its markup (innerHTML) brings back copies of old badge hosts,
   * empty because shadow roots are not serialized; only the badges this script holds stay.
   */
  private removeStaleHosts(root: Element): void {
    root.querySelectorAll(BADGE_SELECTOR).forEach((host) => {
      if (!this.liveHosts.has(host)) host.remove();
    });
  }

  private unrender(key: string, s: Shown, clearRoot: boolean): void {
    s.waiting?.();
    s.waiting = undefined;
    if (s.badge) this.liveHosts.delete(s.badge.host);
    s.badge?.destroy();
    this.highlighterInstance?.clear(key);
    if (clearRoot) clearMark(s.ad.found.root);
    this.shown.delete(key);
  }

  private highlight(a: ScannedAd, assessment: Assessment): void {
    const { found } = a;
    if (!assessment.findings.length) return;
    const bodyIndex = buildTextIndex(found.body ?? found.root);
    const rootIndex = found.body && found.body !== found.root ? undefined : bodyIndex;
    const textLength = Math.max(1, found.ad.text.length);
    const matches = assessment.findings.flatMap((f) => {
      // Offsets into the text place a quote in the body; quotes from the title or salary are searched in the root.
      const inText = !f.field || f.field === 'text';
      const index = inText ? bodyIndex : (rootIndex ?? buildTextIndex(found.root));
      const segments = locatePhrase(index, f.evidence, inText ? f.start / textLength : 0);
      return segments ? [segments] : [];
    });
    this.highlighter.show(a.key, matches);
  }

  /** Drops ads that left the page (infinite lists recycle nodes; SPA re-renders replace them). */
  private forgetGone(present: Set<string>): boolean {
    let changed = false;
    for (const [key, s] of this.shown) {
      if (present.has(key) && s.ad.found.root.isConnected) continue;
      this.unrender(key, s, true);
      changed = true;
    }
    return changed;
  }

  private loadMessages(): Promise<Messages> {
    this.messages ??= withRetry(() => this.deps.client.messages(), {
      stop: () => this.destroyed,
      delaysMs: this.deps.retryDelaysMs,
    }).catch((e: unknown) => {
      if (!(e instanceof GoneError)) console.warn('JobSafe: no UI strings from the background', e);
      this.messages = undefined; // try again on the next render
      return {};
    });
    return this.messages;
  }

  /** Sends the report now if the last one is old enough, else once the interval is over. */
  private queueReport(): void {
    if (this.reportTimer !== undefined || this.destroyed) return;
    const interval =
      this.deps.reportIntervalMs ?? Math.max(REPORT_INTERVAL_MS, this.shown.size * REPORT_MS_PER_AD);
    const wait = this.lastReportAt + interval - performance.now();
    if (wait <= 0) this.sendReport();
    else this.reportTimer = setTimeout(() => this.sendReport(), wait);
  }

  /**
   * Reports the ads shown now: keys, titles and the sealed assessments (no texts). After a report the
   * background took, only what changed goes (a change based on it: new or changed ads, keys gone); the
   * whole report goes after a (re)start, a failure, or when the background asks for it. A lost report is
   * sent again (the latest state, whole, with backoff); ads whose seal the background no longer accepts
   * (its secret is new) are analyzed again.
   */
  private sendReport(attempt = 0): void {
    if (this.destroyed) return;
    clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
    this.reportDue = false;
    this.lastReportAt = performance.now();
    const generation = this.generation;
    const held = this.reported;
    const base = held ? this.seq : undefined;
    const now = new Map<string, string>();
    const items: ReportedAd[] = [];
    for (const [key, s] of this.shown) {
      now.set(key, s.seal);
      if (held?.get(key) === s.seal) continue;
      items.push({
        key,
        title: reportTitle(s.ad.found.ad.title, s.assessment.level),
        assessment: s.assessment,
        seal: s.seal,
      });
    }
    const removed = held ? [...held.keys()].filter((key) => !now.has(key)) : undefined;
    if (held && !items.length && !removed?.length) return;
    const seq = ++this.seq;
    // What the background holds once it takes this one; forgotten again if it does not.
    this.reported = now;
    const forget = () => {
      if (this.seq === seq) this.reported = undefined;
    };
    this.deps.client.report({ stream: this.stream, seq, base, items, removed }).then(
      ({ rejected, resend }) => {
        if (generation !== this.generation) return;
        if (resend) {
          forget();
          if (this.reported === undefined) this.sendReport();
          return;
        }
        rejected.forEach((key) => this.reported?.delete(key));
        if (rejected.length) this.reanalyze(rejected);
      },
      (e: unknown) => {
        forget();
        if (e instanceof GoneError || generation !== this.generation) return;
        const delays = this.deps.retryDelaysMs ?? RETRY_DELAYS_MS;
        if (e instanceof LostAnswerError && attempt < delays.length) {
          this.reportTimer = setTimeout(() => this.sendReport(attempt + 1), delays[attempt]);
          return;
        }
        console.warn('JobSafe: page report failed', e);
      },
    );
  }

  private reanalyze(keys: readonly string[]): void {
    let any = false;
    for (const key of keys) {
      const n = (this.reseals.get(key) ?? 0) + 1;
      this.reseals.set(key, n);
      if (n > MAX_RESEALS) continue;
      this.cache.delete(key);
      any = true;
    }
    if (any) void this.scan();
  }
}

function flightId(a: ScannedAd): string {
  return `${a.key}\u0000${a.hash}`;
}

function toAdInput(a: ScannedAd, url: URL, adapter: SiteAdapter, pageLang: string | undefined) {
  const { ad } = a.found;
  // No `id`: the batch is keyed, and an id would only come back in every assessment and report.
  return {
    text: ad.text,
    title: ad.title,
    salary: ad.salary,
    employer: ad.employer,
    location: ad.location,
    contacts: ad.contacts,
    url: ad.url ?? (a.found.kind === 'detail' ? boundUrl(url.href) : undefined),
    lang: pageLang ?? adapter.lang,
  };
}
