/**
 * Hostile pages (issues 6 and 14). A job site's page is not ours: its scripts, or an ad's, run beside the
 * content script and may try to switch JobSafe off, blind it, stall it or make it lie. Each case runs
 * the built extension in headless Chromium on pages served under hh.ru (tests/e2e/hostile-firefox.test.ts
 * runs the ones where Firefox could differ):
 * - ad text with `<img onerror>`, `<svg onload>` and `<script>` is shown in the badge only as text;
 * - the page has no `chrome.runtime` for our id, and sees none of the content script's messages;
 * - WXT's "a newer content script started" event and a fake `wxt:locationchange`, dispatched by the page,
 *   change nothing: cards added later are badged, the toolbar counts right;
 * - a page that defines `jobsafe-badge` first (shadow disabled, or a spy), and patches attachShadow in
 *   its world, blinds nothing: every card is marked and badged, the spy sees no JobSafe element;
 * - the badges' roots are closed: the page cannot read or rewrite them; badges it removes or moves and
 *   marks it rewrites are put right; look-alike hosts it plants go;
 * - pre-set, removed or rewritten marks and badges do not break the content script;
 * - 5,000 cards are all marked and badged and the popup counts them right; 1,000 cards too;
 * - a compromised content script can neither stall the background with megabyte contacts nor change
 *   the levels its tab shows; a report the background rejects shows in the popup as an error;
 * - "Show on page" for an ad the page removed says it failed.
 * The badges are read through the content script's own world (badge-reader.ts), never by opening them to
 * the page. What is asserted is counted (cards, badges, messages), not timed: `npm run bench` times it.
 */
import type { CDPSession, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardHtml,
  escapeHtml,
  hugeContactsListingHtml,
  listingCards,
  pageHtml,
  perfListingHtml,
  PROBE_SCRIPT,
  type ProbeResult,
} from '../../scripts/perf-listing';
import { inContentScript, openAllBadges, readBadges } from './badge-reader';
import { launchBrowser, type E2EBrowser } from './harness';
import { message, setSettings, toolbarBadge } from './page-helpers';

