/**
 * The Firefox build (`npm run build:firefox` → .output/firefox-mv2) installed in a real headless Firefox:
 * proof that it works, beyond web-ext lint. The hh.ru fixtures are served under their real hostnames
 * through a local proxy that refuses and records everything else (harness/firefox.ts, harness/proxy.ts).
 *
 * Needs Firefox (FIREFOX_PATH, else Debian's firefox-esr) and the Firefox build; fails without either.
 * The Chromium suite covers the rest; parts of its helpers that need Chrome (the MV3 service worker,
 * `chrome.action`, a toolbar click) are not used here.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBadgesBidi } from './badge-reader';
import { launchFirefox, type E2EFirefox } from './harness/firefox';
import { HH_LISTING_LEVELS, marked, message, waitForMarked } from './page-helpers';

describe('the Firefox build in Firefox', () => {
  let f: E2EFirefox;
  const started = Date.now();

  beforeAll(async () => {
    // A Russian-speaking user's Firefox with JobSafe's default settings: the badges' language follows
    // the browser's (harness/firefox.ts says why the test does not write settings on an extension page).
    f = await launchFirefox({ locale: 'ru-RU, ru' });
    console.log(`firefox e2e: ${f.version}`);
  });
  afterAll(async () => {
    await f?.close();
    console.log(`firefox e2e: ${Date.now() - started} ms, Firefox start and install included`);
  });

  it("runs with the browser's language Russian, as the badges below assume", async () => {
    const page = await f.page();
    await page.goto(f.serverUrl('hh.ru', '/search/vacancy?text=x'), { waitUntil: 'load' });
    expect(await page.evaluate(() => navigator.language)).toBe('ru-RU');
    await page.close();
  });

  describe('hh.ru listing', () => {
    let page: Page;
    beforeAll(async () => {
      page = await f.page();
      await page.goto(f.serverUrl('hh.ru', '/search/vacancy?text=официант'), { waitUntil: 'load' });
      await waitForMarked(page, 4, 20_000);
    });
    afterAll(() => page?.close());

    it('marks every card: the lure high, the ordinary ones none', async () => {
      const ads = await marked(page);
      expect(ads.map((a) => [a.title, a.risk])).toEqual(HH_LISTING_LEVELS);
      expect(ads[1]?.key).toBe('hh:https://hh.ru/vacancy/900000002');
    });

    it("shows each card's badge in words, inside a shadow root the page cannot open", async () => {
      const ads = await marked(page); // read through BiDi's serialization of the closed roots
      for (const ad of ads) expect(ad.badge).toContain(message('ru', `level_${ad.risk}`));
      expect((await readBadgesBidi(page)).map((b) => b.mode)).toEqual([
        'closed',
        'closed',
        'closed',
        'closed',
      ]);
      const fromPage = await page.evaluate(() =>
        [...document.querySelectorAll('[data-jobsafe-badge]')].map((b) => b.shadowRoot),
      );
      expect(fromPage).toEqual([null, null, null, null]);
    });
  });

  describe('hh.ru vacancy page', () => {
    it('marks the lure vacancy high, with its badge at the top of the body', async () => {
      const page = await f.page();
      await page.goto(f.serverUrl('hh.ru', '/vacancy/100000001'), { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('.vacancy-description[data-jobsafe-risk]'), {
        timeout: 20_000,
      });
      const result = await page.evaluate(() => {
        const root = document.querySelector('.vacancy-description');
        return {
          risk: root?.getAttribute('data-jobsafe-risk'),
          first: root?.firstElementChild?.hasAttribute('data-jobsafe-badge'),
        };
      });
      expect(result.risk).toBe('high');
      expect(result.first).toBe(true);
      const [badge] = await readBadgesBidi(page);
      expect(badge?.button).toContain(message('ru', 'level_high'));
      await page.close();
    });
  });

  it('sent no request outside the machine: the proxy tunnelled only mapped hosts and refused nothing', () => {
    expect(f.outsideRequests).toEqual([]);
    expect(f.tunnelled.length).toBeGreaterThan(0);
    for (const t of f.tunnelled) expect(t).toBe('hh.ru:443');
    expect(f.served).toEqual(
      expect.arrayContaining(['https://hh.ru/search/vacancy', 'https://hh.ru/vacancy/100000001']),
    );
  });
});
