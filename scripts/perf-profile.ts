/**
 * Where the content script's main-thread time goes on a 1,000-card hh.ru listing: a Chromium trace of the
 * tab with the extension and of the same page without it (a host the content script does not match),
 * each loaded after a warm-up like the benchmark's, and three tables:
 *
 * - the renderer main thread's self time per trace event (style recalc, layout, script, parsing,
 *   observers, GC…), without / with / added;
 * - the V8 samples whose stack runs the content script's code, by the function they were in (DOM calls
 *   the script makes show as their own native frames), and inclusive per function of the script;
 * - the extension's tasks (perf-trace.ts) with their longest ones.
 *
 * Function names are readable with an unminified build: `npx wxt build -c scripts/perf-profile.config.ts`
 * (then `npm run build` again before the benchmark or the tests).
 * Usage: npx tsx scripts/perf-profile.ts [rounds=2] [cards=1000]
 */
import type { Page } from 'puppeteer';
import { launchBrowser, type E2EBrowser } from '../tests/e2e/harness';
import { perfListingHtml, PROBE_SCRIPT } from './perf-listing';
import { median, runListing } from './perf-measure';
import { extensionTasks, type ProfileNode, type TraceEvent } from './perf-trace';

const CATEGORIES = [
  'toplevel',
  'blink',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];
const CARD = '[data-qa~="vacancy-serp__vacancy"]';
const WINDOW_MS = 3_000;

async function traced(
  b: E2EBrowser,
  url: string,
  marks: boolean,
  categories = CATEGORIES,
): Promise<TraceEvent[]> {
  const page: Page = await b.page();
  try {
    await page.tracing.start({ categories });
    await page.goto(url, { waitUntil: 'load' });
    if (marks && process.env.NOWAIT !== '1')
      await page.waitForFunction(
        (sel) => [...document.querySelectorAll(sel)].every((c) => c.hasAttribute('data-jobsafe-risk')),
        { timeout: 60_000, polling: 'mutation' },
        CARD,
      );
    const now = await page.evaluate(() => performance.now());
    await new Promise((ok) => setTimeout(ok, Math.max(500, WINDOW_MS - now)));
    const buffer = await page.tracing.stop();
    const trace = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as
      { traceEvents: TraceEvent[] } | TraceEvent[];
    return Array.isArray(trace) ? trace : trace.traceEvents;
  } finally {
    await page.close();
  }
}

function mainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

/** Self time (ms) per event name on the renderer main threads, complete events nested by time. */
function selfTimes(events: readonly TraceEvent[], from = -Infinity, to = Infinity): Map<string, number> {
  const main = mainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !main.has(`${e.pid}:${e.tid}`)) continue;
    if (e.ts < from || e.ts > to) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const out = new Map<string, number>();
  const add = (name: string, us: number) => out.set(name, (out.get(name) ?? 0) + us / 1000);
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: { e: TraceEvent; child: number }[] = [];
    const close = (until: number) => {
      while (stack.length) {
        const top = stack[stack.length - 1] as { e: TraceEvent; child: number };
        if (top.e.ts + (top.e.dur ?? 0) > until) break;
        stack.pop();
        add(top.e.name, (top.e.dur ?? 0) - top.child);
        add(`#${top.e.name}`, 1000);
      }
    };
    for (const e of list) {
      close(e.ts);
      const parent = stack[stack.length - 1];
      if (parent) parent.child += e.dur ?? 0;
      stack.push({ e, child: 0 });
    }
    close(Infinity);
  }
  return out;
}

/** Sampled ms per leaf frame, and inclusive ms per frame of the script, over samples with our frames. */
function samples(events: readonly TraceEvent[], prefix: string, from = -Infinity, to = Infinity) {
  const nodes = new Map<string, ProfileNode>();
  const clock = new Map<string, number>();
  const leaf = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const where = f.url?.startsWith(prefix) ? `:${(f.lineNumber ?? 0) + 1}` : f.url ? ' (page)' : '';
    return `${f.functionName || '(anonymous)'}${where}`;
  };
  for (const e of events) {
    if (e.ph !== 'P' || e.id === undefined) continue;
    const profile = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') clock.set(profile, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(`${profile}:${n.id}`, n);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    let t = clock.get(profile) ?? 0;
    ids.forEach((id, k) => {
      t += deltas[k] ?? 0;
      const ms = (deltas[k + 1] ?? deltas[k] ?? 0) / 1000;
      if (t < from || t > to) return;
      const chain: ProfileNode[] = [];
      for (let n = nodes.get(`${profile}:${id}`); n; n = nodes.get(`${profile}:${n.parent}`)) chain.push(n);
      if (!chain.some((n) => n.callFrame.url?.startsWith(prefix))) return;
      const top = chain[0] as ProfileNode;
      leaf.set(name(top), (leaf.get(name(top)) ?? 0) + ms);
      for (const n of new Set(chain.filter((c) => c.callFrame.url?.startsWith(prefix)).map(name)))
        inclusive.set(n, (inclusive.get(n) ?? 0) + ms);
    });
    clock.set(profile, t);
  }
  return { leaf, inclusive };
}