const CARD = '[data-qa~="vacancy-serp__vacancy"]';
const LURE = 'Работа за границей для девушек, официантки и хостес, опыт не нужен.';
const MARKUP_SNIPPETS = [
  `${LURE} <img src=x onerror="window.__pwned = 'img'"> Перелёт и виза за счёт работодателя.`,
  `Выезд по туристической визе <svg onload="window.__pwned = 'svg'"></svg>, на месте всё оформим.`,
  `<script>window.__pwned = 'script'</script> Паспорт храним у координатора. ${LURE}`,
  `<a href="javascript:window.__pwned='href'">жми</a> <iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
];
const SETTINGS = { version: 1, sites: {}, showOrdinary: true, sensitivity: 'balanced', language: 'en' };

/** A card whose snippets show markup as text (escaped once, as the site would print user text). */
function markupListing(): string {
  const cards = MARKUP_SNIPPETS.map((snippet, i) =>
    cardHtml({
      id: 900_200_000 + i,
      title: `<b onmouseover="window.__pwned='title'">Работа за границей</b>`,
      salary: 'от 300 000 ₽',
      employer: 'Агентство',
      place: 'Москва',
      snippetsHtml: [escapeHtml(snippet), escapeHtml(LURE)],
    }),
  );
  return pageHtml('hostile: markup in ad text', cards.join('\n'));
}

/**
 * A page that pre-marks a lure card as safe, records every window message, then after the first badges
 * deletes every badge and mark, rewrites a card, and appends fresh cards.
 */
function spoofingListing(): string {
  const cards = listingCards({ cards: 10, riskyEvery: 2, seed: 7 }).map(cardHtml).join('\n');
  const script = `<script>
  window.__messages = [];
  window.addEventListener('message', (e) => window.__messages.push(String(e.data && e.data.type || e.data)));
  // Spoof: the lure cards claim to be checked and safe before the content script runs.
  for (const c of document.querySelectorAll('${CARD}')) {
    c.setAttribute('data-jobsafe-risk', 'none');
    c.setAttribute('data-jobsafe-hash', 'forged');
    c.setAttribute('data-jobsafe-key', 'hh:forged');
  }
  window.__vandalize = () => {
    document.querySelectorAll('[data-jobsafe-badge]').forEach((b) => b.remove());
    for (const c of document.querySelectorAll('${CARD}')) {
      for (const a of [...c.attributes]) if (a.name.startsWith('data-jobsafe')) c.removeAttribute(a.name);
    }
    const first = document.querySelector('${CARD} [data-qa^="vacancy-serp__vacancy_snippet_"] span');
    if (first) first.textContent = ${JSON.stringify(LURE)} + ' Паспорт храним у нас.';
  };
  window.__forge = () => {
    // What a page can try: post look-alike messages and events, and reach for chrome.runtime.
    const forged = [
      { type: 'scroll-to-ad', key: 'x' },
      { type: 'analyze-batch', ads: [] },
      { type: 'page-report', items: [] },
    ];
    for (const m of forged) {
      window.postMessage(m, '*');
      document.dispatchEvent(new CustomEvent('jobsafe', { detail: m }));
    }
    const rt = window.chrome && window.chrome.runtime;
    return { hasRuntime: !!rt, hasSendMessage: !!(rt && rt.sendMessage), hasConnect: !!(rt && rt.connect) };
  };
  </script>`;
  return pageHtml('hostile: spoofing page', cards, script);
}

/**
 * The page fires WXT's "a newer content script started" event and a fake `wxt:locationchange`, with the
 * extension id it learnt (it is public), as soon as JobSafe has marked the cards.
 */
function killEventListing(): string {
  const cards = listingCards({ cards: 20, riskyEvery: 3, seed: 21 }).map(cardHtml).join('\n');
  const script = `<script>
  window.__kill = (id) => {
    document.dispatchEvent(new CustomEvent(id + ':jobsite:wxt:content-script-started', {
      detail: { contentScriptName: 'jobsite', messageId: 'page' },
    }));
    window.dispatchEvent(new Event(id + ':jobsite:wxt:locationchange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    if (window.navigation) window.navigation.dispatchEvent(new Event('navigate'));
  };
  </script>`;
  return pageHtml('hostile: kill event', cards, script);
}

/**
 * The page defines `jobsafe-badge` before JobSafe runs (once with shadow roots disabled, as a spy that
 * records every instance), and patches attachShadow and createElement in its own world.
 */
function squattingListing(): string {
  const cards = listingCards({ cards: 20, riskyEvery: 4, seed: 5 }).map(cardHtml).join('\n');
  const head = `<script>
  window.__spied = [];
  class Squat extends HTMLElement {
    static disabledFeatures = ['shadow'];
    constructor() { super(); window.__spied.push(this); }
    connectedCallback() { this.textContent = 'No risk found'; }
  }
  customElements.define('jobsafe-badge', Squat);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    window.__spied.push(this);
    throw new Error('blinded');
  };
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (name, opts) {
    const el = create.call(this, name, opts);
    window.__spied.push(el);
    return el;
  };
  </script>`;
  return pageHtml('hostile: squatted element', `${head}\n${cards}`);
}

/**
 * A page that tries to make the badges lie: read them, rewrite them, replace them with look-alikes,
 * move them between cards and re-mark the lure cards as safe.
 */
function rewritingListing(): string {
  const cards = listingCards({ cards: 12, riskyEvery: 3, seed: 9 }).map(cardHtml).join('\n');
  const script = `<script>
  window.__rewrite = () => {
    const hosts = [...document.querySelectorAll('[data-jobsafe-badge]')];
    const result = { open: 0, attached: 0, rewritten: 0 };
    for (const host of hosts) {
      if (host.shadowRoot) result.open++;
      try { host.attachShadow({ mode: 'open' }); result.attached++; } catch {}
      host.innerHTML = '<span class="fake">✓ JobSafe: No risk found</span>';
      result.rewritten++;
    }
    const cards = [...document.querySelectorAll('${CARD}')];
    // A look-alike host on every card, and the lure cards' real badges moved to ordinary ones.
    for (const card of cards) {
      const fake = document.createElement('div');
      fake.setAttribute('data-jobsafe-badge', '');
      fake.textContent = '✓ JobSafe: No risk found';
      card.prepend(fake);
      if (card.getAttribute('data-jobsafe-risk') !== 'none') {
        const real = hosts.find((h) => card.contains(h));
        const plain = cards.find((c) => c.getAttribute('data-jobsafe-risk') === 'none');
        if (real && plain) plain.append(real);
        card.setAttribute('data-jobsafe-risk', 'none');
      }
    }
    return result;
  };
  </script>`;
  return pageHtml('hostile: badge rewriting', cards, script);
}

/** Every exception and console error in any of the page's worlds (the content script's included). */
async function watchErrors(page: Page): Promise<{ errors: string[]; session: CDPSession }> {
  const errors: string[] = [];
  const session = await page.createCDPSession();
  session.on('Runtime.exceptionThrown', (e) =>
    errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
  );
  session.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'warning')
      errors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
  });
  await session.send('Runtime.enable');
  return { errors, session };
}

function allCardsMarked(page: Page, timeout = 15_000): Promise<unknown> {
  return page.waitForFunction(
    (sel) => {
      const cards = document.querySelectorAll(sel);
      return cards.length > 0 && [...cards].every((c) => c.hasAttribute('data-jobsafe-risk'));
    },
    { timeout, polling: 'mutation' },
    CARD,
  );
}

/** Every card: its mark, and the words of the badges JobSafe shows in it (through the closed roots). */
async function cardsAndBadges(page: Page): Promise<{ risk: string | null; badges: string[] }[]> {
  return inContentScript(
    page,
    (shadowOf, sel) =>
      [...document.querySelectorAll(sel)].map((card) => ({
        risk: card.getAttribute('data-jobsafe-risk'),
        badges: [...card.querySelectorAll('div[data-jobsafe-badge]')].flatMap((host) => {
          const shadow = shadowOf(host);
          return shadow ? [shadow.querySelector('button')?.textContent ?? ''] : [];
        }),
      })),
    CARD,
  );
}

/**
 * Waits until every card is marked and holds exactly one JobSafe badge saying its level. A listing's
 * badges are built as their cards come near the screen (src/page/visibility.ts), so this scrolls through
 * the page a screen at a time, as a reader would, checking the cards in view at each stop, and then
 * goes back to the top.
 */
async function waitForEveryCardBadged(page: Page, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  const seen = new Set<number>();
  let total = 0;
  // A tab in the background draws nothing, so its cards never come "near the screen".
  await page.bringToFront();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (;;) {
    const view = await inContentScript(
      page,
      (shadowOf, sel: string, words: Record<string, string>) => {
        const cards = [...document.querySelectorAll(sel)];
        const inView = cards.flatMap((card, index) => {
          const r = card.getBoundingClientRect();
          if (r.bottom <= 0 || r.top >= innerHeight) return [];
          const risk = card.getAttribute('data-jobsafe-risk');
          const badges = [...card.querySelectorAll('div[data-jobsafe-badge]')].flatMap((host) => {
            const shadow = shadowOf(host);
            return shadow ? [shadow.querySelector('button')?.textContent ?? ''] : [];
          });
          const ok = !!risk && badges.length === 1 && !!badges[0]?.includes(words[risk] ?? '\u0000');
          return [{ index, ok, risk, badges }];
        });
        const bottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
        return { total: cards.length, inView, bottom };
      },
      CARD,
      {
        none: message('en', 'level_none'),
        caution: message('en', 'level_caution'),
        high: message('en', 'level_high'),
      },
    );
    total = view.total;
    const bad = view.inView.filter((c) => !c.ok);
    if (!bad.length) {
      for (const c of view.inView) seen.add(c.index);
      if (view.bottom) break;
      await page.evaluate(() => window.scrollBy(0, innerHeight));
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`not every card badged: ${bad.length} in view, e.g. ${JSON.stringify(bad[0])}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(total).toBeGreaterThan(0);
  expect(seen.size, 'cards seen badged while scrolling through').toBe(total);
}

/** A tab with a tall window (4,000 px), so a scroll through a long listing takes fewer stops. */
async function tallPage(b: E2EBrowser): Promise<Page> {
  const page = await b.page();
  await page.setViewport({ width: 1280, height: 4_000 });
  return page;
}

interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}
declare const chrome: ChromeApi;

