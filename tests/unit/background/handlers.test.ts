import { describe, expect, it, vi } from 'vitest';
import { analyzeAd } from '../../../src/analysis/index';
import { AnalysisQueue } from '../../../src/background/analyzer';
import { createHandlers, reportRejected, type BackgroundDeps } from '../../../src/background/handlers';
import { createSealer } from '../../../src/background/seals';
import { memoryArea, TabReports } from '../../../src/background/tab-reports';
import type { Assessment, Sensitivity } from '../../../src/analysis/types';
import {
  LIMITS,
  reportTitle,
  type PageItem,
  type ReportedAd,
  type SealedResult,
} from '../../../src/messaging/messages';

const LURE =
  'Требуются девушки 18-25 лет приятной внешности официантками в Дубай. Опыт не нужен. Билеты и визу оплачиваем, ' +
  'расходы вычтем из зарплаты. Выезд срочно, по туристической визе, паспорт хранится у работодателя. Только WhatsApp.';
const ORDINARY =
  'ООО «Северный ветер», Москва. Бухгалтер по расчёту заработной платы, оформление по ТК РФ, график 5/2, ' +
  'зарплата от 90 000 до 110 000 рублей. Офис: ул. Примерная, 10.';

function deps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps & { badges: [number, unknown][] } {
  const badges: [number, unknown][] = [];
  const queue = new AnalysisQueue((ad, sensitivity) => analyzeAd(ad, { sensitivity }));
  return {
    reports: new TabReports(memoryArea()),
    analyze: (sender, ads, s) => queue.run(sender, ads, s),
    sealer: createSealer(memoryArea()),
    sensitivity: async (): Promise<Sensitivity> => 'balanced',
    pageStrings: async () => ({ lang: 'en', messages: {} }),
    checkTab: async () => ({ url: 'https://example.org/', items: [] }),
    showBadge: async (tabId, report) => void badges.push([tabId, report]),
    badges,
    ...overrides,
  };
}

const PAGE = 'https://hh.ru/search/vacancy?text=x';
const content = { origin: 'content' as const, tabId: 3, frameId: 0, url: PAGE };
const popup = { origin: 'extension' as const };

async function analyzed(d: BackgroundDeps, ads: { key: string; text: string; title?: string }[]) {
  const { results } = (await createHandlers(d)['analyze-batch'](
    {
      type: 'analyze-batch',
      ads: ads.map(({ key, text, title }) => ({ key, ad: { text, title, lang: 'ru' } })),
    },
    content,
  )) as { results: SealedResult[] };
  return results;
}

/** What the content script reports for the results it got (titles of the risky ads only). */
function reported(results: SealedResult[], titles: Record<string, string> = {}): ReportedAd[] {
  return results.map((r) => ({
    key: r.key,
    title: reportTitle(titles[r.key], r.assessment.level),
    assessment: r.assessment,
    seal: r.seal,
  }));
}

describe('analyze-batch (with the real analyzer)', () => {
  it('returns one sealed assessment per ad, under its key, in order', async () => {
    const results = await analyzed(deps(), [
      { key: 'lure', text: LURE },
      { key: 'plain', text: ORDINARY },
    ]);
    expect(results.map((r) => r.key)).toEqual(['lure', 'plain']);
    expect(results[0]?.assessment.level).toBe('high');
    expect(results[1]?.assessment.level).toBe('none');
    expect(results.every((r) => /^[A-Za-z0-9_-]{22}$/.test(r.seal))).toBe(true);
  });

  it('analyzes with the user’s sensitivity, as the sending tab', async () => {
    const none: Assessment = {
      level: 'none',
      score: 0,
      lang: 'ru',
      checked: true,
      partial: false,
      findings: [],
    };
    const analyze = vi.fn(async (_sender: string, ads: readonly unknown[]) => ads.map(() => none));
    const handlers = createHandlers(deps({ analyze, sensitivity: async () => 'strong-only' }));
    await handlers['analyze-batch'](
      { type: 'analyze-batch', ads: [{ key: 'a', ad: { text: 'x' } }] },
      content,
    );
    expect(analyze).toHaveBeenCalledWith('tab:3', [{ text: 'x' }], 'strong-only');
  });
});

