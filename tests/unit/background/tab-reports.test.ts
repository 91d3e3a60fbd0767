import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/analysis/types';
import type { PageItem } from '../../../src/messaging/messages';
import {
  highestLevel,
  memoryArea,
  pageOf,
  riskyCount,
  TabReports,
} from '../../../src/background/tab-reports';

function item(key: string, level: Level): PageItem {
  return {
    key,
    text: `ad ${key}`,
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
