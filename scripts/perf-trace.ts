/**
 * What the extension's own tasks cost on the page's main thread, from a Chromium trace: every task of
 * the tab's renderer main thread that runs the content script's code (its injection, its idle
 * callbacks, its message answers, its observer callbacks), with the task's whole duration. The Long
 * Tasks API in the page cannot tell whose a long task is; the trace can, because every JS entry point
 * (FunctionCall, EvaluateScript, …) names the script it runs, and the content script's is
 * chrome-extension://<id>/content-scripts/….
 *
 * Most of the content script's entry points (idle callbacks, answers from the extension's messaging)
 * emit no FunctionCall event, so the V8 sampling profiler is traced too: a task that holds a sample
 * whose stack has one of the content script's frames runs the extension's code.
 *
 * A task counted here may also hold page work (a page script whose DOM change runs our
 * MutationObserver callback in its microtasks), so these are upper bounds; the style and layout the
 * badges cause in the next rendering task are not in them (the added main-thread time, measured apart
 * in perf-measure.ts, covers those).
 */
import type { Page } from 'puppeteer';

/** Trace categories: tasks (toplevel), JS entry points with their script URL (devtools.timeline). */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];
/** Names of the top-level task events, across Chromium versions. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number };
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      stackTrace?: { url?: string }[];
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface ExtensionTasks {
  /** Tasks of the tab's main thread that ran the content script's code. */
  count: number;
  /** The longest of them, whole task, in ms. */
  maxMs: number;
  /** All of them together, in ms. */
  totalMs: number;
  /** The five longest, in ms, longest first. */
  longestMs: number[];
  /** Time the profiler saw in the content script's code (sampled), in ms. */
  sampledJsMs: number;
  /**
   * The longest rendering task (one that ran pre-paint) after the content script's first task, whole,
   * in ms, whether or not it ran the script's code: the frames that draw the badges. The page loads
   * before the content script starts (document_idle) and draws no frames of its own afterwards, so
   * these are the extension's frames.
   */
  frameMaxMs: number;
}

/** `pid:tid` → timestamps (µs) of the profiler samples whose stack holds one of the script's frames. */
function extensionSamples(events: readonly TraceEvent[], ours: (url: string) => boolean) {
  const threads = new Map<string, string>();
  const clock = new Map<string, number>();
  const nodes = new Map<string, Map<number, ProfileNode>>();
  const verdict = new Map<string, boolean>();
  const out = new Map<string, number[]>();
  let sampledUs = 0;
  for (const e of events) {
    if (e.ph !== 'P' || e.id === undefined) continue;
    const profile = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      threads.set(profile, `${e.pid}:${e.tid}`);
      clock.set(profile, e.args?.data?.startTime ?? e.ts);
      nodes.set(profile, new Map());
      continue;
    }
    const thread = threads.get(profile);
    const known = nodes.get(profile);
    if (e.name !== 'ProfileChunk' || !thread || !known) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) known.set(n.id, n);
    const isOurs = (id: number): boolean => {
      const memo = verdict.get(`${profile}:${id}`);
      if (memo !== undefined) return memo;
      const n = known.get(id);
      const result = !!n && (ours(n.callFrame.url ?? '') || (n.parent !== undefined && isOurs(n.parent)));
      verdict.set(`${profile}:${id}`, result);
      return result;
    };
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    let t = clock.get(profile) ?? 0;
    samples.forEach((id, k) => {
      const delta = deltas[k] ?? 0;
      t += delta;
      if (!isOurs(id)) return;
      sampledUs += delta;
      const list = out.get(thread) ?? [];
      list.push(t);
      out.set(thread, list);
    });
    clock.set(profile, t);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return { byThread: out, sampledMs: sampledUs / 1000 };
}

/** Starts a trace on `page`; the returned function stops it and sums up the extension's tasks. */
export async function traceExtensionTasks(
  page: Page,
  extensionId: string,
): Promise<() => Promise<ExtensionTasks>> {
  await page.tracing.start({ categories: CATEGORIES });
  return async () => {
    const buffer = await page.tracing.stop();
    const trace = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as
      { traceEvents: TraceEvent[] } | TraceEvent[];
    return extensionTasks(Array.isArray(trace) ? trace : trace.traceEvents, extensionId);
  };
}

export function extensionTasks(events: readonly TraceEvent[], extensionId: string): ExtensionTasks {
  const prefix = `chrome-extension://${extensionId}/`;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const isOurUrl = (url: string) => url.startsWith(prefix);
  const ours = (e: TraceEvent): boolean => {
    const data = e.args?.data;
    return isOurUrl(data?.url ?? '') || isOurUrl(data?.stackTrace?.[0]?.url ?? '');
  };
  const samples = extensionSamples(events, isOurUrl);
  // The outermost task events only: Chromium nests RunTask inside ThreadControllerImpl::RunTask.
  const tasks: TraceEvent[] = [];
  const all = events
    .filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name) && onMain(e) && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const openUntil = new Map<string, number>();
  for (const e of all) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (openUntil.get(thread) ?? -Infinity)) continue;
    openUntil.set(thread, e.ts + (e.dur ?? 0));
    tasks.push(e);
  }
  const entries = events.filter((e) => e.ph === 'X' && onMain(e) && ours(e)).sort((a, b) => a.ts - b.ts);

  const durations: number[] = [];
  const prePaints = events.filter((e) => e.ph === 'X' && onMain(e) && e.name === 'PrePaint');
  let firstOurs = Infinity;
  let frameMaxMs = 0;
  let i = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (i < entries.length && (entries[i] as TraceEvent).ts < task.ts) i++;
    let hit = false;
    for (let j = i; j < entries.length && (entries[j] as TraceEvent).ts <= end; j++) {
      const e = entries[j] as TraceEvent;
      if (e.pid === task.pid && e.tid === task.tid) {
        hit = true;
        break;
      }
    }
    const sampled = samples.byThread.get(`${task.pid}:${task.tid}`) ?? [];
    if (!hit) hit = sampled.some((t) => t >= task.ts && t <= end);
    if (hit) {
      durations.push((task.dur ?? 0) / 1000);
      firstOurs = Math.min(firstOurs, task.ts);
    }
    const renders = prePaints.some(
      (e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= end,
    );
    if (renders && task.ts > firstOurs) frameMaxMs = Math.max(frameMaxMs, (task.dur ?? 0) / 1000);
  }
  durations.sort((a, b) => b - a);
  return {
    count: durations.length,
    maxMs: durations[0] ?? 0,
    totalMs: durations.reduce((s, d) => s + d, 0),
    longestMs: durations.slice(0, 5),
    sampledJsMs: samples.sampledMs,
    frameMaxMs,
  };
}
