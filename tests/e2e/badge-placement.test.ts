/**
 * Where the badge goes, on every adapter's fixture pages and on the real saved pages of
 * ../shared/real-pages (served under their real hostnames; read from there, never copied), at phone
 * and laptop widths, in the built extension:
 * - no badge host has an a, button, label or summary ancestor;
 * - a badge does not push its card's content out (a card of a fixed height gets the badge docked);
 * - a click at a badge's centre reaches the badge (the page covers nothing of it), opens its reasons and
 *   navigates nowhere (no new page, no new tab).
 * A real page saved mid-load with a page-wide curtain (craigslist's "show-curtain") covers its own ads
 * too; clicks there are left out and counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RealPage } from '../../src/sites/real-pages';
import { ADAPTERS } from '../../src/sites/registry';
import { launchBrowser, type E2EBrowser, type Route } from './harness';
import { FIXTURES_DIR, REPO_ROOT } from './harness/paths';
import { setSettings } from './page-helpers';
import { inContentScript } from './badge-reader';

const REAL_PAGES_DIR = join(REPO_ROOT, '../shared/real-pages');
const HAVE_REAL_PAGES = existsSync(REAL_PAGES_DIR);

const WIDTHS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;
/** Clicks per page and width on real pages (spread over the list); every badge on fixtures. */
const REAL_CLICKS = 6;

interface Target {
  name: string;
  url: string;
  route: Route;
  /** Ads the adapter finds there (fixtures: the expected extraction; real pages: their REAL_PAGES count). */
  ads?: number;
}

/** Every adapter's listing and ad fixture, at the URL its expected extraction names. */
const FIXTURE_TARGETS: Target[] = ADAPTERS.flatMap((adapter) =>
  ['listing', 'ad'].map((kind) => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES_DIR, 'sites', adapter.id, `${kind}.expected.json`), 'utf8'),
    ) as { url: string; ads: unknown[] };
    const url = new URL(expected.url);
    return {
      name: `${adapter.id}/${kind}`,
      url: url.href,
      route: { host: url.hostname, path: url.pathname, file: `sites/${adapter.id}/${kind}.html` },
      ads: expected.ads.length,
    };
  }),
);

/**
 * The real pages, each at an address of its site that the adapter reads. Most are of other sections
 * (flats, cars, electronics) sharing the job section's markup, so they are served under a job-section
 * path of the same host (../shared/real-pages/SOURCES.md has their own addresses).
 */