describe('page-report and get-tab-report', () => {
  it('stores the verified report under the sender’s URL, shows its badge, and gives it to the popup', async () => {
    const d = deps();
    const handlers = createHandlers(d);
    const results = await analyzed(d, [
      { key: 'a', text: LURE, title: 'Официантки в Дубай' },
      { key: 'b', text: ORDINARY },
    ]);
    const items = reported(results, { a: 'Официантки в Дубай' });
    expect(await handlers['page-report']({ type: 'page-report', items }, content)).toEqual({ ok: true });
    const expected = {
      url: PAGE,
      items: items.map(({ key, title, assessment }) => ({ key, title, site: 'hh.ru', assessment })),
      highest: 'high',
    };
    expect(d.badges).toEqual([[3, expected]]);
    expect(await handlers['get-tab-report']({ type: 'get-tab-report', tabId: 3 }, popup)).toEqual(expected);
    expect(await handlers['get-tab-report']({ type: 'get-tab-report', tabId: 4 }, popup)).toBeNull();
  });

  it('rejects every item a content script changed: a level, a finding, a title, a key', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const d = deps();
    const handlers = createHandlers(d);
    const results = await analyzed(d, [
      { key: 'lure', text: LURE, title: 'Официантки' },
      { key: 'plain', text: ORDINARY, title: 'Бухгалтер' },
    ]);
    const [lure, plain] = reported(results, { lure: 'Официантки', plain: 'Бухгалтер' }) as [
      ReportedAd,
      ReportedAd,
    ];
    const forged: ReportedAd[] = [
      { ...lure, assessment: { ...lure.assessment, level: 'none' } },
      { ...lure, key: 'lure-2', assessment: { ...lure.assessment, findings: [] } },
      // An ordinary ad's report carries no title (reportTitle); one with a title is not what was sealed.
      { ...plain, title: 'Официантки' },
      { ...plain, key: 'another' },
      // An invented warning with a seal borrowed from a real one.
      { ...plain, key: 'invented', assessment: lure.assessment },
    ];
    const answer = await handlers['page-report']({ type: 'page-report', items: [...forged, plain] }, content);
    expect(answer).toEqual({ ok: true, rejected: ['lure', 'lure-2', 'plain', 'another', 'invented'] });
    const report = await d.reports.get(3);
    expect(report?.items.map((i) => i.key)).toEqual(['plain']);
    expect(report?.highest).toBe('none');
    warn.mockRestore();
  });

  it('accepts seals made before the worker restarted (same session secret)', async () => {
    const session = memoryArea();
    const before = deps({ sealer: createSealer(session) });
    const results = await analyzed(before, [{ key: 'a', text: LURE }]);
    const after = deps({ sealer: createSealer(session) });
    const answer = await createHandlers(after)['page-report'](
      { type: 'page-report', items: reported(results) },
      content,
    );
    expect(answer).toEqual({ ok: true });
  });

  it('ignores reports from sub-frames and from senders without a URL', async () => {
    const d = deps();
    const handlers = createHandlers(d);
    expect(
      await handlers['page-report']({ type: 'page-report', items: [] }, { ...content, frameId: 2 }),
    ).toEqual({
      ok: false,
    });
    expect(
      await handlers['page-report']({ type: 'page-report', items: [] }, { ...content, url: undefined }),
    ).toEqual({ ok: false });
    expect(await d.reports.get(3)).toBeUndefined();
    expect(d.badges).toEqual([]);
  });

  it('applies a change to the report it is based on: new and changed ads in place, gone ones out', async () => {
    const d = deps();
    const handlers = createHandlers(d);
    const [a, b, c] = reported(
      await analyzed(d, [
        { key: 'a', text: LURE, title: 'Официантки' },
        { key: 'b', text: ORDINARY },
        { key: 'c', text: ORDINARY },
      ]),
      { a: 'Официантки' },
    ) as [ReportedAd, ReportedAd, ReportedAd];
    const whole = { type: 'page-report' as const, stream: 's1', seq: 1, items: [a, b] };
    expect(await handlers['page-report'](whole, content)).toEqual({ ok: true });
    // b is now the lure's assessment (a re-analysis), c is new, and a left the page.
    const [b2] = reported(await analyzed(d, [{ key: 'b', text: LURE }])) as [ReportedAd];
    const change = { type: 'page-report' as const, stream: 's1', seq: 2, base: 1, items: [b2, c] };
    expect(await handlers['page-report']({ ...change, removed: ['a'] }, content)).toEqual({ ok: true });
    const report = await d.reports.get(3);
    expect(report?.items.map((i) => [i.key, i.assessment.level])).toEqual([
      ['b', 'high'],
      ['c', 'none'],
    ]);
    expect(report?.seq).toBe(2);
    expect(d.badges.at(-1)?.[1]).toEqual(report);
  });

  it('asks for the whole report when a change is not based on the report it holds', async () => {
    const d = deps();
    const handlers = createHandlers(d);
    const [a, b] = reported(
      await analyzed(d, [
        { key: 'a', text: LURE },
        { key: 'b', text: ORDINARY },
      ]),
    ) as [ReportedAd, ReportedAd];
    const change = { type: 'page-report' as const, stream: 's1', seq: 2, base: 1, items: [b] };
    // Nothing held yet (a restarted worker), another stream, a lost report in between, another page.
    expect(await handlers['page-report'](change, content)).toEqual({ ok: true, resend: true });
    await handlers['page-report']({ type: 'page-report', stream: 's1', seq: 1, items: [a] }, content);
    for (const wrong of [{ stream: 's2' }, { base: 0 }, { stream: undefined }])
      expect(await handlers['page-report']({ ...change, ...wrong }, content)).toEqual({
        ok: true,
        resend: true,
      });
    expect(await handlers['page-report'](change, { ...content, url: 'https://hh.ru/vacancy/1' })).toEqual({
      ok: true,
      resend: true,
    });
    expect((await d.reports.get(3))?.items.map((i) => i.key)).toEqual(['a']);
    // The content script's farewell (whole, no stream): no change can be based on it.
    await handlers['page-report']({ type: 'page-report', items: [] }, content);
    expect(await handlers['page-report']({ ...change, base: 1 }, content)).toEqual({
      ok: true,
      resend: true,
    });
  });

  it('takes an ad out of the report when a change brings it with a broken seal', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const d = deps();
    const handlers = createHandlers(d);
    const [a] = reported(await analyzed(d, [{ key: 'a', text: LURE }])) as [ReportedAd];
    await handlers['page-report']({ type: 'page-report', stream: 's', seq: 1, items: [a] }, content);
    const forged = { ...a, assessment: { ...a.assessment, level: 'none' as const } };
    const answer = await handlers['page-report'](
      { type: 'page-report', stream: 's', seq: 2, base: 1, items: [forged] },
      content,
    );
    expect(answer).toEqual({ ok: true, rejected: ['a'] });
    expect((await d.reports.get(3))?.items).toEqual([]);
    warn.mockRestore();
  });

  it('fails a change that would take the report over its cap, rather than keep the old counts', async () => {
    const d = deps();
    const handlers = createHandlers(d);
    const [a] = reported(await analyzed(d, [{ key: 'a', text: ORDINARY }])) as [ReportedAd];
    const many = Array.from({ length: LIMITS.reportItems }, (_, i) => ({ ...a, key: `k${i}` }));
    // The same seal under other keys would not verify; the cap is the tab store's, so fill it directly.
    await d.reports.set(
      3,
      PAGE,
      many.map(({ key, assessment }) => ({ key, assessment })),
      {
        stream: 's',
        seq: 1,
      },
    );
    const answer = await handlers['page-report'](
      { type: 'page-report', stream: 's', seq: 2, base: 1, items: [a] },
      content,
    );
    expect(answer).toEqual({ ok: true });
    expect(await handlers['get-tab-report']({ type: 'get-tab-report', tabId: 3 }, popup)).toEqual({
      error: 'report-failed: too-large',
    });
    expect(d.badges.at(-1)).toEqual([3, undefined]);
  });

  it('shows a rejected report as failed, with an empty toolbar badge, never the earlier counts', async () => {
    const d = deps();
    const handlers = createHandlers(d);
    const results = await analyzed(d, [{ key: 'a', text: LURE }]);
    await handlers['page-report']({ type: 'page-report', items: reported(results) }, content);
    await reportRejected(d, content);
    expect(await handlers['get-tab-report']({ type: 'get-tab-report', tabId: 3 }, popup)).toEqual({
      error: 'report-failed: rejected',
    });
    expect(d.badges.at(-1)).toEqual([3, undefined]);
  });
});

describe('analyze-text and check-tab', () => {
  it('analyzes a pasted text', async () => {
    const handlers = createHandlers(deps());
    const assessment = (await handlers['analyze-text']({ type: 'analyze-text', text: LURE }, popup)) as {
      level: string;
    };
    expect(assessment.level).toBe('high');
  });

  it('stores what check-tab found as the tab’s report and shows the badge', async () => {
    const items: PageItem[] = [
      {
        key: 'check-page',
        assessment: { level: 'caution', score: 4, lang: 'en', checked: true, partial: false, findings: [] },
      },
    ];
    const d = deps({ checkTab: async () => ({ url: 'https://example.org/post', items }) });
    const report = await createHandlers(d)['check-tab']({ type: 'check-tab', tabId: 8 }, popup);
    expect(report).toEqual({ url: 'https://example.org/post', items, highest: 'caution' });
    expect(await d.reports.get(8)).toEqual(report);
    expect(d.badges).toEqual([[8, report]]);
  });
});
