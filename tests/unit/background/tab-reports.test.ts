import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/analysis/types';
import type { PageItem } from '../../../src/messaging/messages';
import {
  highestLevel,
  memoryArea,
  pageOf,
  riskyCount,
  TabReports,
  type KeyValueArea,
} from '../../../src/background/tab-reports';

function item(key: string, level: Level): PageItem {
  return {
    key,
    title: `ad ${key}`,
    assessment: {
      level,
      score: level === 'high' ? 9 : level === 'caution' ? 4 : 0,
      lang: 'ru',
      checked: true,
      partial: false,
      findings: [],
    },
  };
}

describe('report summaries', () => {
  it.each([
    [[], 'none', 0],
    [['none', 'none'], 'none', 0],
    [['none', 'caution'], 'caution', 1],
    [['caution', 'high', 'none', 'caution'], 'high', 3],
  ] as const)('%j → highest %s, %i risky', (levels, highest, risky) => {
    const items = levels.map((l, i) => item(String(i), l));
    expect(highestLevel(items)).toBe(highest);
    expect(riskyCount(items)).toBe(risky);
  });

  it('ignores the fragment when comparing pages', () => {
    expect(pageOf('https://hh.ru/vacancy/1#description')).toBe('https://hh.ru/vacancy/1');
    expect(pageOf('https://hh.ru/vacancy/1')).toBe('https://hh.ru/vacancy/1');
  });
});

describe('TabReports', () => {
  it('replaces a tab’s report and keeps tabs apart', async () => {
    const reports = new TabReports(memoryArea());
    await reports.set(1, 'https://hh.ru/search', [item('a', 'high')]);
    await reports.set(2, 'https://hh.ru/vacancy/2', [item('b', 'none')]);
    const replaced = await reports.set(1, 'https://hh.ru/search?page=2', [item('c', 'caution')]);
    expect(replaced).toEqual({
      url: 'https://hh.ru/search?page=2',
      items: [item('c', 'caution')],
      highest: 'caution',
    });
    expect(await reports.get(1)).toEqual(replaced);
    expect((await reports.get(2))?.highest).toBe('none');
    await reports.clear(1);
    expect(await reports.get(1)).toBeUndefined();
    expect(await reports.get(2)).toBeDefined();
  });

  it('treats a stored value that does not parse as no report', async () => {
    const area = memoryArea();
    await area.set({ 'tab-report:5': { url: 'https://hh.ru/', items: 'not a list' } });
    expect(await new TabReports(area).get(5)).toBeUndefined();
  });

  it('drops the report when the tab navigates to another page, keeps it on a reload or a new #hash', async () => {
    const reports = new TabReports(memoryArea());
    await reports.set(1, 'https://hh.ru/vacancy/1', [item('a', 'high')]);
    expect(await reports.navigated(1, 'https://hh.ru/vacancy/1')).toBe(false);
    expect(await reports.navigated(1, 'https://hh.ru/vacancy/1#contacts')).toBe(false);
    expect(await reports.get(1)).toBeDefined();
    expect(await reports.navigated(1, 'https://hh.ru/vacancy/2')).toBe(true);
    expect(await reports.get(1)).toBeUndefined();
  });

  it('drops the report when the browser hides the new URL (the tab left the sites we may see)', async () => {
    const reports = new TabReports(memoryArea());
    await reports.set(1, 'https://hh.ru/vacancy/1', [item('a', 'caution')]);
    expect(await reports.navigated(1, undefined)).toBe(true);
    expect(await reports.get(1)).toBeUndefined();
  });

  it('keeps a report a single-page app already sent for the URL it navigated to', async () => {
    const reports = new TabReports(memoryArea());
    await reports.set(1, 'https://hh.ru/vacancy/2', [item('b', 'high')]);
    expect(await reports.navigated(1, 'https://hh.ru/vacancy/2')).toBe(false);
    expect(await reports.navigated(3, 'https://hh.ru/')).toBe(false);
  });
});