const REAL: readonly [file: string, url: string][] = [
  ['avito/listing-electronics-2026-07.html', 'https://www.avito.ru/ivanovo/vakansii'],
  ['craigslist/listing-city-housing-2026-05.html', 'https://milwaukee.craigslist.org/search/jjj'],
  ['craigslist/listing-www-housing-2026-07.html', 'https://www.craigslist.org/search/subarea/mnh/jjj'],
  [
    'craigslist/ad-city-housing-2026-05.html',
    'https://milwaukee.craigslist.org/mil/fbh/d/milwaukee-wauwatosa/7936415355.html',
  ],
  ['farpost/listing-tech-2026-07.html', 'https://www.farpost.ru/vladivostok/job/vacansii/'],
  ['hh.ru/vacancy-105250895.html', 'https://kolomna.hh.ru/vacancy/105250895'],
  ['indeed/ad-viewjob-2026-08.html', 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2'],
  ['indeed/listing-2024-01.html', 'https://www.indeed.com/q-usa-jobs.html'],
  ['indeed/listing-sidepane-2026-02.html', 'https://www.indeed.com/q-data-analyst-l-portland,-or-jobs.html'],
  ['indeed/listing-sidepane-2026-07.html', 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html'],
  ['linkedin/ad-guest-2026-08.html', 'https://au.linkedin.com/jobs/view/senior-software-engineer-4411867124'],
  ['linkedin/listing-guest-fragment-2026-06.html', 'https://www.linkedin.com/jobs/search-results/'],
  ['linkedin/listing-signedin-2025-09.html', 'https://www.linkedin.com/jobs/search/'],
  ['olx-pl/ad-realestate-2026-02.html', 'https://www.olx.pl/d/oferta/praca/male-studio-CID3-ID19jUV7.html'],
  ['olx-pl/listing-realestate-2026-02.html', 'https://www.olx.pl/praca/warszawa/'],
  ['olx-ua/listing-realestate-2026-01.html', 'https://www.olx.ua/uk/rabota/lvov/'],
  ['olx-uz/listing-cars-2026-03.html', 'https://www.olx.uz/rabota/'],
  // Found outside the shared set (src/sites/*.ts name their sources in foundAt): absent on some machines.
  ['superjob/listing-ufa-2020-10.html', 'https://ufa.superjob.ru/vacancy/search/?remote_work_binary=2'],
  ['work-ua/listing-2022-06.html', 'https://www.work.ua/ru/jobs-kyiv-python/'],
  // The fixture has /vacancy/search itself: a trailing slash keeps the two apart.
  ['trudvsem/cv-search-2024-11.html', 'https://trudvsem.ru/vacancy/search/?_regionIds=2600000000000'],
];

/**
 * Ads on each real page as its adapter's REAL_PAGES says (tests/unit/sites/real-pages.test.ts checks the
 * count), so the test waits for all of them to be marked rather than for a pause in the marking: a long
 * listing is marked in batches of a few hundred, and on a busy machine one batch can take seconds.
 */
const REAL_COUNTS = new Map<string, number>(
  (
    await Promise.all(
      readdirSync(join(REPO_ROOT, 'src/sites'))
        .filter((file) => file.endsWith('.ts'))
        .map(async (file) => {
          const module = (await import(join(REPO_ROOT, 'src/sites', file))) as {
            REAL_PAGES?: readonly RealPage[];
          };
          return (module.REAL_PAGES ?? []).map(([ads, page]) => [page, ads] as const);
        }),
    )
  ).flat(),
);

const REAL_TARGETS: Target[] = HAVE_REAL_PAGES
  ? REAL.filter(([file]) => existsSync(join(REAL_PAGES_DIR, file))).map(([file, href]) => {
      const url = new URL(href);
      const body = readFileSync(join(REAL_PAGES_DIR, file), 'utf8');
      return {
        name: `real ${file}`,
        url: url.href,
        route: { host: url.hostname, path: url.pathname, body },
        ads: REAL_COUNTS.get(file),
      };
    })
  : [];

interface Geometry {
  badges: number;
  /** Badges with an a/button/label/summary ancestor, described. */
  trapped: string[];
  /** Cards whose content the badge pushed out (overflow with the badge minus overflow without). */
  pushedOut: string[];
  /** Indexes of badges on visible cards (worth clicking). */
  visible: number[];
  /** Badges still laid out while all were hidden for the overflow check (must be 0). */
  shownWhileHidden: number;
}

/** Reads every badge's ancestors and whether its card overflows with it but not without it. */
function geometry(page: Page): Promise<Geometry> {
  // In the content script's world, which can reach into the badges' closed roots (badge-reader.ts).
  return inContentScript(page, (shadowOf) => {
    const hosts = [...document.querySelectorAll('div[data-jobsafe-badge]')] as HTMLElement[];
    const describe = (el: Element) => `${el.localName}.${String(el.className).slice(0, 40)}`;
    const trapped = hosts
      .map((h) => h.parentElement?.closest('a, button, label, summary'))
      .filter((a): a is Element => !!a)
      .map(describe);
    // Overflow of the card root and two boxes around it, with and then without the badges.
    const chains = hosts.map((h) => {
      const root = h.closest('[data-jobsafe-risk]') ?? h.parentElement;
      return [root, root?.parentElement, root?.parentElement?.parentElement].filter(
        (e): e is Element => !!e && e !== document.body && e !== document.documentElement,
      );
    });
    const overflow = () => chains.map((chain) => chain.map((e) => e.scrollHeight - e.clientHeight));
    const withBadges = overflow();
    // Without the badges: no page style can hide a host (its :host rules are !important and win over
    // the page's), so a later rule of the same weight goes into each badge's own root for the measuring.
    const hide = new CSSStyleSheet();
    hide.replaceSync(':host{display:none!important}');
    const restores = hosts.map((h) => {
      const shadow = shadowOf(h);
      if (!shadow) return () => undefined;
      const own = [...shadow.adoptedStyleSheets];
      // Last in the root's sheets, so it wins over the badge's own (adopted) :host rules.
      shadow.adoptedStyleSheets = [...own, hide];
      return () => void (shadow.adoptedStyleSheets = own);
    });
    const without = overflow();
    // (The measuring means something only if the badges were gone.)
    const hidden = hosts.filter((h) => h.getClientRects().length > 0).length;
    for (const restore of restores) restore();
    const pushedOut = chains
      .map((chain, i) =>
        chain.some((_, j) => (withBadges[i]?.[j] ?? 0) - (without[i]?.[j] ?? 0) >= 8)
          ? describe(chain[0] as Element)
          : '',
      )
      .filter(Boolean);
    const visible = hosts.flatMap((h, i) => {
      const root = h.closest('[data-jobsafe-risk]');
      const r = (root ?? h).getBoundingClientRect();
      return r.width > 0 && r.height > 0 && h.getBoundingClientRect().width > 0 ? [i] : [];
    });
    return { badges: hosts.length, trapped, pushedOut, visible, shownWhileHidden: hidden };
  });
}

type ClickResult =
  | { kind: 'opened' }
  | { kind: 'curtain' }
  | { kind: 'covered'; by: string }
  | { kind: 'not-opened'; at: string };

/** Scrolls badge `i` to the middle, checks what is at its centre, clicks there and closes it again. */
async function clickBadge(page: Page, i: number): Promise<ClickResult> {
  const spot = await page.evaluate(async (index) => {
    const host = document.querySelectorAll('div[data-jobsafe-badge]')[index] as HTMLElement;
    // Until it stays put: an off-screen badge skips rendering (content-visibility:auto) until it is
    // drawn, and the page may shift as the badges around it are drawn. 'instant' overrides a page's
    // scroll-behavior:smooth.
    const frame = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    let r = host.getBoundingClientRect();
    for (let round = 0, same = 0; round < 20 && same < 2; round++) {
      host.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      await frame();
      const now = host.getBoundingClientRect();
      same = now.top === r.top && now.left === r.left && now.width === r.width ? same + 1 : 0;
      r = now;
    }
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    const rect = [r.left, r.top, r.width, r.height].map(Math.round).join(',');
    if (hit === host) return { x, y, by: '', rect };
    // A fixed layer over the whole viewport (a loading curtain, a modal) covers the page's own ads too.
    for (let el = hit; el; el = el.parentElement) {
      const s = getComputedStyle(el);
      const b = el.getBoundingClientRect();
      if (s.position === 'fixed' && b.width >= innerWidth * 0.9 && b.height >= innerHeight * 0.9)
        return { x, y, by: 'curtain', rect };
    }
    return { x, y, rect, by: hit ? `${hit.localName}.${String(hit.className).slice(0, 40)}` : 'nothing' };
  }, i);
  if (spot.by === 'curtain') return { kind: 'curtain' };
  if (spot.by) return { kind: 'covered', by: spot.by };
  await page.mouse.click(spot.x, spot.y);
  // The root is closed: the panel is read in the content script's world (badge-reader.ts).
  const open = await inContentScript(
    page,
    (shadowOf, index, x, y) => {
      const host = document.querySelectorAll('div[data-jobsafe-badge]')[index];
      const shadow = shadowOf(host);
      const panel = shadow?.querySelector('.panel');
      if (panel?.matches(':popover-open') && panel.querySelector('.verdict')?.textContent) return '';
      const inner = shadow?.elementFromPoint(x, y);
      const r = host!.getBoundingClientRect();
      return `${inner?.localName ?? 'nothing'}.${String(inner?.className ?? '')} expanded=${shadow?.querySelector('button')?.getAttribute('aria-expanded')} #${index} now ${[r.left, r.top, r.width, r.height].map(Math.round).join(',')}`;
    },
    i,
    spot.x,
    spot.y,
  );
  await page.keyboard.press('Escape');
  return open ? { kind: 'not-opened', at: `${open} was ${spot.rect}` } : { kind: 'opened' };
}

/**
 * Scrolls the page from top to bottom a screen at a time, waiting at each stop for the badges near it,
 * and back to the top. Returns how many marked ads have a box of their own (a card hidden by the page
 * has none, and never comes near the screen) and how many badges there are then.
 */
async function scrollThrough(page: Page): Promise<{ boxed: number; badges: number }> {
  const count = () =>
    page.evaluate(() => ({
      boxed: [...document.querySelectorAll('[data-jobsafe-risk]')].filter(
        (r) => r.getClientRects().length > 0,
      ).length,
      badges: document.querySelectorAll('div[data-jobsafe-badge]').length,
    }));
  // In the page, one stop per two screens (a badge is drawn within a screen and a half of the viewport,
  // src/page/visibility.ts), each held for two frames so the observer sees it.
  await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    for (let top = 0; ; top += 2 * innerHeight) {
      window.scrollTo({ top, behavior: 'instant' });
      await frame();
      if (top >= document.documentElement.scrollHeight - innerHeight) break;
    }
  });
  // The last badges come in the observer's next callbacks.
  let seen = await count();
  for (let round = 0; round < 20 && seen.badges < seen.boxed; round++) {
    await new Promise((ok) => setTimeout(ok, 100));
    seen = await count();
  }
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  return seen;
}

