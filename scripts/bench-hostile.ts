/**
 * `npm run bench:hostile` (part of `npm run bench`): how long the background keeps another tab waiting
 * while one tab's content script, under an attacker's control, floods it. Two hh.ru tabs in the built
 * extension in headless Chromium (hh.ru and superjob.ru: two renderer processes, so what is measured
 * is the background, not a renderer both share); the attacker sends from its content script's own world (what a
 * compromised renderer can do), the victim measures, from its own, the round trip of a one-ad
 * analyze-batch, ten times in a row, while:
 *
 * - nothing else happens (the floor);
 * - the attacker sends the megabytes of the next row in a message of a type the background turns away
 *   before it reads anything else (a control: what the browser's own messaging costs, which no extension
 *   code can shorten);
 * - the attacker sends 5 batches of 12 ads, each with a 1 MB phone-like contact (issue 14: 5.1 s of
 *   analysis, another tab waited 4.0 s);
 * - the attacker's tab opens a page of 12 cards whose tel: links hold a megabyte each (issue 14's
 *   finding 5 as a page can cause it: the content script cuts contacts to their cap, so the megabytes
 *   never leave the tab); the victim asks again and again until every card there is marked;
 * - the attacker sends 4 batches of long ads: 50 ads of 20,001 characters each (a fifth of what the
 *   contract accepts, src/messaging/background-messages.ts) with 20 contacts of 100 characters (its caps).
 *
 * Goal (issue 14): the other tab's answer within 100 ms while the megabyte contacts arrive.
 * Usage: npx tsx scripts/bench-hostile.ts [rounds=3]   (builds .output/chrome-mv3 when it is stale)
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'puppeteer';
import { inContentScript } from '../tests/e2e/badge-reader';
import { hugeContactsListingHtml } from './perf-listing';
import { launchBrowser } from '../tests/e2e/harness';
import { buildIsFresh } from '../tests/e2e/harness/global-setup';
import { median } from './perf-measure';

const GOAL_MS = 100;
const PROBES = 10;

const FLOODS = [
  'none',
  'unread megabytes',
  'megabyte contacts',
  'a page of megabyte tel:',
  'long ads',
] as const;
type Flood = (typeof FLOODS)[number];
/** The rows the goal is about: megabyte contacts arriving, sent raw or by a page. */
const GOAL_ROWS: readonly Flood[] = ['megabyte contacts', 'a page of megabyte tel:'];
/** Where the page of megabyte tel: links is served (the attacker's site, so its own renderer). */
const HUGE_PAGE = '/search/vacancy/contacts';

/** The attacker's batches, built in its content script's world (nothing that big crosses the protocol). */
function flood(page: Page, kind: Flood): Promise<unknown> {
  return inContentScript(
    page,
    (_shadowOf, what: string) => {
      const api = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      const batches: unknown[] = [];
      if (what === 'megabyte contacts' || what === 'unread megabytes') {
        const contact = `+7${'9'.repeat(1_000_000)}`;
        for (let b = 0; b < 5; b++)
          batches.push(
            Array.from({ length: 12 }, (_, i) => ({
              key: `hh:mb-${b}-${i}`,
              ad: { text: 'Работа', contacts: [contact] },
            })),
          );
      } else if (what === 'long ads') {
        const text = 'Работа за границей для девушек, перелёт оплачиваем. '.repeat(400).slice(0, 20_001);
        const contacts = Array.from({ length: 20 }, (_, i) =>
          `+7 916 ${String(i).padStart(3, '0')}`.padEnd(100, '0'),
        );
        for (let b = 0; b < 4; b++)
          batches.push(
            Array.from({ length: 50 }, (_, i) => ({
              key: `hh:big-${b}-${i}-${Math.random()}`,
              ad: { text: `${i} ${text}`.slice(0, 20_001), title: 'Официантка', contacts },
            })),
          );
      }
      // Sent and not awaited: the flood is under way when the victim starts asking.
      (globalThis as unknown as { __flood: Promise<unknown[]> }).__flood = Promise.all(
        batches.map((ads) =>
          api.runtime
            .sendMessage({ type: what === 'unread megabytes' ? 'not-a-message' : 'analyze-batch', ads })
            .catch((e) => String(e)),
        ),
      );
      return batches.length;
    },
    kind,
  );
}

/**
 * The victim's round trips, in ms. Part of a round trip while megabytes arrive is the browser's own
 * messaging (serializing, routing and deserializing them), which no extension code can shorten.
 */