describe('TabReports in session storage', () => {
  const many = (n: number, level: Level = 'none') =>
    Array.from({ length: n }, (_, i) => item(`hh:${i}`, level));
  const bytes = (area: Map<string, unknown>) =>
    [...area.values()].reduce<number>(
      (sum, v) => sum + new TextEncoder().encode(JSON.stringify(v)).length,
      0,
    );

  /** A memory area with a quota, counting what it holds the way browsers do (JSON bytes). */
  function quotaArea(quota: number): KeyValueArea & { map: Map<string, unknown> } {
    const map = new Map<string, unknown>();
    return {
      map,
      get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
      set: async (items) => {
        const next = new Map(map);
        for (const [k, v] of Object.entries(items)) next.set(k, v);
        if (bytes(next) > quota) throw new Error('QUOTA_BYTES quota exceeded');
        for (const [k, v] of Object.entries(items)) map.set(k, v);
      },
      remove: async (key) => void map.delete(key),
      keys: async () => [...map.keys()],
    };
  }

  it('survives a restarted worker: a new store reads the copy', async () => {
    const area = memoryArea();
    const reports = new TabReports(area, { copyDelayMs: 0 });
    await reports.set(1, 'https://hh.ru/search', [item('a', 'high')]);
    await reports.flush();
    expect((await new TabReports(area).get(1))?.highest).toBe('high');
  });

  it('keeps the copies within the budget: the oldest other tabs give way, marked as not stored', async () => {
    const area = quotaArea(10_000_000);
    const budget = 60_000;
    const reports = new TabReports(area, { copyDelayMs: 0, budgetBytes: budget, maxCopyBytes: 50_000 });
    for (let tab = 1; tab <= 4; tab++) {
      await reports.set(tab, `https://hh.ru/search?page=${tab}`, many(150));
      await reports.flush();
      expect(bytes(area.map)).toBeLessThanOrEqual(budget);
    }
    // Tab 4's copy is whole; while this worker lives, every tab still has its report in memory.
    expect((await reports.get(1))?.items).toHaveLength(150);
    const restarted = new TabReports(area);
    expect((await restarted.get(4))?.items).toHaveLength(150);
    expect(await restarted.state(1)).toEqual({ failed: 'not-stored', url: 'https://hh.ru/search?page=1' });
  });

  it('never leaves an older copy when the new report cannot be stored', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const area = quotaArea(30_000);
      const reports = new TabReports(area, { copyDelayMs: 0 });
      await reports.set(1, 'https://hh.ru/search', many(10, 'high'));
      await reports.flush();
      await reports.set(1, 'https://hh.ru/search?page=2', many(500));
      await reports.flush();
      expect(await new TabReports(area).state(1)).toEqual({
        failed: 'not-stored',
        url: 'https://hh.ru/search?page=2',
      });
      // Too big for a copy at all: the same, without trying.
      const small = new TabReports(area, { copyDelayMs: 0, maxCopyBytes: 1_000 });
      await small.set(2, 'https://hh.ru/vacancy/2', many(50));
      await small.flush();
      expect(await new TabReports(area).state(2)).toEqual({
        failed: 'too-large',
        url: 'https://hh.ru/vacancy/2',
      });
    } finally {
      console.warn = warn;
    }
  });

  it('writes a copy at most once per delay while reports keep coming', async () => {
    let writes = 0;
    const inner = memoryArea();
    const area: KeyValueArea = { ...inner, set: async (items) => void (writes++, await inner.set(items)) };
    const reports = new TabReports(area, { copyDelayMs: 30 });
    for (let i = 0; i < 10; i++) await reports.set(1, 'https://hh.ru/search', many(i + 1));
    await new Promise((r) => setTimeout(r, 80));
    expect(writes).toBe(1);
    expect((await new TabReports(inner).get(1))?.items).toHaveLength(10);
  });

  it('a failed report reads as failed until the next one, and is dropped on navigation', async () => {
    const reports = new TabReports(memoryArea(), { copyDelayMs: 0 });
    await reports.set(1, 'https://hh.ru/search', [item('a', 'high')]);
    await reports.fail(1, 'https://hh.ru/search', 'rejected');
    expect(await reports.get(1)).toBeUndefined();
    expect(await reports.state(1)).toEqual({ failed: 'rejected', url: 'https://hh.ru/search' });
    await reports.set(1, 'https://hh.ru/search', [item('b', 'none')]);
    expect((await reports.get(1))?.items).toHaveLength(1);
    await reports.fail(1, 'https://hh.ru/search', 'rejected');
    expect(await reports.navigated(1, 'https://hh.ru/vacancy/9')).toBe(true);
    expect(await reports.state(1)).toBeUndefined();
  });
});