/** The rendering passes printed by printLayouts. */
const PASSES = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/** Style, layout, pre-paint, paint and compositing passes of 2 ms or more, with the script frames that forced them. */
function printLayouts(label: string, events: readonly TraceEvent[]): void {
  const main = mainThreads(events);
  const nav = Math.min(
    ...events.filter((e) => e.name === 'ParseHTML' && main.has(`${e.pid}:${e.tid}`)).map((e) => e.ts),
  );
  console.log(`  ${label}: rendering passes >= 2 ms (ms after navigation start: duration, forced by)`);
  for (const e of events) {
    if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`) || (e.dur ?? 0) < 2000) continue;
    if (!PASSES.has(e.name)) continue;
    const data = e.args as {
      beginData?: {
        dirtyObjects?: number;
        totalObjects?: number;
        stackTrace?: { functionName?: string; lineNumber?: number }[];
      };
      elementCount?: number;
    };
    const stack = (data?.beginData?.stackTrace ?? [])
      .slice(0, 4)
      .map((f) => `${f.functionName}:${f.lineNumber}`)
      .join(' < ');
    const objects =
      data?.beginData?.dirtyObjects !== undefined
        ? ` ${data.beginData.dirtyObjects}/${data.beginData.totalObjects}`
        : '';
    console.log(
      `    ${((e.ts - nav) / 1000).toFixed(0).padStart(5)} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}${objects} ${data?.elementCount ?? ''} ${stack}`,
    );
  }
}

/** The longest main-thread tasks whose samples hold the script's frames: what is in them. */
function printLongTasks(events: readonly TraceEvent[], prefix: string, anyTask = false): void {
  const main = mainThreads(events);
  const start = Math.min(
    ...events.filter((e) => e.name === 'ParseHTML' && main.has(`${e.pid}:${e.tid}`)).map((e) => e.ts),
  );
  const tasks = events
    .filter(
      (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`),
    )
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 40);
  let shown = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const { leaf } = samples(events, prefix, task.ts, end);
    if ((!leaf.size && !anyTask) || shown++ >= 8) continue;
    const self = selfTimes(events, task.ts, end);
    console.log(
      `  task at +${((task.ts - start) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms`,
    );
    const spent = new Map([...self].filter(([n]) => !n.startsWith('#')));
    console.log(
      `    events: ${top(spent, 6)
        .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
        .join('; ')}`,
    );
    console.log(
      `    frames: ${top(leaf, 8)
        .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
        .join('; ')}`,
    );
  }
}

const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
const sum = (m: Map<string, number>) =>
  [...m.entries()].filter(([k]) => !k.startsWith('#')).reduce((s, [, x]) => s + x, 0);

/**
 * The browser for a with/without pair: a 50-card warm-up page, and the `cards` listing under a host the
 * content script reads and one it does not.
 */
async function abBrowser(cards: number): Promise<{ b: E2EBrowser; path: string }> {
  const page50 = perfListingHtml({ cards: 50, tail: PROBE_SCRIPT });
  const big = perfListingHtml({ cards, tail: PROBE_SCRIPT, seed: 2 });
  const path = `/search/vacancy/ab-${cards}`;
  const b = await launchBrowser({
    routes: [
      { host: 'hh.ru', path: '/search/vacancy/warm', body: page50 },
      { host: 'hh.ru', path, body: big },
      { host: 'example.org', path, body: big },
    ],
  });
  return { b, path };
}

/**
 * `--ab N`: no tracing, N loads without and with the extension in turn in one browser (after the warm-up),
 * the added main-thread time (perf-measure.ts) of each pair and their median: a quick check of one change.
 */
