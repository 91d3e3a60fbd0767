/**
 * Hostile pages (issue 6, item 2). A job site's page is not ours: it may carry markup in ad text, try
 * to talk to the extension, spoof or delete its marks, or be huge. Each case runs in the built extension
 * in headless Chromium, on pages served under hh.ru:
 * - ad text with `<img onerror>`, `<svg onload>` and `<script>` is shown in the badge only as text;
 * - the page has no `chrome.runtime` for our id, so it cannot send (or forge) messages, and it never
 *   sees the content script's messages (none go through window.postMessage);
 * - pre-set, removed or rewritten marks and badges do not break the content script: it throws nothing,
 *   corrects spoofed marks and badges new cards;
 * - a listing of 1,000 cards gets every mark within LIMITS.thousandCardsMs while the page's event loop
 *   never stalls longer than LIMITS.maxGapMs.
 */
import type { CDPSession, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardHtml,
  escapeHtml,
  listingCards,
  pageHtml,
  perfListingHtml,
  PROBE_SCRIPT,
  type ProbeResult,
} from '../../scripts/perf-listing';
import { launchBrowser, type E2EBrowser } from './harness';

/**
 * Documented limits for a 2-core CI machine (measured figures are printed by the test and in the
 * report of `npm run bench`). The page must stay usable while 1,000 cards are analyzed: no gap in its
 * event loop longer than maxGapMs.
 */
const LIMITS = { thousandCardsMs: 20_000, maxGapMs: 750 };

