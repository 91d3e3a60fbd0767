/**
 * The content script's own work on a long listing, counted and timed without the rest of the extension:
 * the real page controller, hh.ru adapter, marking and badges, bundled and run in an isolated world of
 * Chromium (as a content script is) on a generated 1,000-card listing (scripts/perf-listing.ts), with a
 * background double that answers each batch in a new task with the real analyzer's results, computed
 * here in Node beforehand and structured-cloned as messaging would. The page is served under a host the
 * real content script does not match, so only the lab's copy runs.
 *
 * Prints the tab's main-thread CPU time from the controller's start until the last answer is drawn
 * (median and spread), and with --count the DOM calls the lab's world made per card (each one a crossing
 * into the page's world in a real content script): the counted work behind the numbers of the perf
 * commits, steadier than any clock on a shared machine. The background's own time, the messaging and
 * the script's start-up are not in it (scripts/bench-browser.ts measures the whole).
 *
 * Usage: npx tsx scripts/perf-content-lab.ts [runs=7] [cards=1000] [--count]
 */
import { build, type Plugin } from 'esbuild';
import { analyzeAd } from '../src/analysis';
import { launchBrowser } from '../tests/e2e/harness';
import { listingCards, perfListingHtml } from './perf-listing';
import { median } from './perf-measure';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const RUNS = Number(args[0] ?? 7);
const CARDS = Number(args[1] ?? 1000);
const COUNT = process.argv.includes('--count');
const PAGE_URL = 'https://hh.ru/search/vacancy?text=lab';
const SEED = 2;

/** The DOM calls counted with --count: the ones the adapter, the marking and the badges make. */
const COUNTED = {
  methods: [
    'querySelector',
    'querySelectorAll',
    'matches',
    'closest',
    'getAttribute',
    'setAttribute',
    'removeAttribute',
    'getBoundingClientRect',
  ],
  getters: ['textContent', 'nodeType', 'firstChild', 'nextSibling'],
  layout: ['offsetHeight', 'scrollHeight', 'clientHeight'],
};

/** The lab's entry: the controller wired as src/page/start.ts wires it, and the background double. */
const ENTRY = `
import * as z from 'zod/mini';
import { AnalyzeBatchResultSchema } from '../src/messaging/messages';
import { nextTask } from '../src/page/batches';
import { PageController } from '../src/page/controller';
import { idleSchedule } from '../src/page/observer';
import { PAGE_DEFAULTS } from '../src/page/settings';
import { whenNearViewport } from '../src/page/visibility';
import { adapterFor } from '../src/sites/registry';
z.config({ jitless: true });
const lab = globalThis.__lab;
const counts = {};
if (lab.count) {
  const counted = ${JSON.stringify(COUNTED)};
  const wrap = (proto, name, getter) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (getter) Object.defineProperty(proto, name, { ...d, get() { counts[name] = (counts[name] ?? 0) + 1; return d.get.call(this); } });
    else proto[name] = function (...a) { counts[name] = (counts[name] ?? 0) + 1; return d.value.apply(this, a); };
  };
  for (const m of counted.methods) wrap(Element.prototype, m, false);
  for (const g of counted.getters) wrap(Node.prototype, g, true);
  for (const g of counted.layout) wrap(g === 'offsetHeight' ? HTMLElement.prototype : Element.prototype, g, true);
}
const byKey = new Map(lab.results.map((r) => [r.key, r]));
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const later = (make) => new Promise((ok) => { waiting.push(() => ok(make())); channel.port2.postMessage(0); });
let answered = 0;
const client = {
  analyze(ads) {
    structuredClone(ads);
    return later(() => {
      const parsed = AnalyzeBatchResultSchema.safeParse(structuredClone({ results: ads.map((a) => byKey.get(a.key)) }));
      if (!parsed.success) throw new Error('lab: an answer the contract refuses');
      answered += ads.length;
      // The last answer is drawn in this task; what it queued runs in the next ones.
      if (answered >= byKey.size) setTimeout(lab.done, 100);
      return parsed.data.results;
    });
  },
  report: (r) => (structuredClone(r), later(() => ({ rejected: [], resend: false }))),
  messages: () => later(() => ({})),
  farewell: async () => undefined,
};
lab.start = () => new PageController({ doc: document, url: () => lab.url, adapterFor, client, schedule: idleSchedule(window), whenNear: whenNearViewport(window), pause: nextTask() }, PAGE_DEFAULTS).start();
lab.counts = counts;
`;

