import { describe, expect, it, vi } from 'vitest';
import { analyzeAds } from '../../../src/background/analyzer';
import { createHandlers, type BackgroundDeps } from '../../../src/background/handlers';
import { memoryArea, TabReports } from '../../../src/background/tab-reports';
import type { Sensitivity } from '../../../src/analysis/types';
import type { PageItem } from '../../../src/messaging/messages';

const LURE =
  'Требуются девушки 18-25 лет приятной внешности официантками в Дубай. Опыт не нужен. Билеты и визу оплачиваем, ' +
  'расходы вычтем из зарплаты. Выезд срочно, по туристической визе, паспорт хранится у работодателя. Только WhatsApp.';
const ORDINARY =
  'ООО «Северный ветер», Москва. Бухгалтер по расчёту заработной платы, оформление по ТК РФ, график 5/2, ' +
  'зарплата от 90 000 до 110 000 рублей. Офис: ул. Примерная, 10.';

function deps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps & { badges: [number, unknown][] } {
  const badges: [number, unknown][] = [];
  return {
    reports: new TabReports(memoryArea()),
    analyze: analyzeAds,
    sensitivity: async (): Promise<Sensitivity> => 'balanced',
    pageStrings: async () => ({ lang: 'en', checked: true, partial: false, messages: {} }),
    checkTab: async () => ({ url: 'https://example.org/', items: [] }),
    showBadge: async (tabId, report) => void badges.push([tabId, report]),
    badges,
    ...overrides,
  };
}

const content = { origin: 'content' as const, tabId: 3, frameId: 0 };
const popup = { origin: 'extension' as const };

describe('analyze-batch (with the real analyzer)', () => {
  it('returns one assessment per ad, under its key, in order', async () => {
    const handlers = createHandlers(deps());
    const result = (await handlers['analyze-batch'](
      {
        type: 'analyze-batch',
        ads: [
          { key: 'lure', ad: { text: LURE, lang: 'ru' } },
          { key: 'plain', ad: { text: ORDINARY, lang: 'ru' } },
        ],
      },
      content,
    )) as { results: { key: string; assessment: { level: string; findings: unknown[] } }[] };
    expect(result.results.map((r) => r.key)).toEqual(['lure', 'plain']);
    expect(result.results[0]?.assessment.level).toBe('high');
    expect(result.results[1]?.assessment.level).toBe('none');
  });

  it('analyzes with the user’s sensitivity', async () => {
    const analyze = vi.fn(async (ads: readonly unknown[]) =>
      ads.map(() => ({
        level: 'none' as const,
        score: 0,
        lang: 'ru',
        checked: true,
        partial: false,
        findings: [],
      })),
    );
    const handlers = createHandlers(deps({ analyze, sensitivity: async () => 'strong-only' }));
    await handlers['analyze-batch'](
      { type: 'analyze-batch', ads: [{ key: 'a', ad: { text: 'x' } }] },
      content,
    );
    expect(analyze).toHaveBeenCalledWith([{ text: 'x' }], 'strong-only');
  });
});

describe('page-report and get-tab-report', () => {
  const items: PageItem[] = [
    {
      key: 'a',
      text: 'a',
      assessment: { level: 'high', score: 9, lang: 'ru', checked: true, partial: false, findings: [] },
    },
    {
      key: 'b',
      text: 'b',
      assessment: { level: 'none', score: 0, lang: 'ru', checked: true, partial: false, findings: [] },
    },
  ];

  it('stores the sender tab’s report, shows its badge, and gives it to the popup', async () => {
    const d = deps();
    const handlers = createHandlers(d);
    expect(
      await handlers['page-report']({ type: 'page-report', url: 'https://hh.ru/search', items }, content),
    ).toEqual({ ok: true });
    const expected = { url: 'https://hh.ru/search', items, highest: 'high' };
    expect(d.badges).toEqual([[3, expected]]);
    expect(await handlers['get-tab-report']({ type: 'get-tab-report', tabId: 3 }, popup)).toEqual(expected);
    expect(await handlers['get-tab-report']({ type: 'get-tab-report', tabId: 4 }, popup)).toBeNull();
  });

  it('ignores reports from sub-frames', async () => {
    const d = deps();
    const handlers = createHandlers(d);
    const result = await handlers['page-report'](
      { type: 'page-report', url: 'https://hh.ru/ad-frame', items },
      { ...content, frameId: 2 },
    );
    expect(result).toEqual({ ok: false });
    expect(await d.reports.get(3)).toBeUndefined();
    expect(d.badges).toEqual([]);
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
        text: 't',
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
