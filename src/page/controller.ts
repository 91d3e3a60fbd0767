/**
 * The content script's state machine for one tab: scan the page with the site's adapter, send new or
 * changed ads to the background in batches, mark each root, show its badge (and highlights on ad pages),
 * report the page, and take all of it down again on navigation, settings changes and teardown.
 * Everything it touches comes in through `PageDeps`, so it runs under happy-dom in unit tests.
 */
import type { AdInput, Assessment } from '../analysis/types';
import type { PageItem } from '../messaging/messages';
import type { SiteAdapter } from '../sites/types';
import { BADGE_TAG, createBadge, type BadgeHandle } from '../ui/badge/badge';
import { MARK_ATTR, createHighlighter, type Highlighter } from '../ui/badge/highlight';
import { placeBadge } from '../ui/badge/placement';
import type { Messages } from '../ui/badge/strings';
import { buildTextIndex, locatePhrase } from '../ui/badge/text-index';
import type { BackgroundClient } from './client';
import type { PageSettings } from './settings';
import { clearAllMarks, clearMark, markRoot } from './marking';
import { observeMutations, type MutationBatcher, type Schedule } from './observer';
import { chunk, inPool, nearViewportFirst } from './batches';
import { scanPage, type ResultCache, type ScannedAd } from './scanner';

/** Ads per analyze-batch message (the design: at most 50). */
export const BATCH_SIZE = 50;
/** Requests in flight at once: the next batch is analyzed while the last one is drawn. */
const MAX_IN_FLIGHT = 2;
/**
 * Least time between two page reports. Each report carries every ad of the page, so reporting after
 * each of the 20 batches of a 1,000-card listing cost the background quadratic work.
 */
const REPORT_INTERVAL_MS = 400;

export interface PageDeps {
  doc: Document;
  /** The tab's current URL (changes on SPA navigation). */
  url(): string;
  adapterFor(url: URL): SiteAdapter | undefined;
  client: BackgroundClient;
  schedule: Schedule;
  /**
   * False once the extension was reloaded or removed. The old script then cannot reach the background;
   * asking (WXT's ctx.isValid) also runs the teardown registered with ctx.onInvalidated.
   */
  alive?(): boolean;
  /** Overrides REPORT_INTERVAL_MS (tests use 0). */
  reportIntervalMs?: number;
}

interface Shown {
  ad: ScannedAd;
  assessment: Assessment;
  badge?: BadgeHandle;
}

