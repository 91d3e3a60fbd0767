/**
 * What one frame of badges costs the page's rendering, without the extension around it: a generated
 * 1,000-card hh.ru listing in plain Chromium, and badge-like hosts (a <div> with a closed shadow root,
 * the badge's real stylesheet, the closed badge's markup) inserted into the first N cards in one task,
 * traced. Prints the renderer's self time per rendering phase in the frame that follows (style, layout,
 * pre-paint, paint, compositing inputs, commit) and the layout objects the layout touched, per variant,
 * each measured `reps` times in a fresh tab and the median taken. Counted work, not the whole pipeline:
 * for deciding how a host should be styled and inserted (scripts/bench-browser.ts measures the rest).
 *
 * Usage: npx tsx scripts/perf-badge-lab.ts [reps=5] [n=24] [cards=1000] [variant…]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { BADGE_CSS } from '../src/ui/badge/styles';
import { chromiumPath } from '../tests/e2e/harness/chromium';
import { perfListingHtml } from './perf-listing';
import { median } from './perf-measure';
import type { TraceEvent } from './perf-trace';

/** Extra CSS for the shadow root, per variant (appended to BADGE_CSS), and where the host goes. */
interface Variant {
  css?: string;
  /** Host inline style (as the page would see it). */
  hostStyle?: string;
  /** Insert into every card (not only the first n). */
  all?: boolean;
  /** Insert empty hosts into all cards first (a frame), then fill the first n. */
  preinsert?: boolean;
  /** Also mark every card in the same task, as the content script does (its key and level). */
  marks?: boolean;
  /** No hosts at all. */
  none?: boolean;
}
const VARIANTS: Record<string, Variant> = {
  current: {},
  nozindex: { css: ':host{position:static!important;z-index:auto!important}' },
  nocv: { css: '.badge{content-visibility:visible!important}' },
  strict: { css: ':host{contain:strict!important;width:180px!important;height:30px!important}' },
  layoutpaint: { css: ':host{contain:layout paint style!important}' },
  strictstatic: {
    css: ':host{contain:strict!important;width:180px!important;height:30px!important;position:static!important;z-index:auto!important}',
  },
  all: { all: true },
  absolute: { css: ':host{position:absolute!important}' },
  marks: { marks: true },
  marksonly: { marks: true, none: true },
  preinsert: { preinsert: true },
};

const PHASES = [
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'Commit',
  'FunctionCall',
  'EvaluateScript',
];

async function measure(b: Browser, file: string, n: number, v: Variant): Promise<Map<string, number>> {
  const page = await b.newPage();
  try {
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    await new Promise((ok) => setTimeout(ok, 500));
    await page.evaluate(
      (css) => {
        const w = window as unknown as { __sheet: CSSStyleSheet };
        w.__sheet = new CSSStyleSheet();
        w.__sheet.replaceSync(css);
      },
      BADGE_CSS + (v.css ?? ''),
    );
    if (v.preinsert) {
      await page.evaluate(() => {
        const w = window as unknown as { __hosts: HTMLElement[] };
        w.__hosts = [];
        for (const h of document.querySelectorAll('[data-qa~="vacancy-serp__vacancy"] h2')) {
          const host = document.createElement('div');
          host.setAttribute('data-jobsafe-badge', '');
          h.after(host);
          w.__hosts.push(host);
        }
      });
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
    }
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.evaluate(
      (n, all, hostStyle, preinsert, marks, none) =>
        new Promise<void>((done) => {
          setTimeout(() => {
            console.timeStamp('lab-start');
            const w = window as unknown as { __sheet: CSSStyleSheet; __hosts?: HTMLElement[] };
            const heads = [...document.querySelectorAll('[data-qa~="vacancy-serp__vacancy"] h2')];
            const count = none ? 0 : all ? heads.length : n;
            if (marks)
              for (const card of document.querySelectorAll('[data-qa~="vacancy-serp__vacancy"]')) {
                card.setAttribute('data-jobsafe-key', 'hh:' + Math.random().toString(36).slice(2));
                card.setAttribute('data-jobsafe-risk', 'none');
              }
            for (let i = 0; i < count; i++) {
              const host = preinsert ? w.__hosts![i]! : document.createElement('div');
              if (!preinsert) host.setAttribute('data-jobsafe-badge', '');
              if (hostStyle) host.setAttribute('style', hostStyle);
              const shadow = host.attachShadow({ mode: 'closed' });
              shadow.adoptedStyleSheets = [w.__sheet];
              shadow.innerHTML =
                '<div class="badge caution"><button class="toggle" type="button" aria-expanded="false">' +
                '<svg class="icon" viewBox="0 0 24 24"><path class="shape" d="M12 2 L22 21 L2 21 Z"></path>' +
                '<path class="mark" d="M12 9v5"></path></svg><span class="brand">JobSafe:</span>' +
                '<span class="word">Caution</span><span class="partly" hidden></span></button>' +
                '<div class="panel" hidden role="group"></div></div>';
              if (!preinsert) heads[i]!.after(host);
            }
            requestAnimationFrame(() => setTimeout(() => setTimeout(done, 50), 0));
          }, 0);
        }),
      n,
      !!v.all,
      v.hostStyle ?? '',
      !!v.preinsert,
      !!v.marks,
      !!v.none,
    );
    const buffer = await page.tracing.stop();
    const trace = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    return phases(trace.traceEvents);
  } finally {
    await page.close();
  }
}

