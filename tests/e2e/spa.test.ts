/**
 * A single-page app on hh.ru's hostname (tests/fixtures/pages/hh.ru/e2e-spa/): cards appended by
 * infinite scroll get badges and old ones are not analyzed again; a history.pushState navigation that
 * replaces the list takes the old badges down and badges the new cards; a page that removes a badge or
 * re-renders its cards does not break the script.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type E2EBrowser } from './harness';
import { marked, message, setSettings, spyOnAnalyze, toolbarBadge, waitForMarked } from './page-helpers';

const SETTINGS = { version: 1, sites: {}, showOrdinary: true, sensitivity: 'balanced', language: 'ru' };
const key = (id: number) => `hh:https://hh.ru/vacancy/${id}`;

/** The fixture page's own API (defined in its inline script, in the page's world). */
interface Spa {
  append(kinds: string[]): Promise<void>;
  navigate(path: string, kinds: string[]): void;
  rerender(): void;
}
declare const spa: Spa;

describe('SPA navigation and infinite scroll on hh.ru', () => {
  let b: E2EBrowser;
  let spy: Awaited<ReturnType<typeof spyOnAnalyze>>;
  let page: Page;

  beforeAll(async () => {
    b = await launchBrowser();
    spy = await spyOnAnalyze(b);
    await setSettings(b, SETTINGS);
    page = await b.page();
    await page.goto(b.serverUrl('hh.ru', '/e2e-spa/'), { waitUntil: 'load' });
    await waitForMarked(page, 2);
  });
  afterAll(() => b?.close());

  it('badges the first cards', async () => {
    expect((await marked(page)).map((a) => [a.key, a.risk])).toEqual([
      [key(910000001), 'high'],
      [key(910000002), 'none'],
    ]);
    await expect.poll(() => toolbarBadge(spy.page, page), { timeout: 5_000 }).toBe('1');
  });

  it('badges cards appended later and does not analyze the old ones again', async () => {
    await page.evaluate(() => spa.append(['driver', 'lure', 'nurse']));
    await waitForMarked(page, 5);
    // A listing card is marked at once and gets its badge as it comes near the screen (an observer's
    // callback, a later task): read the badges once all five are drawn.
    await page.waitForFunction(() => document.querySelectorAll('[data-jobsafe-badge]').length === 5, {
      timeout: 10_000,
    });
    const ads = await marked(page);
    expect(ads.map((a) => a.risk)).toEqual(['high', 'none', 'none', 'high', 'none']);
    expect(ads.every((a) => a.badge?.includes(message('ru', `level_${a.risk}`)))).toBe(true);
    const sent = await spy.sent();
    for (const id of [910000001, 910000002, 910000003, 910000004, 910000005]) {
      expect(sent.filter((k) => k === key(id))).toHaveLength(1);
    }
    await expect.poll(() => toolbarBadge(spy.page, page), { timeout: 5_000 }).toBe('2');
  });

  it('survives a page that removes a badge, and puts it back on the next change', async () => {
    await page.evaluate(() => document.querySelector('[data-jobsafe-badge]')?.remove());
    await page.evaluate(() => spa.append(['shop']));
    await waitForMarked(page, 6);
    await page.waitForFunction(() => document.querySelectorAll('[data-jobsafe-badge]').length === 6, {
      timeout: 10_000,
    });
    const sent = await spy.sent();
    expect(sent.filter((k) => k === key(910000001))).toHaveLength(1);
  });

  it('re-badges re-rendered cards from its cache, without a new analysis', async () => {
    const before = (await spy.sent()).length;
    await page.evaluate(() => spa.rerender());
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-jobsafe-risk]').length === 6 &&
        document.querySelectorAll('[data-jobsafe-badge]').length === 6,
      { timeout: 10_000 },
    );
    expect((await spy.sent()).length).toBe(before);
  });

  it('takes the old badges down on a history.pushState navigation and badges the new list', async () => {
    await page.evaluate(() => spa.navigate('/e2e-spa/?page=2', ['nurse', 'shop']));
    await page.waitForFunction(
      () =>
        location.search === '?page=2' &&
        document.querySelectorAll('[data-jobsafe-risk]').length === 2 &&
        document.querySelectorAll('[data-jobsafe-badge]').length === 2,
      { timeout: 10_000 },
    );
    const ads = await marked(page);
    expect(ads.map((a) => [a.key, a.risk])).toEqual([
      [key(910000007), 'none'],
      [key(910000008), 'none'],
    ]);
    // The toolbar follows the new page: no risky ads on it.
    await expect.poll(() => toolbarBadge(spy.page, page), { timeout: 5_000 }).toBe('');
  });

  it('takes badges and marks down when the user switches the site off, and restores them from cache', async () => {
    const before = (await spy.sent()).length;
    await setSettings(b, { ...SETTINGS, sites: { hh: false } });
    await page.waitForFunction(
      () => !document.querySelector('[data-jobsafe-badge], [data-jobsafe-risk], [data-jobsafe-key]'),
      { timeout: 10_000 },
    );
    await setSettings(b, SETTINGS);
    await waitForMarked(page, 2);
    await page.waitForFunction(() => document.querySelectorAll('[data-jobsafe-badge]').length === 2, {
      timeout: 10_000,
    });
    expect((await spy.sent()).length).toBe(before);
  });
});