async function ab(pairs: number, cards: number): Promise<void> {
  const { b, path } = await abBrowser(cards);
  try {
    for (let i = 0; i < 2; i++)
      await runListing(b, b.serverUrl('hh.ru', '/search/vacancy/warm'), { expectBadges: true });
    const added: number[] = [];
    const script: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const opts = { settleMs: 1_000, windowMs: WINDOW_MS, timeoutMs: 60_000 };
      const without = await runListing(b, b.serverUrl('example.org', path), { ...opts, expectBadges: false });
      const withExt = await runListing(b, b.serverUrl('hh.ru', path), { ...opts, expectBadges: true });
      added.push(withExt.taskMs - without.taskMs);
      script.push(withExt.scriptMs - without.scriptMs);
      console.log(
        `  pair ${i + 1}: without ${without.taskMs.toFixed(0)} ms, with ${withExt.taskMs.toFixed(0)} ms, added ${(withExt.taskMs - without.taskMs).toFixed(0)} ms (script ${(withExt.scriptMs - without.scriptMs).toFixed(0)}), all marked at ${withExt.probe.allBadgedAt?.toFixed(0)} ms`,
      );
    }
    console.log(`  median added ${median(added).toFixed(0)} ms, script ${median(script).toFixed(0)} ms`);
  } finally {
    await b.close();
  }
}

/**
 * The tab's main-thread CPU time (tasks' thread time) after the page's parsing ended, and in all: the
 * parsing phase is the page's own work and varies most from load to load (the parser yields on a clock,
 * and each yield lays out what came so far), while the content script starts only after it.
 */