/** Self ms per phase on the renderer main thread after the lab-start marker; layout objects touched. */
function phases(events: TraceEvent[]): Map<string, number> {
  const mark = events.find((e) => e.name === 'TimeStamp' && JSON.stringify(e.args).includes('lab-start'));
  const out = new Map<string, number>();
  if (!mark) return out;
  const thread = `${mark.pid}:${mark.tid}`;
  const list = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.ts >= mark.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { e: TraceEvent; child: number }[] = [];
  const add = (k: string, x: number) => out.set(k, (out.get(k) ?? 0) + x);
  const close = (until: number) => {
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.e.ts + (top.e.dur ?? 0) > until) break;
      stack.pop();
      if (PHASES.includes(top.e.name)) add(top.e.name, ((top.e.dur ?? 0) - top.child) / 1000);
    }
  };
  for (const e of list) {
    close(e.ts);
    // Children that are phases count apart; others count in their phase parent.
    const parent = stack[stack.length - 1];
    if (parent && PHASES.includes(e.name)) parent.child += e.dur ?? 0;
    if (PHASES.includes(e.name) || !parent) stack.push({ e, child: 0 });
    if (e.name === 'Layout') {
      const d = (e.args as { beginData?: { dirtyObjects?: number } })?.beginData;
      add('layout objects', d?.dirtyObjects ?? 0);
    }
  }
  close(Infinity);
  return out;
}

async function main(): Promise<void> {
  const reps = Number(process.argv[2] ?? 5);
  const n = Number(process.argv[3] ?? 24);
  const cards = Number(process.argv[4] ?? 1000);
  const names = process.argv.slice(5).length ? process.argv.slice(5) : Object.keys(VARIANTS);
  const dir = mkdtempSync(join(tmpdir(), 'jobsafe-lab-'));
  const file = join(dir, 'listing.html');
  writeFileSync(file, perfListingHtml({ cards, seed: 2 }));
  const b = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
  });
  try {
    const results = new Map<string, Map<string, number>[]>();
    // Interleaved, so a burst of load on the machine hits every variant alike.
    for (let r = 0; r < reps; r++)
      for (const name of names) {
        const v = VARIANTS[name];
        if (!v) throw new Error(`no variant ${name}`);
        results.set(name, [...(results.get(name) ?? []), await measure(b, file, n, v)]);
      }
    const cols = [...PHASES, 'layout objects'];
    console.log(`${cards} cards, ${n} hosts, median of ${reps} (ms self time; layout objects counted)`);
    console.log(`${'variant'.padEnd(14)}${cols.map((c) => c.slice(0, 10).padStart(11)).join('')}   sum`);
    for (const [name, runs] of results) {
      const med = cols.map((c) => median(runs.map((m) => m.get(c) ?? 0)));
      const total = med.slice(0, PHASES.length).reduce((s, x) => s + x, 0);
      console.log(
        `${name.padEnd(14)}${med.map((x) => x.toFixed(1).padStart(11)).join('')}   ${total.toFixed(1)}`,
      );
    }
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