/** Waits until the page's marked ads stop changing (at least `min` of them), or the time runs out. */
async function settledMarks(page: Page, min: number): Promise<number> {
  let last = -1;
  // Up to a minute: the 1,146-card real listing takes tens of seconds on a busy machine.
  for (let round = 0; round < 150; round++) {
    const n = await page.evaluate(() => document.querySelectorAll('[data-jobsafe-risk]').length);
    if (n >= min && n === last) return n;
    last = n;
    await new Promise((r) => setTimeout(r, 400));
  }
  return last;
}

describe('badge placement', () => {
  let b: E2EBrowser;
  beforeAll(async () => {
    const paths = [...FIXTURE_TARGETS, ...REAL_TARGETS].map((t) => `${t.route.host}${t.route.path}`);
    expect(
      paths.filter((p, i) => paths.indexOf(p) !== i),
      'two pages at one address',
    ).toEqual([]);
    b = await launchBrowser({ routes: [...FIXTURE_TARGETS, ...REAL_TARGETS].map((t) => t.route) });
    // A badge on every ad, ordinary ones included, so every card's placement is seen.
    await setSettings(b, {
      version: 1,
      sites: {},
      showOrdinary: true,
      sensitivity: 'balanced',
      language: 'en',
    });
  });
  afterAll(() => b?.close());

  async function check(target: Target, width: (typeof WIDTHS)[number], clicks: number) {
    const page = await b.page();
    await page.setViewport({ width: width.width, height: width.height });
    const startUrl = target.url;
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    const opened: string[] = [];
    // New tabs or windows only: a page's own frames and workers are targets too.
    const onTarget = (t: { type(): string; url(): string }) => {
      if (t.type() === 'page') opened.push(t.url());
    };
    b.browser.on('targetcreated', onTarget);
    try {
      await page.goto(startUrl, { waitUntil: 'load', timeout: 60_000 });
      const marked = await settledMarks(page, target.ads ?? 0);
      if (target.ads !== undefined) expect(marked, `${target.name}: marked ads`).toBe(target.ads);
      // Badges are drawn as their cards come near the screen (src/page/visibility.ts): the page is
      // scrolled through first, so every card that has a box on the page gets its badge.
      const seen = await scrollThrough(page);
      navigations.length = 0;
      const g = await geometry(page);
      expect(g.badges, `${target.name}: a badge per marked ad with a box`).toBeGreaterThanOrEqual(seen.boxed);
      expect(g.badges, `${target.name}: at most a badge per marked ad`).toBeLessThanOrEqual(marked);
      expect(g.shownWhileHidden, `${target.name}: badges the overflow check could not hide`).toBe(0);
      expect(g.trapped, `${target.name} (${width.name}): badges inside interactive elements`).toEqual([]);
      expect(g.pushedOut, `${target.name} (${width.name}): cards whose content the badge pushed out`).toEqual(
        [],
      );
      const picks =
        g.visible.length <= clicks
          ? g.visible
          : Array.from({ length: clicks }, (_, k) => g.visible[Math.floor((k * g.visible.length) / clicks)]!);
      const results: ClickResult[] = [];
      for (const i of picks) results.push(await clickBadge(page, i));
      const failed = results.filter((r) => r.kind === 'covered' || r.kind === 'not-opened');
      expect(failed, `${target.name} (${width.name}): clicks at badge centres`).toEqual([]);
      expect(navigations, `${target.name} (${width.name}): navigations after clicks`).toEqual([]);
      expect(page.url()).toBe(new URL(startUrl).href);
      expect(opened, `${target.name} (${width.name}): tabs opened by clicks`).toEqual([]);
      const curtained = results.filter((r) => r.kind === 'curtain').length;
      if (curtained)
        console.log(`placement: ${target.name}: ${curtained} clicks under the page's own curtain`);
      return { marked, clicked: results.length - curtained };
    } finally {
      b.browser.off('targetcreated', onTarget);
      await page.close();
    }
  }

  describe.each(WIDTHS)('fixtures at $name width', (width) => {
    it.each(FIXTURE_TARGETS.map((t) => [t.name, t] as const))('%s', async (_name, target) => {
      const { marked, clicked } = await check(target, width, Infinity);
      expect(clicked, 'every badge clicked').toBe(marked);
    });
  });

  describe.each(WIDTHS)('real pages at $name width', (width) => {
    // A real listing of 1,146 cards is scrolled through for its badges: well over the default minute here.
    it.for(REAL.map(([file]) => ({ file })))('$file', { timeout: 180_000 }, async ({ file }, ctx) => {
      if (!HAVE_REAL_PAGES) ctx.skip(`${REAL_PAGES_DIR} is absent: the real-page placement checks need it`);
      const target = REAL_TARGETS.find((t) => t.name === `real ${file}`);
      if (!target) {
        ctx.skip(`${file} is absent from ${REAL_PAGES_DIR} (its adapter names where it was found)`);
        return;
      }
      const { marked, clicked } = await check(target, width, REAL_CLICKS);
      console.log(`placement: ${file} at ${width.width} px: ${marked} badges, ${clicked} clicked`);
    });
  });
});