/** `page`'s tab id, from an extension page (no "tabs" permission: the tab is brought to the front). */
async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extensionPage.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** What the popup says about `page`'s tab: its summary line, and whether it shows an error. */
async function popupSays(b: E2EBrowser, page: Page): Promise<{ summary: string; alert: string | null }> {
  const probe = await b.openExtensionPage('options.html');
  const tabId = await tabIdOf(probe, page);
  await probe.close();
  const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => !document.querySelector('.js-status[role="status"]'), {
    timeout: 10_000,
  });
  const said = await popup.evaluate(() => ({
    summary: document.querySelector('.page__summary')?.textContent ?? '',
    alert: document.querySelector('[role="alert"]')?.textContent ?? null,
  }));
  await popup.close();
  return said;
}

/**
 * What the popup says once the content script's report of `checked` ads has landed: reports are sent at
 * most every few seconds (REPORT_INTERVAL_MS), so the badges on the page can be ahead of the popup.
 */
async function popupOnceReported(
  b: E2EBrowser,
  page: Page,
  checked: number,
  timeout = 15_000,
): Promise<{ summary: string; alert: string | null }> {
  let said = { summary: '', alert: null as string | null };
  // Polled, and the reading that passed is the one returned: a popup read just as it opens can find its
  // summary not drawn yet (it said '' once in CI, right after a read that had said "out of 5,000").
  await expect
    .poll(
      async () => {
        said = await popupSays(b, page);
        return said.summary;
      },
      { timeout },
    )
    .toContain(`out of ${checked.toLocaleString('en')} checked`);
  return said;
}