/** The extension API is not there in a plain isolated world, nor used by what the lab runs. */
const noBrowser: Plugin = {
  name: 'no-browser',
  setup(lab) {
    lab.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt/browser', namespace: 'lab' }));
    lab.onLoad({ filter: /.*/, namespace: 'lab' }, () => ({ contents: 'export const browser = {};' }));
  },
};

async function results(): Promise<{ key: string }[]> {
  const out = [];
  for (const c of listingCards({ cards: CARDS, seed: SEED })) {
    const url = `https://hh.ru/vacancy/${c.id}`;
    const assessment = await analyzeAd({
      text: c.snippetsHtml.join('\n'),
      title: c.title,
      salary: c.salary,
      employer: c.employer,
      location: c.place,
      url,
      lang: 'ru',
    });
    out.push({ key: `hh:${url}`, assessment, seal: 'lab'.padEnd(22, '-') });
  }
  return out;
}

async function main(): Promise<void> {
  const bundle = (
    await build({
      stdin: { contents: ENTRY, resolveDir: import.meta.dirname, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      target: 'chrome120',
      plugins: [noBrowser],
    })
  ).outputFiles[0]?.text;
  const answers = JSON.stringify(await results());
  const page = perfListingHtml({ cards: CARDS, seed: SEED });
  const b = await launchBrowser({
    routes: [{ host: 'example.org', path: '/search/vacancy/lab', body: page }],
  });
  const cpu: number[] = [];
  let counts: Record<string, number> = {};
  try {
    for (let run = 0; run < RUNS; run++) {
      const tab = await b.page();
      await tab.goto(b.serverUrl('example.org', '/search/vacancy/lab'), { waitUntil: 'load' });
      // The page's own loading frames are over before the lab starts.
      await new Promise((ok) => setTimeout(ok, 700));
      const session = await tab.createCDPSession();
      await session.send('Performance.enable', { timeDomain: 'threadTicks' });
      const taskMs = async () =>
        ((await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
          ?.value ?? 0) * 1000;
      const frameId = (tab.mainFrame() as unknown as { _id: string })._id;
      const { executionContextId: contextId } = await session.send('Page.createIsolatedWorld', {
        frameId,
        worldName: 'jobsafe-lab',
      });
      const evaluate = async (expression: string, awaitPromise = false) => {
        const r = await session.send('Runtime.evaluate', {
          contextId,
          expression,
          awaitPromise,
          returnByValue: true,
        });
        if (r.exceptionDetails) throw new Error(`lab: ${r.exceptionDetails.exception?.description}`);
        return r.result.value as unknown;
      };
      await evaluate(
        `globalThis.__lab = { results: ${answers}, url: ${JSON.stringify(PAGE_URL)}, count: ${COUNT} }`,
      );
      await evaluate(bundle ?? '');
      const before = await taskMs();
      const marked = (await evaluate(
        `new Promise((ok) => { __lab.done = () => ok(document.querySelectorAll('[data-jobsafe-risk]').length); __lab.start(); })`,
        true,
      )) as number;
      cpu.push((await taskMs()) - before);
      if (marked !== CARDS) throw new Error(`lab: ${marked} of ${CARDS} cards marked`);
      counts = (await evaluate('__lab.counts')) as Record<string, number>;
      await tab.close();
    }
  } finally {
    await b.close();
  }
  const xs = cpu.map((x) => x.toFixed(0)).join(', ');
  console.log(
    `content lab: ${CARDS} generated hh.ru cards, the content script's pipeline in an isolated world`,
  );
  console.log(
    `  main-thread CPU from start to the last answer drawn: median ${median(cpu).toFixed(1)} ms (${xs})`,
  );
  if (COUNT) {
    console.log('  DOM calls per card (the last run; counting slows it):');
    for (const [name, n] of Object.entries(counts).sort((a, c) => c[1] - a[1]))
      console.log(`    ${name.padEnd(22)} ${(n / CARDS).toFixed(2)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
