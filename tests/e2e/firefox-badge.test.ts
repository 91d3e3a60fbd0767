/**
 * The badge in Firefox (the Firefox build in headless Firefox ESR): a click at the badge's centre opens
 * its warning (read through the closed root with WebDriver BiDi), the hotline first, and navigates nowhere, on hh.ru (the badge after the
 * title heading) and on avito (the title heading inside the ad's link: the badge goes after the link).
 * The Chromium suite (badge-placement.test.ts) covers every adapter and the real pages.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type E2EFirefox } from './harness/firefox';
import { readPanelBidi } from './badge-reader';
import { message, waitForMarked } from './page-helpers';

const HIGH_BADGE = '[data-jobsafe-risk="high"] [data-jobsafe-badge]';

async function clickHighBadge(page: Page) {
  const spot = await page.evaluate((selector) => {
    const host = document.querySelector(selector) as HTMLElement;
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
  }, HIGH_BADGE);
  expect(spot.hit, 'nothing of the page over the badge').toBe(true);
  expect(spot.inLink).toBe(false);
  const before = page.url();
  await page.mouse.click(spot.x, spot.y);
  // The root is closed: the panel is read from WebDriver BiDi's serialization of it (badge-reader.ts).
  let panel = await readPanelBidi(page, HIGH_BADGE);
  for (let i = 0; i < 50 && panel?.expanded !== 'true'; i++) {
    await new Promise((ok) => setTimeout(ok, 100));
    panel = await readPanelBidi(page, HIGH_BADGE);
  }
  expect(panel?.expanded, 'the panel opened').toBe('true');
  expect(page.url()).toBe(before);
  await page.keyboard.press('Escape');
  return { verdict: panel?.verdict, first: panel?.first, tel: panel?.tel };
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
