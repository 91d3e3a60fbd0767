/**
 * Badges on hh.ru pages served under the real hostname, with the built extension and its real analyzer:
 * a listing with one lure card among ordinary ones, a lure vacancy page with its phrases highlighted,
 * a vacancy page in markup the adapter does not know (read by the generic extractor), and a Ukrainian
 * olx.ua ad (a language the catalogue does not cover: marked none, its badge says 'not checked').
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inContentScript, openAllBadges } from './badge-reader';
import { launchBrowser, type E2EBrowser } from './harness';
import {
  axeOnBadges,
  HH_LISTING_LEVELS,
  marked,
  message,
  scrollToAd,
  setSettings,
  spyOnAnalyze,
  toolbarBadge,
  waitForMarked,
} from './page-helpers';

const SETTINGS = { version: 1, sites: {}, showOrdinary: true, sensitivity: 'balanced', language: 'ru' };

describe('badges on hh.ru', () => {
  let b: E2EBrowser;
  let spy: Awaited<ReturnType<typeof spyOnAnalyze>>;

  beforeAll(async () => {
    b = await launchBrowser();
    spy = await spyOnAnalyze(b);
    await setSettings(b, SETTINGS);
  });
  afterAll(() => b?.close());

  describe('listing', () => {
    let page: Page;
    beforeAll(async () => {
      page = await b.page();
      await page.goto(b.serverUrl('hh.ru', '/search/vacancy?text=официант'), { waitUntil: 'load' });
      await waitForMarked(page, 4);
    });
    afterAll(() => page.close());

    it('marks the lure card high and the ordinary cards none, each with a badge in words', async () => {
      const ads = await marked(page);
      expect(ads.map((a) => [a.title, a.risk])).toEqual(HH_LISTING_LEVELS);
      for (const ad of ads) expect(ad.badge).toContain(message('ru', `level_${ad.risk}`));
      expect(ads[1]?.key).toBe('hh:https://hh.ru/vacancy/900000002');
    });

    it('sends each ad once, in one batch', async () => {
      const keys = (await spy.sent()).filter((k) => k.includes('/vacancy/90000000'));
      expect(keys.sort()).toEqual([1, 2, 3, 4].map((n) => `hh:https://hh.ru/vacancy/90000000${n}`));
    });

    it('counts the risky ad on the toolbar badge', async () => {
      await expect.poll(() => toolbarBadge(spy.page, page), { timeout: 5_000 }).toBe('1');
    });

    it('opens the panel from the keyboard and closes it with Escape', async () => {
      // The badge's root is closed: the test reaches its button through the content script's world
      // (badge-reader.ts), and the keys go where the focus is, as a user's would.
      const focused = await inContentScript(page, (shadowOf) => {
        const button = shadowOf(
          document.querySelector('[data-jobsafe-risk="high"] [data-jobsafe-badge]'),
        )?.querySelector('button');
        button?.focus();
        return !!button;
      });
      expect(focused).toBe(true);
      await page.keyboard.press('Enter');
      const panel = await inContentScript(page, (shadowOf) => {
        const shadow = shadowOf(document.querySelector('[data-jobsafe-risk="high"] [data-jobsafe-badge]'));
        const p = shadow?.querySelector('.panel') as HTMLElement | null;
        return {
          expanded: shadow?.querySelector('button')?.getAttribute('aria-expanded'),
          hidden: p?.hidden,
          quotes: [...(p?.querySelectorAll('q') ?? [])].map((q) => q.textContent),
          tel: p?.querySelector('a[href^="tel:"]')?.textContent,
          text: p?.textContent ?? '',
        };
      });
      expect(panel.expanded).toBe('true');
      expect(panel.hidden).toBe(false);
      expect(panel.quotes.length).toBeGreaterThan(0);
      expect(panel.tel).toBe('8-800-333-00-16');
      expect(panel.text).toContain(message('ru', 'page_reasons'));
      expect(panel.text).toContain(message('ru', 'page_source'));
      await page.keyboard.press('Escape');
      const after = await inContentScript(page, (shadowOf) => {
        const shadow = shadowOf(document.querySelector('[data-jobsafe-risk="high"] [data-jobsafe-badge]'));
        return {
          expanded: shadow?.querySelector('button')?.getAttribute('aria-expanded'),
          focused: shadow?.activeElement?.localName,
        };
      });
      expect(after).toEqual({ expanded: 'false', focused: 'button' });
    });

    it('passes axe (WCAG 2.2 A/AA) with every panel open', async () => {
      expect(await openAllBadges(page)).toBeGreaterThan(0);
      expect(await axeOnBadges(page)).toEqual([]);
    });

    it("scrolls to an ad and focuses its badge for the popup's scroll-to-ad", async () => {
      const key = 'hh:https://hh.ru/vacancy/900000004';
      expect(await scrollToAd(spy.page, page, key)).toBe(true);
      const focused = await inContentScript(page, (shadowOf) => {
        const host = document.activeElement;
        return {
          host: host?.hasAttribute('data-jobsafe-badge'),
          button: shadowOf(host)?.activeElement?.localName,
          key: host?.closest('[data-jobsafe-key]')?.getAttribute('data-jobsafe-key'),
        };
      });
      expect(focused).toEqual({ host: true, button: 'button', key });
      expect(await scrollToAd(spy.page, page, 'hh:https://hh.ru/vacancy/0')).toBe(false);
    });

    it('keeps the page CSS out of the badge, and off its host', async () => {
      await page.addStyleTag({
        content:
          'button{display:none!important} *{font-size:40px!important;color:lime!important} ' +
          'div{display:none!important;visibility:hidden!important;opacity:0!important}',
      });
      const style = await inContentScript(page, (shadowOf) => {
        const host = document.querySelector('[data-jobsafe-badge]');
        const button = shadowOf(host)?.querySelector('button');
        const cs = button ? getComputedStyle(button) : undefined;
        const hs = host ? getComputedStyle(host) : undefined;
        return {
          display: cs?.display,
          fontSize: cs?.fontSize,
          host: [hs?.display, hs?.visibility, hs?.opacity],
        };
      });
      expect(style).toEqual({ display: 'inline-flex', fontSize: '14px', host: ['block', 'visible', '1'] });
    });
  });

  describe('ad page', () => {
    let page: Page;
    beforeAll(async () => {
      page = await b.page();
      await page.goto(b.serverUrl('hh.ru', '/vacancy/100000001'), { waitUntil: 'load' });
      await page.waitForSelector('[data-qa="vacancy-description"]');
      await page.waitForFunction(() => document.querySelector('.vacancy-description[data-jobsafe-risk]'), {
        timeout: 15_000,
      });
    });
    afterAll(() => page.close());

    it('marks the vacancy body high and highlights the quoted phrases without touching the text', async () => {
      const result = await inContentScript(page, (shadowOf) => {
        const root = document.querySelector('.vacancy-description');
        const shadow = shadowOf(root?.querySelector('[data-jobsafe-badge]'));
        shadow?.querySelector('button')?.click();
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'jobsafe-evidence',
        );
        return {
          risk: root?.getAttribute('data-jobsafe-risk'),
          highlighted: [...(highlight ?? [])].map((r) => r.toString()),
          marks: document.querySelectorAll('mark').length,
          quotes: [...(shadow?.querySelectorAll('q') ?? [])].map((q) => q.textContent ?? ''),
        };
      });
      expect(result.risk).toBe('high');
      expect(result.marks).toBe(0); // the Custom Highlight API paints ranges; the DOM is unchanged
      expect(result.highlighted.length).toBeGreaterThan(0);
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
      // Every highlighted range is one of the quoted phrases (the panel shortens long quotes).
      for (const text of result.highlighted) {
        expect(result.quotes.some((q) => norm(q).startsWith(norm(text).slice(0, 40)))).toBe(true);
      }
    });

    it('puts the badge at the top of the vacancy body', async () => {
      const first = await page.evaluate(() =>
        document.querySelector('.vacancy-description')?.firstElementChild?.hasAttribute('data-jobsafe-badge'),
      );
      expect(first).toBe(true);
    });
  });

  describe('ad page in markup the adapter does not know', () => {
    it('reads the vacancy with the generic extractor and marks its text block', async () => {
      const page = await b.page();
      await page.goto(b.serverUrl('hh.ru', '/vacancy/900000500'), { waitUntil: 'load' });
      await waitForMarked(page, 1);
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('[data-jobsafe-risk]')].map((e) => [
          e.className,
          e.getAttribute('data-jobsafe-risk'),
        ]),
      );
      expect(marks).toEqual([['job-text-2026', 'high']]);
      await page.close();
    });
  });

  describe('an ad in a language JobSafe does not check', () => {
    it('is marked none but its badge says it was not checked, not that it is safe', async () => {
      const path = '/d/uk/obyavlenie/ofitsiant-IDx0000121.html';
      b.route({ host: 'www.olx.ua', path, file: 'sites/olx-ua/ad.html' });
      const page = await b.page();
      await page.goto(b.serverUrl('www.olx.ua', path), { waitUntil: 'load' });
      await waitForMarked(page, 1);
      const ads = await marked(page);
      expect(ads.map((a) => a.risk)).toEqual(['none']);
      expect(ads[0]?.badge).toContain(message('ru', 'level_unchecked'));
      expect(ads[0]?.badge).not.toContain(message('ru', 'level_none'));
      await page.close();
    });
  });
});