/** The counts a correct popup shows for the marks on `page`. */
async function expectedCounts(page: Page): Promise<{ risky: number; checked: number }> {
  return page.evaluate((sel) => {
    const risks = [...document.querySelectorAll(sel)].map((c) => c.getAttribute('data-jobsafe-risk'));
    return { risky: risks.filter((r) => r === 'caution' || r === 'high').length, checked: risks.length };
  }, CARD);
}

const THOUSAND = perfListingHtml({ cards: 1000, tail: PROBE_SCRIPT });
const FIVE_THOUSAND = perfListingHtml({ cards: 5000, seed: 3 });

describe('hostile pages', () => {
  let b: E2EBrowser;
  beforeAll(async () => {
    b = await launchBrowser({
      routes: [
        { host: 'hh.ru', path: '/search/vacancy/markup', body: markupListing() },
        { host: 'hh.ru', path: '/search/vacancy/spoof', body: spoofingListing() },
        { host: 'hh.ru', path: '/search/vacancy/kill', body: killEventListing() },
        { host: 'hh.ru', path: '/search/vacancy/squat', body: squattingListing() },
        { host: 'hh.ru', path: '/search/vacancy/rewrite', body: rewritingListing() },
        { host: 'hh.ru', path: '/search/vacancy/contacts', body: hugeContactsListingHtml() },
        { host: 'hh.ru', path: '/search/vacancy/thousand', body: THOUSAND },
        { host: 'hh.ru', path: '/search/vacancy/five-thousand', body: FIVE_THOUSAND },
        // The same page where the content script does not run: the page's own cost, for comparison.
        { host: 'example.org', path: '/search/vacancy/thousand', body: THOUSAND },
      ],
    });
    await setSettings(b, SETTINGS);
  });
  afterAll(() => b?.close());

  it('shows markup and script in ad text only as text', async () => {
    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/markup'), { waitUntil: 'load' });
    await allCardsMarked(page);
    await waitForEveryCardBadged(page);
    // Open every badge, so the panels with the quoted phrases are rendered and shown.
    expect(await openAllBadges(page)).toBeGreaterThan(0);
    const inside = await inContentScript(page, (shadowOf) =>
      [...document.querySelectorAll('div[data-jobsafe-badge]')].map((host) => {
        const root = shadowOf(host);
        const all = root ? [...root.querySelectorAll('*')] : [];
        return {
          text: root?.textContent ?? '',
          // The level icon is the badge's own inline SVG (src/ui/badge/icon.ts), never made from ad text.
          dangerous: all.filter(
            (el) =>
              /^(img|svg|script|iframe|object|embed)$/i.test(el.tagName) && !el.matches('button > svg.icon'),
          ).length,
          handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
          jsLinks: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '')).length,
        };
      }),
    );
    expect(inside.length).toBe(MARKUP_SNIPPETS.length);
    for (const badge of inside) {
      expect(badge.dangerous).toBe(0);
      expect(badge.handlers).toBe(0);
      expect(badge.jsLinks).toBe(0);
    }
    const quotedMarkup = inside.filter((x) => /<(img|svg|script|iframe)/.test(x.text)).length;
    console.log(`hostile: ${inside.length} badges, ${quotedMarkup} quote markup as text`);
    // The ad's markup was text on the page too; nothing the page printed as text may run.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives the page no way to reach the extension, and shows it none of its messages', async () => {
    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/spoof'), { waitUntil: 'load' });
    await allCardsMarked(page);
    const reach = await page.evaluate(() =>
      (window as unknown as { __forge(): Record<string, boolean> }).__forge(),
    );
    expect(reach).toEqual({ hasRuntime: false, hasSendMessage: false, hasConnect: false });
    // Even with our id, the page-side API to message an extension does not exist.
    const sent = await page.evaluate(async (id) => {
      try {
        const c = (
          window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }
        ).chrome;
        if (!c?.runtime?.sendMessage) return 'no chrome.runtime.sendMessage';
        await c.runtime.sendMessage(id, { type: 'analyze-text', text: 'x' });
        return 'sent';
      } catch (e) {
        return `threw: ${String(e)}`;
      }
    }, b.extensionId);
    expect(sent).toBe('no chrome.runtime.sendMessage');
    await new Promise((ok) => setTimeout(ok, 300));
    // The page saw only its own forged messages: no ad, key or assessment ever goes through window
    // messages. (WXT's start-up notice goes out as a DOM event only, noScriptStartedPostMessage.)
    const seen = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(seen.filter((t) => !['scroll-to-ad', 'analyze-batch', 'page-report'].includes(t))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('corrects spoofed marks and keeps working when the page deletes badges and marks', async () => {
    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/spoof'), { waitUntil: 'load' });
    // The forged "none" on the lure cards is replaced by the extension's own assessment.
    await page.waitForFunction(
      (sel) =>
        [...document.querySelectorAll(sel)].some((c) =>
          /caution|high/.test(c.getAttribute('data-jobsafe-risk') ?? ''),
        ),
      { timeout: 15_000 },
      CARD,
    );
    const forgedLeft = await page.$$eval(`${CARD}[data-jobsafe-key="hh:forged"]`, (els) => els.length);
    expect(forgedLeft).toBe(0);

    await page.evaluate(() => (window as unknown as { __vandalize(): void }).__vandalize());
    // New cards arrive (infinite scroll): they must get marks, and the vandalized cards with them.
    const more = listingCards({ cards: 5, seed: 11, firstId: 900_300_000 }).map(cardHtml).join('\n');
    await page.evaluate((html) => {
      document.getElementById('a11y-main-content')?.insertAdjacentHTML('beforeend', html);
    }, more);
    await allCardsMarked(page);
    await waitForEveryCardBadged(page);
    const cards = await cardsAndBadges(page);
    console.log(`hostile: after vandalism, ${cards.length} cards marked and badged`);
    expect(cards).toHaveLength(15);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is not switched off by WXT's newer-script event or a fake location change from the page", async () => {
    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/kill'), { waitUntil: 'load' });
    await allCardsMarked(page);
    await waitForEveryCardBadged(page);
    await page.evaluate(
      (id) => (window as unknown as { __kill(id: string): void }).__kill(id),
      b.extensionId,
    );
    await new Promise((ok) => setTimeout(ok, 500));
    // Nothing came down, and ten cards added afterwards are checked like the others.
    expect(await cardsAndBadges(page)).toHaveLength(20);
    const more = listingCards({ cards: 10, riskyEvery: 2, seed: 22, firstId: 900_400_000 })
      .map(cardHtml)
      .join('\n');
    await page.evaluate((html) => {
      document.getElementById('a11y-main-content')?.insertAdjacentHTML('beforeend', html);
    }, more);
    await allCardsMarked(page);
    await waitForEveryCardBadged(page);
    const { risky, checked } = await expectedCounts(page);
    expect(checked).toBe(30);
    expect(risky).toBeGreaterThan(0);
    const spy = await b.openExtensionPage('options.html');
    await expect.poll(() => toolbarBadge(spy, page), { timeout: 10_000 }).toBe(String(risky));
    await spy.close();
    const popup = await popupOnceReported(b, page, checked);
    expect(popup.alert).toBeNull();
    expect(popup.summary).toContain(`${risky} ad`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges every card on a page that defined jobsafe-badge first and patched attachShadow', async () => {
    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/squat'), { waitUntil: 'load' });
    await allCardsMarked(page);
    await waitForEveryCardBadged(page);
    const seen = await page.evaluate(() => {
      const spied = (window as unknown as { __spied: Element[] }).__spied;
      return {
        spied: spied.filter(
          (el) => el.hasAttribute('data-jobsafe-badge') || el.closest('[data-jobsafe-badge]'),
        ).length,
        squatters: document.querySelectorAll('jobsafe-badge').length,
        readable: [...document.querySelectorAll('[data-jobsafe-badge]')].filter((h) => h.shadowRoot).length,
      };
    });
    // The page's definitions and patches never touched a JobSafe element, and cannot read one.
    expect(seen).toEqual({ spied: 0, squatters: 0, readable: 0 });
    const { risky, checked } = await expectedCounts(page);
    const popup = await popupOnceReported(b, page, checked);
    expect(popup.summary).toContain(`${risky} ad`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not let the page read, rewrite, replace or move the badges', async () => {
    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/rewrite'), { waitUntil: 'load' });
    await allCardsMarked(page);
    await waitForEveryCardBadged(page);
    const before = await cardsAndBadges(page);
    const tried = await page.evaluate(() =>
      (window as unknown as { __rewrite(): Record<string, number> }).__rewrite(),
    );
    expect(tried).toEqual({ open: 0, attached: 0, rewritten: 12 });
    // The moved badges, the look-alikes and the rewritten marks are noticed and put right.
    await waitForEveryCardBadged(page);
    const after = await cardsAndBadges(page);
    expect(after).toEqual(before);
    // What the page wrote into a host's light DOM is not shown: a closed root without a slot.
    const shownFake = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-jobsafe-badge] .fake')].filter(
          (f) => f.getClientRects().length > 0,
        ).length,
    );
    expect(shownFake).toBe(0);
    const { risky, checked } = await expectedCounts(page);
    expect(risky).toBe(before.filter((c) => c.risk !== 'none').length);
    const popup = await popupOnceReported(b, page, checked);
    expect(popup.summary).toContain(`${risky} ad`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('badges cards whose tel: links hold a megabyte, sending no contact over the cap', async () => {
    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    const spy = await b.openExtensionPage('options.html');
    await spy.evaluate(() => {
      const g = globalThis as unknown as { __contacts: number[] };
      g.__contacts = [];
      (
        chrome.runtime as unknown as { onMessage: { addListener(cb: (m: unknown) => undefined): void } }
      ).onMessage.addListener((m) => {
        const msg = m as { type?: string; ads?: { ad: { contacts?: string[] } }[] };
        if (msg.type === 'analyze-batch')
          for (const a of msg.ads ?? []) g.__contacts.push(...(a.ad.contacts ?? []).map((c) => c.length));
        return undefined;
      });
    });
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/contacts'), { waitUntil: 'load' });
    await allCardsMarked(page, 30_000);
    await waitForEveryCardBadged(page);
    const lengths = await spy.evaluate(() => (globalThis as unknown as { __contacts: number[] }).__contacts);
    expect(lengths.length).toBeGreaterThan(0);
    expect(lengths.length).toBeLessThanOrEqual(12 * 20);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(100);
    await spy.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('turns away a compromised content script: megabyte contacts, forged levels, an oversized report', async () => {
    const page = await tallPage(b);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/kill'), { waitUntil: 'load' });
    await allCardsMarked(page);
    await waitForEveryCardBadged(page);
    const { risky, checked } = await expectedCounts(page);
    // The content script's own report has landed, so none of its reports can come after the attack's.
    await expect
      .poll(async () => (await popupSays(b, page)).summary, { timeout: 10_000 })
      .toContain(`out of ${checked} checked`);
    // Every page report sent from here on, to tell in a failure whether a late one of the content
    // script's own (it has a stream) came after the attack's.
    const spy = await b.openExtensionPage('options.html');
    await spy.evaluate(() => {
      const g = globalThis as unknown as { __reports: unknown[] };
      g.__reports = [];
      (
        chrome.runtime as unknown as { onMessage: { addListener(cb: (m: unknown) => undefined): void } }
      ).onMessage.addListener((m) => {
        const r = m as { type?: string; stream?: string; seq?: number; base?: number; items?: unknown[] };
        if (r.type === 'page-report')
          g.__reports.push({ stream: r.stream, seq: r.seq, base: r.base, items: r.items?.length });
        return undefined;
      });
    });
    // What a content script under an attacker's control could send, from the content script's world.
    const answers = await inContentScript(page, async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const send = (m: unknown) => api.runtime.sendMessage(m) as Promise<Record<string, unknown>>;
      const huge = Array.from({ length: 12 }, (_, i) => ({
        key: `hh:huge-${i}`,
        ad: { text: 'Работа', contacts: [`+7${'9'.repeat(1_000_000)}`] },
      }));
      const contacts = await send({ type: 'analyze-batch', ads: huge });
      const sealed = (await send({
        type: 'analyze-batch',
        ads: [
          { key: 'hh:lure', ad: { text: 'Выезд по туристической визе, паспорт храним у координатора.' } },
        ],
      })) as { results: { key: string; assessment: { level: string }; seal: string }[] };
      const lure = sealed.results[0] as { key: string; assessment: { level: string }; seal: string };
      const forged = await send({
        type: 'page-report',
        items: [{ ...lure, assessment: { ...lure.assessment, level: 'none', findings: [] } }],
      });
      return { contacts, level: lure.assessment.level, forged };
    });
    expect(answers.contacts).toEqual({ error: 'invalid-message' });
    expect(answers.level).not.toBe('none');
    expect(answers.forged).toEqual({ ok: true, rejected: ['hh:lure'] });
    const oversized = await inContentScript(page, async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const assessment = { level: 'none', score: 0, lang: 'ru', checked: true, partial: false, findings: [] };
      const item = { key: 'k', assessment, seal: 'x' };
      return api.runtime.sendMessage({
        type: 'page-report',
        items: Array.from({ length: 10_001 }, () => item),
      });
    });
    expect(oversized).toEqual({ error: 'invalid-message' });
    // A report the background turned away shows as an error, never as the earlier counts.
    const failed = await popupSays(b, page);
    const sent = JSON.stringify(
      await spy.evaluate(() => (globalThis as unknown as { __reports: unknown[] }).__reports),
    );
    await spy.close();
    expect(failed.alert, `page reports since the attack: ${sent}`).toBe(message('en', 'ui_no_answer'));
    expect(failed.summary).toBe('');
    // The content script's next report (new cards) is taken again, with the right counts.
    const more = listingCards({ cards: 2, riskyEvery: 0, seed: 30, firstId: 900_500_000 })
      .map(cardHtml)
      .join('\n');
    await page.evaluate((html) => {
      document.getElementById('a11y-main-content')?.insertAdjacentHTML('beforeend', html);
    }, more);
    await allCardsMarked(page);
    const after = await popupOnceReported(b, page, checked + 2, 10_000);
    expect(after.summary).toContain(`${risky} ad`);
    await page.close();
  });

  it('says "Show on page" failed when the content script answers that the ad is gone', async () => {
    const page = await tallPage(b);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/kill'), { waitUntil: 'load' });
    await allCardsMarked(page);
    const probe = await b.openExtensionPage('options.html');
    const tabId = await tabIdOf(probe, page);
    await probe.close();
    const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('.ad .ad__show');
    // The page takes every risky card away after the popup listed them.
    await page.evaluate((sel) => {
      for (const c of document.querySelectorAll(sel))
        if (c.getAttribute('data-jobsafe-risk') !== 'none') c.remove();
    }, CARD);
    await popup.click('.ad .ad__show');
    const alert = await popup.waitForSelector('.ad__error[role="alert"]', { timeout: 10_000 });
    expect(await alert?.evaluate((el) => el.textContent)).toBe(message('en', 'pg_scroll_failed'));
    await popup.close();
    await page.close();
  });

  it('marks and badges 5,000 cards, and the popup counts them right', async () => {
    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/five-thousand'), { waitUntil: 'load' });
    await allCardsMarked(page, 120_000);
    const { risky, checked } = await expectedCounts(page);
    expect(checked).toBe(5000);
    expect(risky).toBeGreaterThan(400);
    const popup = await popupOnceReported(b, page, checked, 20_000);
    expect(popup.alert).toBeNull();
    expect(popup.summary).toContain(`${risky.toLocaleString('en')} ads need attention`);
    // Every card gets its badge as the reader scrolls to it.
    await waitForEveryCardBadged(page, 120_000);
    expect(errors).toEqual([]);
    await page.close();
  }, 360_000);

  it('marks 1,000 cards, each with its badge, and prints how the page fared', async () => {
    const bare = await b.page();
    await bare.goto(b.serverUrl('example.org', '/search/vacancy/thousand'), { waitUntil: 'load' });
    await new Promise((ok) => setTimeout(ok, 1_000));
    const baseline = await bare.evaluate(() =>
      (window as unknown as { stopProbe(): ProbeResult }).stopProbe(),
    );
    await bare.close();

    const page = await tallPage(b);
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/thousand'), { waitUntil: 'load' });
    await allCardsMarked(page, 60_000);
    const probe = await page.evaluate(() => (window as unknown as { stopProbe(): ProbeResult }).stopProbe());
    // Built near the screen at load (a few dozen), the rest as the reader scrolls.
    const atLoad = (await readBadges(page)).length;
    console.log(`hostile: ${atLoad} of 1000 badges built at load, in a window 4,000 px tall`);
    expect(atLoad).toBeGreaterThan(0);
    expect(atLoad).toBeLessThan(200);
    await waitForEveryCardBadged(page, 60_000);
    // Timings are the benchmark's (`npm run bench`); printed here for the record only.
    console.log(
      `hostile: 1000 cards marked at ${probe.allBadgedAt?.toFixed(0)} ms after navigation start; ` +
        `worst event-loop gap ${probe.maxGapMs.toFixed(0)} ms; long frames after load ${probe.lateLongFrames}; ` +
        `without the extension: worst gap ${baseline.maxGapMs.toFixed(0)} ms`,
    );
    expect(probe.cards).toBe(1000);
    expect(probe.badged).toBe(1000);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
