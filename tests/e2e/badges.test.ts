/**
 * Badges on hh.ru pages served under the real hostname, with the built extension and its real analyzer:
 * a listing with one lure card among ordinary ones, a lure vacancy page with its phrases highlighted,
 * a vacancy page in markup the adapter does not know (read by the generic extractor), and a Polish
 * olx.pl ad (a language the catalogue does not cover: marked none, its badge says 'not checked').
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inContentScript } from './badge-reader';
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
        const tel = p?.querySelector('a[href^="tel:"]') as HTMLElement | null;
        const order = [...(p?.children ?? [])].map((c) => c.className);
        return {
          expanded: shadow?.querySelector('button')?.getAttribute('aria-expanded'),
          // In the top layer: no card's overflow or z-index can clip or cover it.
          open: p?.matches(':popover-open'),
          verdict: p?.querySelector('.verdict')?.textContent,
          quotes: [...(p?.querySelectorAll('q') ?? [])].map((q) => q.textContent ?? ''),
          actions: p?.querySelectorAll('.todo .action').length,
          firstTodo: p?.querySelector('.todo')?.firstElementChild?.className,
          todoBeforeWhy: order.indexOf('todo') < order.indexOf('reasons'),
          tel: tel?.textContent,
          telLines: tel?.getClientRects().length,
          telTop: tel ? tel.getBoundingClientRect().top - (p?.getBoundingClientRect().top ?? 0) : -1,
          text: p?.textContent ?? '',
        };
      });
      expect(panel.expanded).toBe('true');
      expect(panel.open).toBe(true);
      expect(panel.verdict).toBe(message('ru', 'page_verdict_high'));
      expect(panel.quotes.length).toBeGreaterThan(0);
      expect(panel.quotes.length).toBeLessThanOrEqual(3);
      expect(new Set(panel.quotes).size).toBe(panel.quotes.length);
      expect(panel.actions).toBeGreaterThan(0);
      expect(panel.actions).toBeLessThanOrEqual(2);
      // The hotline first under "what to do", near the top of the panel, on one line.
      expect(panel.firstTodo).toBe('hotline');
      expect(panel.todoBeforeWhy).toBe(true);
      expect(panel.tel).toBe('8-800-333-00-16');
      expect(panel.telLines).toBe(1);
      expect(panel.telTop).toBeLessThan(250);
      expect(panel.text).toContain(message('ru', 'page_reasons'));
      expect(panel.text).toContain(message('ru', 'page_source'));
      await page.keyboard.press('Escape');
      const after = await inContentScript(page, (shadowOf) => {
        const shadow = shadowOf(document.querySelector('[data-jobsafe-risk="high"] [data-jobsafe-badge]'));
        return {
          expanded: shadow?.querySelector('button')?.getAttribute('aria-expanded'),
          open: shadow?.querySelector('.panel')?.matches(':popover-open'),
          focused: shadow?.activeElement?.localName,
        };
      });
      expect(after).toEqual({ expanded: 'false', open: false, focused: 'button' });
    });

    it('passes axe (WCAG 2.2 A/AA) with each panel open in turn', async () => {
      // One panel at a time: each is an "auto" popover, and opening one closes the others.
      const count = await page.evaluate(() => document.querySelectorAll('[data-jobsafe-badge]').length);
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        await inContentScript(
          page,
          (shadowOf, index) => {
            const host = document.querySelectorAll('[data-jobsafe-badge]')[index];
            shadowOf(host)?.querySelector('button')?.click();
          },
          i,
        );
        expect(await axeOnBadges(page), `badge ${i}`).toEqual([]);
      }
      await page.keyboard.press('Escape');
    });

    it('shares the warning as a short text in the user’s language (clipboard where there is no share sheet)', async () => {
      const origin = new URL(page.url()).origin;
      await b.browser
        .defaultBrowserContext()
        .overridePermissions(origin, ['clipboard-read', 'clipboard-sanitized-write']);
      await page.bringToFront();
      // The root is closed: the share button is found in the content script's world, and clicked where
      // it is on the screen, a real click (sharing and copying need the user's gesture).
      const at = await inContentScript(page, async (shadowOf) => {
        const shadow = shadowOf(document.querySelector('[data-jobsafe-risk="high"] [data-jobsafe-badge]'));
        shadow?.querySelector('button')?.click();
        // On screen, as a click needs it (the panel scrolls inside itself), once the panel has settled.
        const frames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        await frames();
        const share = shadow?.querySelector('.share-button');
        share?.scrollIntoView({ block: 'center', behavior: 'instant' });
        await frames();
        const r = share?.getBoundingClientRect();
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      expect(at).not.toBeNull();
      await page.mouse.click(at!.x, at!.y);
      const readStatus = () =>
        inContentScript(
          page,
          (shadowOf) =>
            shadowOf(
              document.querySelector('[data-jobsafe-risk="high"] [data-jobsafe-badge]'),
            )?.querySelector('.share-status')?.textContent ?? '',
        );
      let status = '';
      for (let i = 0; i < 50 && !status; i++) {
        status = await readStatus();
        if (!status) await new Promise((ok) => setTimeout(ok, 100));
      }
      expect(status).toBe(message('ru', 'page_share_copied'));
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const lines = text.split('\n');
      expect(lines[0]).toBe(message('ru', 'page_share_heading'));
      expect(lines[1]).toBe(message('ru', 'page_verdict_high'));
      expect(lines).toContain('Официантки, танцовщицы, хостес — работа в Дубае для девушек');
      expect(lines.some((l) => l.startsWith('https://hh.ru/vacancy/900000002'))).toBe(true);
      expect(lines).toContain(message('ru', 'page_share_flags'));
      expect(lines.filter((l) => /^– .+: «.+»$/.test(l)).length).toBeGreaterThan(0);
      expect(lines).toContain(message('ru', 'page_share_check'));
      expect(text).toContain('8-800-333-00-16');
      expect(text).not.toMatch(/\b(page|cat|advice)_[a-z_]+/);
      await page.keyboard.press('Escape');
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
      expect(style).toEqual({ display: 'flex', fontSize: '14px', host: ['block', 'visible', '1'] });
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
      const pageText = norm(await page.evaluate(() => document.body.innerText));
      // Each quote is a whole phrase of the ad (brackets closed: issue 13 saw «… (Турция»), and no
      // quote repeats or contains another.
      expect(result.quotes.length).toBeGreaterThan(0);
      for (const quote of result.quotes) {
        for (const piece of quote.split('…').filter(Boolean)) expect(pageText).toContain(norm(piece));
        expect(quote.split('(').length, quote).toBe(quote.split(')').length);
      }
      expect(new Set(result.quotes.map(norm)).size).toBe(result.quotes.length);
      for (const a of result.quotes)
        for (const other of result.quotes) if (a !== other) expect(norm(a).includes(norm(other))).toBe(false);
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
      // Polish: JobSafe reads Russian, Ukrainian and English (patterns/languages.yaml), not Polish.
      const path = '/d/oferta/kelnerka-CID4-ID900000111.html';
      b.route({ host: 'www.olx.pl', path, file: 'sites/olx-pl/ad.html' });
      const page = await b.page();
      await page.goto(b.serverUrl('www.olx.pl', path), { waitUntil: 'load' });
      await waitForMarked(page, 1);
      const ads = await marked(page);
      expect(ads.map((a) => a.risk)).toEqual(['none']);
      expect(ads[0]?.badge).toContain(message('ru', 'level_unchecked'));
      expect(ads[0]?.badge).not.toContain(message('ru', 'level_none'));
      await page.close();
    });
  });
});