function probe(page: Page): Promise<number[]> {
  return inContentScript(
    page,
    async (_shadowOf, n: number) => {
      const api = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await api.runtime.sendMessage({
          type: 'analyze-batch',
          ads: [
            {
              key: `hh:probe-${i}-${Math.random()}`,
              ad: { text: 'Кассир в супермаркет, оформление по ТК РФ.' },
            },
          ],
        });
        out.push(performance.now() - t);
      }
      return out;
    },
    PROBES,
  );
}

/** Cards of the attacker's tab that carry a verdict. */
function marked(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-jobsafe-risk]').length);
}

/**
 * The attacker's tab opens the page of megabyte tel: links; the victim asks in runs of PROBES until every
 * card there is marked (at most 50 runs).
 */
async function whilePageLoads(attacker: Page, victim: Page, url: string): Promise<number[]> {
  const loading = attacker.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const out: number[] = [];
  let loaded = false;
  void loading.then(() => (loaded = true));
  for (let run = 0; run < 50; run++) {
    out.push(...(await probe(victim)));
    if (loaded && (await marked(attacker)) >= 12) break;
  }
  await loading;
  return out;
}

async function round(): Promise<Record<Flood, number[]>> {
  const b = await launchBrowser({
    routes: [{ host: 'hh.ru', path: HUGE_PAGE, body: hugeContactsListingHtml() }],
  });
  try {
    const open = async (host: string, path: string): Promise<Page> => {
      const p = await b.page();
      await p.goto(b.serverUrl(host, path), { waitUntil: 'load' });
      await p.waitForFunction(() => document.querySelectorAll('[data-jobsafe-risk]').length > 0, {
        timeout: 30_000,
      });
      return p;
    };
    // Two sites, so two renderer processes: what is measured is the background, not a shared renderer.
    const attacker = await open('hh.ru', '/search/vacancy?text=x');
    const victim = await open('superjob.ru', '/vacancy/search/');
    const out = {} as Record<Flood, number[]>;
    for (const kind of FLOODS) {
      if (kind === 'a page of megabyte tel:') {
        out[kind] = await whilePageLoads(attacker, victim, b.serverUrl('hh.ru', HUGE_PAGE));
        // Back to the listing for the last flood (polled: the attacker's tab is in the background, where
        // requestAnimationFrame, waitForFunction's default, does not run).
        await attacker.goto(b.serverUrl('hh.ru', '/search/vacancy?text=x'), { waitUntil: 'load' });
        await attacker.waitForFunction(() => document.querySelectorAll('[data-jobsafe-risk]').length > 0, {
          polling: 100,
          timeout: 30_000,
        });
        continue;
      }
      await flood(attacker, kind);
      out[kind] = await probe(victim);
      // Let the flood finish before the next one.
      await inContentScript(
        attacker,
        () => (globalThis as unknown as { __flood?: Promise<unknown> }).__flood,
      );
    }
    return out;
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  const rounds = Math.max(1, Number(process.argv[2] ?? 3));
  if (!buildIsFresh()) {
    console.log('bench:hostile: building .output/chrome-mv3');
    if (spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' }).status !== 0)
      throw new Error('build failed');
  }
  const all: Record<Flood, number[]>[] = [];
  for (let i = 0; i < rounds; i++) all.push(await round());
  console.log(
    `\nbench:hostile — another tab's one-ad answer, runs of ${PROBES} probes, ${rounds} browser launches`,
  );
  for (const kind of FLOODS) {
    const xs = all.flatMap((r) => r[kind]);
    // The first probe of each round goes out while the flood itself is still in the browser's pipes.
    const firsts = all.map((r) => r[kind][0] ?? 0);
    const rest = all.flatMap((r) => r[kind].slice(1));
    const worst = Math.max(...xs);
    const goal = GOAL_ROWS.includes(kind)
      ? `  goal ≤ ${GOAL_MS} ms: ${worst <= GOAL_MS ? 'met' : 'NOT met'}`
      : '';
    console.log(
      `  while ${kind.padEnd(23)} ${String(xs.length).padStart(4)} probes, median ${median(xs).toFixed(0).padStart(5)} ms, worst ${worst.toFixed(0).padStart(5)} ms` +
        ` (first probes ${firsts.map((x) => x.toFixed(0)).join('/')} ms; the others: worst ${Math.max(...rest).toFixed(0)} ms)${goal}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