const CARD = '[data-qa~="vacancy-serp__vacancy"]';
const LURE = 'Работа за границей для девушек, официантки и хостес, опыт не нужен.';
const MARKUP_SNIPPETS = [
  `${LURE} <img src=x onerror="window.__pwned = 'img'"> Перелёт и виза за счёт работодателя.`,
  `Выезд по туристической визе <svg onload="window.__pwned = 'svg'"></svg>, на месте всё оформим.`,
  `<script>window.__pwned = 'script'</script> Паспорт храним у координатора. ${LURE}`,
  `<a href="javascript:window.__pwned='href'">жми</a> <iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
];

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
    document.querySelectorAll('jobsafe-badge').forEach((b) => b.remove());
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
      { type: 'page-report', url: location.href, items: [] },
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
    { timeout },
    CARD,
  );
}

const THOUSAND = perfListingHtml({ cards: 1000, tail: PROBE_SCRIPT });

describe('hostile pages', () => {
  let b: E2EBrowser;
  beforeAll(async () => {
    b = await launchBrowser({
      routes: [
        { host: 'hh.ru', path: '/search/vacancy/markup', body: markupListing() },
        { host: 'hh.ru', path: '/search/vacancy/spoof', body: spoofingListing() },
        { host: 'hh.ru', path: '/search/vacancy/thousand', body: THOUSAND },
        // The same page where the content script does not run: the page's own cost, for comparison.
        { host: 'example.org', path: '/search/vacancy/thousand', body: THOUSAND },
      ],
    });
  });
  afterAll(() => b?.close());

  it('shows markup and script in ad text only as text', async () => {
    const page = await b.page();
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/markup'), { waitUntil: 'load' });
    await allCardsMarked(page);
    await page.waitForFunction(() => document.querySelectorAll('jobsafe-badge').length > 0, {
      timeout: 10_000,
    });
    // Open every badge, so the panels with the quoted phrases are rendered and shown.
    const badges = await page.$$('jobsafe-badge');
    for (const badge of badges) {
      const button = await badge.$('pierce/button');
      await button?.click();
    }
    await new Promise((ok) => setTimeout(ok, 300));
    const inside = await page.evaluate(() =>
      [...document.querySelectorAll('jobsafe-badge')].map((host) => {
        const root = host.shadowRoot;
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
    expect(inside.length).toBeGreaterThan(0);
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
    const page = await b.page();
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
    // The page saw only its own forged messages and WXT's start-up notice: no ad, key or assessment
    // ever goes through window messages. (WXT's notice "<extension id>:jobsite:wxt:content-script-started"
    // does tell the page that JobSafe runs, and replaying it as a CustomEvent stops the content script:
    // a gap in WXT's ContentScriptContext, reported 2026-11-22.)
    const seen = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    const ours = seen.filter((t) => !['scroll-to-ad', 'analyze-batch', 'page-report'].includes(t));
    expect(ours.filter((t) => !/^[a-p]{32}:jobsite:wxt:content-script-started$/.test(t))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('corrects spoofed marks and keeps working when the page deletes badges and marks', async () => {
    const page = await b.page();
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
    const forgedLeft = await page.$$eval(`${CARD}[data-jobsafe-hash="forged"]`, (els) => els.length);
    expect(forgedLeft).toBe(0);

    await page.evaluate(() => (window as unknown as { __vandalize(): void }).__vandalize());
    // New cards arrive (infinite scroll): they must get marks, and the vandalized cards with them.
    const more = listingCards({ cards: 5, seed: 11, firstId: 900_300_000 }).map(cardHtml).join('\n');
    await page.evaluate((html) => {
      document.getElementById('a11y-main-content')?.insertAdjacentHTML('beforeend', html);
    }, more);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('a[href^="/vacancy/9003"]')].every((a) =>
          a.closest('[data-qa~="vacancy-serp__vacancy"]')?.hasAttribute('data-jobsafe-risk'),
        ),
      { timeout: 15_000 },
    );
    const state = await page.evaluate((sel) => {
      const cards = [...document.querySelectorAll(sel)];
      return {
        cards: cards.length,
        marked: cards.filter((c) => c.hasAttribute('data-jobsafe-risk')).length,
        badges: document.querySelectorAll('jobsafe-badge').length,
      };
    }, CARD);
    console.log(
      `hostile: after vandalism, ${state.marked}/${state.cards} cards marked, ${state.badges} badges shown`,
    );
    expect(state.cards).toBe(15);
    expect(state.badges).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks 1,000 cards within the limit while the page stays responsive', async () => {
    const bare = await b.page();
    await bare.goto(b.serverUrl('example.org', '/search/vacancy/thousand'), { waitUntil: 'load' });
    await new Promise((ok) => setTimeout(ok, 1_000));
    const baseline = await bare.evaluate(() =>
      (window as unknown as { stopProbe(): ProbeResult }).stopProbe(),
    );
    await bare.close();

    const page = await b.page();
    const { errors } = await watchErrors(page);
    await page.goto(b.serverUrl('hh.ru', '/search/vacancy/thousand'), { waitUntil: 'load' });
    await allCardsMarked(page, LIMITS.thousandCardsMs + 5_000);
    await new Promise((ok) => setTimeout(ok, 500));
    const probe = await page.evaluate(() => (window as unknown as { stopProbe(): ProbeResult }).stopProbe());
    console.log(
      `hostile: 1000 cards marked at ${probe.allBadgedAt?.toFixed(0)} ms after navigation start; ` +
        `worst event-loop gap ${probe.maxGapMs.toFixed(0)} ms; long tasks ${probe.longTasks} ` +
        `(max ${probe.longTaskMaxMs.toFixed(0)} ms, total ${probe.longTaskTotalMs.toFixed(0)} ms); ` +
        `without the extension: worst gap ${baseline.maxGapMs.toFixed(0)} ms, ` +
        `long tasks total ${baseline.longTaskTotalMs.toFixed(0)} ms`,
    );
    expect(probe.cards).toBe(1000);
    expect(probe.allBadgedAt).not.toBeNull();
    expect(probe.allBadgedAt ?? Infinity).toBeLessThan(LIMITS.thousandCardsMs);
    expect(probe.maxGapMs).toBeLessThan(LIMITS.maxGapMs);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