export class PageController {
  private readonly cache: ResultCache = new Map();
  private readonly shown = new Map<string, Shown>();
  /** `key:hash` of ads sent and not answered yet, so overlapping scans do not send them twice. */
  private readonly inFlight = new Set<string>();
  /**
   * Made on the first ad page that needs highlights: creating it reads the page's CSS.highlights, which
   * costs the isolated world a first-use binding setup that listing pages never need.
   */
  private highlighterInstance: Highlighter | undefined;
  /** Badge hosts this script made and still shows (a Set rebuilt per render was quadratic on long lists). */
  private readonly liveHosts = new WeakSet<Element>();
  private adapter: SiteAdapter | undefined;
  private batcher: MutationBatcher | undefined;
  private messages: Promise<Messages> | undefined;
  /** Bumped on every reset: answers that arrive for an earlier page are dropped. */
  private generation = 0;
  private destroyed = false;
  /** The page report is owed after a (re)start even if no ad changed: it replaces the previous page's. */
  private reportDue = false;
  private lastReportAt = -Infinity;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deps: PageDeps,
    private settings: PageSettings,
  ) {}

  private get highlighter(): Highlighter {
    this.highlighterInstance ??= createHighlighter(this.deps.doc);
    return this.highlighterInstance;
  }

  /**
   * Finds the adapter for the page and, if the site is on, starts watching it. `href` is the URL being
   * navigated to: WXT's location event can fire before `location` itself changes.
   */
  start(href = this.deps.url()): void {
    if (this.destroyed) return;
    const adapter = this.deps.adapterFor(new URL(href));
    this.adapter = adapter && this.settings.sites[adapter.id] !== false ? adapter : undefined;
    this.reportDue = true;
    if (!this.adapter) {
      this.sendReport(href);
      return;
    }
    const body = this.deps.doc.body ?? this.deps.doc.documentElement;
    this.batcher = observeMutations(body, isOwnNode, this.deps.schedule, () => void this.scan());
    // After the current task: a history.pushState that announced the navigation has committed by then.
    const generation = this.generation;
    void Promise.resolve().then(() => {
      if (generation === this.generation) void this.scan();
    });
  }

  /** One scan of the page: render what is known, analyze what is new. */
  async scan(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter || this.destroyed || this.deps.alive?.() === false) return;
    const generation = this.generation;
    const url = new URL(this.deps.url());
    const { ads, toAnalyze } = scanPage(adapter, this.deps.doc, url, this.cache);

    let changed = this.forgetGone(new Set(ads.map((a) => a.key)));
    const unknown = new Set(toAnalyze);
    const known = ads.filter((a) => !unknown.has(a));
    if (known.some((a) => this.needsRender(a))) {
      const messages = await this.loadMessages();
      if (generation !== this.generation) return;
      for (const a of known) {
        const cached = this.cache.get(a.key);
        if (cached && this.needsRender(a)) changed = this.render(a, cached.assessment, messages) || changed;
      }
      this.batcher?.discardPending();
    }
    // A (re)started page owes a report at once, unless its first batch is about to send one.
    if (this.reportDue && !toAnalyze.length) this.sendReport();
    else if (changed) this.queueReport();

    const pending = nearViewportFirst(
      toAnalyze.filter((a) => !this.inFlight.has(flightId(a))),
      (a) => a.found.root,
      this.deps.doc.defaultView,
    );
    pending.forEach((a) => this.inFlight.add(flightId(a)));
    // The UI strings are asked for alongside the first batch, not after its answer: one round trip less
    // before the first badges (the page stays in its busiest phase for a shorter time).
    if (pending.length) void this.loadMessages();
    await inPool(chunk(pending, BATCH_SIZE), MAX_IN_FLIGHT, (batch) =>
      this.analyzeBatch(batch, url, adapter, generation),
    );
  }

  private async analyzeBatch(
    batch: ScannedAd[],
    url: URL,
    adapter: SiteAdapter,
    generation: number,
  ): Promise<void> {
    let results: { key: string; assessment: Assessment }[] = [];
    try {
      if (generation !== this.generation || this.destroyed) return;
      results = await this.deps.client.analyze(
        batch.map((a) => ({ key: a.key, ad: toAdInput(a, url, adapter) })),
      );
    } catch (e) {
      console.warn('JobSafe: analysis failed', e);
    } finally {
      batch.forEach((a) => this.inFlight.delete(flightId(a)));
    }
    if (generation !== this.generation || this.destroyed) return;
    const messages = await this.loadMessages();
    if (generation !== this.generation || this.destroyed) return;
    const byKey = new Map(batch.map((a) => [a.key, a]));
    for (const { key, assessment } of results) {
      const a = byKey.get(key);
      if (!a) continue;
      this.cache.set(key, { hash: a.hash, assessment });
      if (a.found.root.isConnected) this.render(a, assessment, messages);
    }
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

  /** The popup's "scroll to ad": bring the root into view and focus its badge. */
  scrollTo(key: string): boolean {
    const shown = this.shown.get(key);
    if (!shown?.ad.found.root.isConnected) return false;
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

  private reset(): void {
    this.generation++;
    clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
    this.lastReportAt = -Infinity;
    this.batcher?.disconnect();
    this.batcher = undefined;
    for (const s of this.shown.values()) {
      if (s.badge) this.liveHosts.delete(s.badge.host);
      s.badge?.destroy();
    }
    this.shown.clear();
    this.highlighterInstance?.clearAll();
    clearAllMarks(this.deps.doc);
    this.adapter = undefined;
  }

  private needsRender(a: ScannedAd): boolean {
    const s = this.shown.get(a.key);
    if (!s || s.ad.found.root !== a.found.root || s.ad.hash !== a.hash) return true;
    // The page removed or re-rendered our badge: put it back on the next scan (never from the observer).
    return this.wantsBadge(s.assessment) && !s.badge?.host.isConnected;
  }

  private wantsBadge(assessment: Assessment): boolean {
    return assessment.level !== 'none' || this.settings.showOrdinary;
  }

  /** Marks the root and (re)draws its badge and highlights. Returns whether anything changed. */
  private render(a: ScannedAd, assessment: Assessment, messages: Messages): boolean {
    const prev = this.shown.get(a.key);
    if (prev) this.unrender(a.key, prev, prev.ad.found.root !== a.found.root);
    markRoot(a.found.root, a.key, a.hash, assessment.level);
    this.removeStaleHosts(a.found.root);
    let badge: BadgeHandle | undefined;
    if (this.wantsBadge(assessment)) {
      badge = createBadge(this.deps.doc, assessment, messages, a.found.ad);
      this.liveHosts.add(badge.host);
      placeBadge(badge.host, a.found);
    }
    if (a.found.kind === 'detail') this.highlight(a, assessment);
    this.shown.set(a.key, { ad: a, assessment, badge });
    return true;
  }

  /**
   * A page that snapshots and restores its markup (innerHTML) brings back copies of old badge hosts,
   * empty because shadow roots are not serialized; only the badges this script holds stay.
   */
  private removeStaleHosts(root: Element): void {
    root.querySelectorAll(BADGE_TAG).forEach((host) => {
      if (!this.liveHosts.has(host)) host.remove();
    });
  }

  private unrender(key: string, s: Shown, clearRoot: boolean): void {
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
    this.messages ??= this.deps.client.messages().catch((e: unknown) => {
      console.warn('JobSafe: no UI strings from the background', e);
      this.messages = undefined; // try again on the next render
      return {};
    });
    return this.messages;
  }

  /** Sends the report now if the last one is old enough, else once the interval is over. */
  private queueReport(): void {
    if (this.reportTimer !== undefined || this.destroyed) return;
    const wait = this.lastReportAt + (this.deps.reportIntervalMs ?? REPORT_INTERVAL_MS) - performance.now();
    if (wait <= 0) this.sendReport();
    else this.reportTimer = setTimeout(() => this.sendReport(), wait);
  }

  private sendReport(href = this.deps.url()): void {
    if (this.destroyed) return;
    clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
    this.reportDue = false;
    this.lastReportAt = performance.now();
    const site = this.adapter?.name;
    const items: PageItem[] = [...this.shown.entries()].map(([key, s]) => ({
      key,
      title: s.ad.found.ad.title,
      site,
      assessment: s.assessment,
      text: s.ad.found.ad.text,
    }));
    this.deps.client.report(href, items).catch((e: unknown) => {
      console.warn('JobSafe: page report failed', e);
    });
  }
}

function flightId(a: ScannedAd): string {
  return `${a.key}\u0000${a.hash}`;
}

function isOwnNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.localName === BADGE_TAG || el.hasAttribute(MARK_ATTR) || el.id === 'jobsafe-highlight-style';
}

function toAdInput(a: ScannedAd, url: URL, adapter: SiteAdapter): AdInput {
  const { ad } = a.found;
  const pageLang = (a.found.root.ownerDocument.documentElement.lang || '').slice(0, 2).toLowerCase();
  return {
    id: a.key,
    text: ad.text,
    title: ad.title,
    salary: ad.salary,
    employer: ad.employer,
    location: ad.location,
    contacts: ad.contacts,
    url: ad.url ?? (a.found.kind === 'detail' ? url.href : undefined),
    lang: pageLang || adapter.lang,
  };
}
