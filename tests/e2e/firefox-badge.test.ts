/**
 * The badge in Firefox (the Firefox build in headless Firefox ESR): a click at the badge's centre opens
 * its warning in the top layer, the hotline first, and navigates nowhere, on hh.ru (the badge after the
 * title heading) and on avito (the title heading inside the ad's link: the badge goes after the link).
 * The Chromium suite (badge-placement.test.ts) covers every adapter and the real pages.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type E2EFirefox } from './harness/firefox';
import { message, waitForMarked } from './page-helpers';

async function clickHighBadge(page: Page) {
  const spot = await page.evaluate(() => {
    const host = document.querySelector('[data-jobsafe-risk="high"] jobsafe-badge') as HTMLElement;
    host.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = host.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return {
      x,
      y,
      hit: document.elementFromPoint(x, y) === host,
      inLink: !!host.parentElement?.closest('a'),
    };
  });
  expect(spot.hit, 'nothing of the page over the badge').toBe(true);
  expect(spot.inLink).toBe(false);
  const before = page.url();
  await page.mouse.click(spot.x, spot.y);
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-jobsafe-risk="high"] jobsafe-badge')
        ?.shadowRoot?.querySelector('.panel')
        ?.matches(':popover-open'),
    { timeout: 5_000 },
  );
  const panel = await page.evaluate(() => {
    const p = document
      .querySelector('[data-jobsafe-risk="high"] jobsafe-badge')
      ?.shadowRoot?.querySelector('.panel');
    return {
      verdict: p?.querySelector('.verdict')?.textContent,
      first: p?.querySelector('.todo')?.firstElementChild?.className,
      tel: p?.querySelector('a[href^="tel:"]')?.textContent,
    };
  });
  expect(page.url()).toBe(before);
  await page.keyboard.press('Escape');
  return panel;
}

describe('the badge in Firefox', () => {
  let f: E2EFirefox;
  beforeAll(async () => {
    f = await launchFirefox({
      locale: 'ru-RU, ru',
      routes: [{ host: 'avito.ru', path: '/moskva/vakansii', file: 'sites/avito/listing.html' }],
    });
  });
  afterAll(() => f?.close());

  it.each([
    ['hh.ru', '/search/vacancy?text=официант', 4],
    ['avito.ru', '/moskva/vakansii', 3],
  ] as const)(
    'opens its warning on %s with a click at its centre, and the page stays',
    async (host, path, ads) => {
      const page = await f.page();
      await page.goto(f.serverUrl(host, path), { waitUntil: 'load' });
      await waitForMarked(page, ads, 20_000);
      const panel = await clickHighBadge(page);
      expect(panel).toEqual({
        verdict: message('ru', 'page_verdict_high'),
        first: 'hotline',
        tel: '8-800-333-00-16',
      });
      await page.close();
    },
  );

  it('sent no request outside the machine', () => {
    expect(f.outsideRequests).toEqual([]);
  });
});