function mainThreadCpu(events: readonly TraceEvent[]): {
  afterParseMs: number;
  totalMs: number;
  selfAfterParse: Map<string, number>;
} {
  const parse = new Map<string, TraceEvent[]>();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'ParseHTML') {
      const key = `${e.pid}:${e.tid}`;
      parse.set(key, [...(parse.get(key) ?? []), e]);
    }
  const busy = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const [thread, parses] = [...parse.entries()].sort((a, b) => busy(b[1]) - busy(a[1]))[0] ?? ['', []];
  const parseEnd = Math.max(...parses.map((e) => e.ts + (e.dur ?? 0)));
  const tasks = events
    .filter((e) => e.ph === 'X' && TASKS.has(e.name) && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let openUntil = -Infinity;
  let after = 0;
  let total = 0;
  for (const t of tasks) {
    if (t.ts < openUntil) continue;
    openUntil = t.ts + (t.dur ?? 0);
    const cpu = (t.tdur ?? t.dur ?? 0) / 1000;
    total += cpu;
    if (t.ts >= parseEnd) after += cpu;
  }
  return { afterParseMs: after, totalMs: total, selfAfterParse: selfTimes(events, parseEnd) };
}
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** `--ab-trace N`: as --ab, read from a light trace: the added CPU time after parsing, and in all. */
async function abTrace(pairs: number, cards: number): Promise<void> {
  const { b, path } = await abBrowser(cards);
  const light = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
  const self0 = new Map<string, number>();
  const self1 = new Map<string, number>();
  const addAll = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v / pairs);
  };
  try {
    for (let i = 0; i < 2; i++) await traced(b, b.serverUrl('hh.ru', '/search/vacancy/warm'), true, light);
    const after: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const w0 = mainThreadCpu(await traced(b, b.serverUrl('example.org', path), false, light));
      const w1 = mainThreadCpu(await traced(b, b.serverUrl('hh.ru', path), true, light));
      addAll(self0, w0.selfAfterParse);
      addAll(self1, w1.selfAfterParse);
      after.push(w1.afterParseMs - w0.afterParseMs);
      total.push(w1.totalMs - w0.totalMs);
      console.log(
        `  pair ${i + 1}: after parsing ${w0.afterParseMs.toFixed(0)} / ${w1.afterParseMs.toFixed(0)} ms, in all ${w0.totalMs.toFixed(0)} / ${w1.totalMs.toFixed(0)} ms`,
      );
    }
    const names = new Set([...self0.keys(), ...self1.keys()]);
    const diff = new Map(
      [...names].filter((n) => !n.startsWith('#')).map((n) => [n, (self1.get(n) ?? 0) - (self0.get(n) ?? 0)]),
    );
    for (const n of [
      '#Commit',
      '#PrePaint',
      '#FunctionCall',
      '#RunMicrotasks',
      '#ThreadControllerImpl::RunTask',
      '#IntersectionObserverController::computeIntersections',
    ])
      console.log(
        `    count ${n.slice(1)}: ${(self0.get(n) ?? 0).toFixed(0)} / ${(self1.get(n) ?? 0).toFixed(0)}`,
      );
    console.log('  after parsing, mean self ms per event (without / with / added):');
    for (const [n, d] of top(diff, 16))
      console.log(
        `    ${n.padEnd(48)} ${(self0.get(n) ?? 0).toFixed(1).padStart(7)} ${(self1.get(n) ?? 0).toFixed(1).padStart(7)} ${d.toFixed(1).padStart(7)}`,
      );
    console.log(
      `  median added: after parsing ${median(after).toFixed(0)} ms, in all ${median(total).toFixed(0)} ms`,
    );
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--ab-trace')
    return abTrace(Number(process.argv[3] ?? 5), Number(process.argv[4] ?? 1000));
  if (process.argv[2] === '--ab') return ab(Number(process.argv[3] ?? 5), Number(process.argv[4] ?? 1000));
  const rounds = Math.max(1, Number(process.argv[2] ?? 2));
  const cards = Number(process.argv[3] ?? 1000);
  const page50 = perfListingHtml({ cards: 50, tail: PROBE_SCRIPT });
  const big = perfListingHtml({ cards, tail: PROBE_SCRIPT, seed: 2 });
  const path = `/search/vacancy/profile-${cards}`;
  for (let r = 0; r < rounds; r++) {
    const b = await launchBrowser({
      routes: [
        { host: 'hh.ru', path: '/search/vacancy/warm', body: page50 },
        { host: 'hh.ru', path, body: big },
        { host: 'example.org', path, body: big },
      ],
    });
    try {
      // Warm as in the benchmark: the worker has compiled its catalogue, the browser has seen the page.
      for (let i = 0; i < 2; i++) await traced(b, b.serverUrl('hh.ru', '/search/vacancy/warm'), true);
      const without = await traced(b, b.serverUrl('example.org', path), false);
      const withExt = await traced(b, b.serverUrl('hh.ru', path), true);
      const s0 = selfTimes(without);
      const s1 = selfTimes(withExt);
      const names = new Set([...s0.keys(), ...s1.keys()]);
      const diff = new Map(
        [...names].filter((n) => !n.startsWith('#')).map((n) => [n, (s1.get(n) ?? 0) - (s0.get(n) ?? 0)]),
      );
      console.log(
        `\nround ${r + 1}: ${cards} cards, renderer main threads, self ms (without / with / added)`,
      );
      console.log(
        `  total  ${sum(s0).toFixed(0)} / ${sum(s1).toFixed(0)} / ${(sum(s1) - sum(s0)).toFixed(0)}`,
      );
      for (const [n, d] of top(diff, 22))
        console.log(
          `  ${n.padEnd(48)} ${(s0.get(n) ?? 0).toFixed(1).padStart(7)} ${(s1.get(n) ?? 0).toFixed(1).padStart(7)} ${d.toFixed(1).padStart(7)}`,
        );
      const prefix = `chrome-extension://${b.extensionId}/`;
      const { leaf, inclusive } = samples(withExt, prefix);
      console.log(`  sampled in the content script's stacks: ${sum(leaf).toFixed(0)} ms; by leaf frame:`);
      for (const [n, ms] of top(leaf, 30)) console.log(`    ${ms.toFixed(1).padStart(6)}  ${n}`);
      console.log("  inclusive, the script's own functions:");
      for (const [n, ms] of top(inclusive, 30)) console.log(`    ${ms.toFixed(1).padStart(6)}  ${n}`);
      printLayouts('without', without);
      printLayouts('with', withExt);
      console.log('  without: the longest tasks');
      printLongTasks(without, prefix, true);
      console.log('  with: the longest tasks running the extension');
      printLongTasks(withExt, prefix);
      const tasks = extensionTasks(withExt, b.extensionId);
      console.log(
        `  extension tasks: ${tasks.count}, ${tasks.totalMs.toFixed(0)} ms; longest ${tasks.longestMs.map((x) => x.toFixed(0)).join(', ')}`,
      );
    } finally {
      await b.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
