/**
 * The hostile pages of tests/e2e/hostile.test.ts where Firefox could behave differently, in the Firefox
 * build in Firefox: WXT's "newer content script" event and a fake `wxt:locationchange` (the content
 * script's lifetime: Firefox gives content scripts their own `browser.runtime`), a page that defines
 * `jobsafe-badge` first and patches attachShadow (custom elements and Xray wrappers are Firefox's own),
 * and the closed shadow root (read here through WebDriver BiDi's serialization, badge-reader.ts). Firefox
 * cannot open extension pages in this harness (harness/firefox.ts says why), so the popup's counts are
 * the Chromium suite's; here every card must be marked and badged, and the page must see nothing.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHtml, listingCards, pageHtml } from '../../scripts/perf-listing';
import { readBadgesBidi, type BadgeView } from './badge-reader';
import { launchFirefox, setFirefoxViewport, type E2EFirefox } from './harness/firefox';
import { message } from './page-helpers';

const CARD = '[data-qa~="vacancy-serp__vacancy"]';
/** The gecko id: Firefox's runtime.id, as public as Chrome's extension id. */
const GECKO_ID = 'jobsafe@jobsafe.invalid';

function killPage(): string {
  const cards = listingCards({ cards: 8, riskyEvery: 3, seed: 41 }).map(cardHtml).join('\n');
  const script = `<script>
  window.__kill = () => {
    document.dispatchEvent(new CustomEvent(${JSON.stringify(GECKO_ID)} + ':jobsite:wxt:content-script-started', {
      detail: { contentScriptName: 'jobsite', messageId: 'page' },
    }));
    window.dispatchEvent(new Event(${JSON.stringify(GECKO_ID)} + ':jobsite:wxt:locationchange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
  };
  </script>`;
  return pageHtml('hostile: kill event (Firefox)', cards, script);
}

function squatPage(): string {
  const cards = listingCards({ cards: 8, riskyEvery: 4, seed: 43 }).map(cardHtml).join('\n');
  const head = `<script>
  window.__spied = [];
  class Squat extends HTMLElement {
    static disabledFeatures = ['shadow'];
    constructor() { super(); window.__spied.push(this); }
  }
  customElements.define('jobsafe-badge', Squat);
  Element.prototype.attachShadow = function () { window.__spied.push(this); throw new Error('blinded'); };
  </script>`;
  return pageHtml('hostile: squatted element (Firefox)', `${head}\n${cards}`);
}

/** Waits until every card is marked and holds one closed badge saying its level (read over BiDi). */
async function everyCardBadged(page: Page, cards: number): Promise<BadgeView[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const badges = await readBadgesBidi(page);
    const ok =
      badges.length === cards &&
      badges.every(
        (b) => b.mode === 'closed' && b.risk && b.button.includes(message('ru', `level_${b.risk}`)),
      );
    if (ok) return badges;
    if (Date.now() > deadline)
      throw new Error(`badges: ${JSON.stringify(badges.slice(0, 3))} (${badges.length})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('hostile pages in Firefox', () => {
  let f: E2EFirefox;
  beforeAll(async () => {
    f = await launchFirefox({
      locale: 'ru-RU, ru',
      routes: [
        { host: 'hh.ru', path: '/search/vacancy/kill', body: killPage() },
        { host: 'hh.ru', path: '/search/vacancy/squat', body: squatPage() },
      ],
    });
    console.log(`hostile firefox: ${f.version}`);
  });
  afterAll(() => f?.close());

  async function tall(): Promise<Page> {
    const page = await f.page();
    await setFirefoxViewport(page, 1280, 4_000);
    return page;
  }

  it("is not switched off by WXT's newer-script event or a fake location change", async () => {
    const page = await tall();
    await page.goto(f.serverUrl('hh.ru', '/search/vacancy/kill'), { waitUntil: 'load' });
    await everyCardBadged(page, 8);
    await page.evaluate(() => (window as unknown as { __kill(): void }).__kill());
    await new Promise((ok) => setTimeout(ok, 500));
    const more = listingCards({ cards: 4, riskyEvery: 2, seed: 42, firstId: 900_600_000 })
      .map(cardHtml)
      .join('\n');
    await page.evaluate((html) => {
      document.getElementById('a11y-main-content')?.insertAdjacentHTML('beforeend', html);
    }, more);
    const badges = await everyCardBadged(page, 12);
    expect(new Set(badges.map((b) => b.key)).size).toBe(12);
    expect(await page.$$eval(`${CARD}[data-jobsafe-risk]`, (els) => els.length)).toBe(12);
    await page.close();
  });

  it('badges every card on a page that defined jobsafe-badge first, and the page cannot read them', async () => {
    const page = await tall();
    await page.goto(f.serverUrl('hh.ru', '/search/vacancy/squat'), { waitUntil: 'load' });
    await everyCardBadged(page, 8);
    const seen = await page.evaluate(() => ({
      spied: (window as unknown as { __spied: Element[] }).__spied.length,
      squatters: document.querySelectorAll('jobsafe-badge').length,
      readable: [...document.querySelectorAll('[data-jobsafe-badge]')].filter((h) => h.shadowRoot).length,
    }));
    expect(seen).toEqual({ spied: 0, squatters: 0, readable: 0 });
    await page.close();
  });

  it('sent no request outside the machine', () => {
    expect(f.outsideRequests).toEqual([]);
  });
});
