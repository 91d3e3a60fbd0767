/**
 * `npm run bench`: cost of the analyzer on the real ads in ../shared/corpora (skips when absent).
 * Prints ms per ad for analyzeAd and, in the same run over the same texts, for a plain compiled-RegExp
 * scan (every catalogue expression of the ad's language run over the lower-cased text, no prefilter, no
 * negation, no salary or contacts): the floor a naive matcher would cost. Also the share of ads that
 * reach compromise and its cost. Both are measured after a warm-up pass (RegExp and JIT compilation);
 * before it, the cost of a new process's first ads (what a freshly started background pays).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import compiled from '../src/analysis/compiled/catalogue.json';
import { analyzeAd } from '../src/analysis/index';
import { nlpStats } from '../src/analysis/english-nlp';
import { CompiledCatalogueSchema } from '../src/analysis/pattern-schema';
import type { AdInput } from '../src/analysis/types';
import { readAds } from './lib/ads-input';
import { CORPORA_DIR, loadRealCorpora } from './lib/real-corpora';
import { CHECKED_LANGS, type CheckedLang } from '../src/languages/table';

const catalogue = CompiledCatalogueSchema.parse(compiled);
const plain = Object.fromEntries(
  CHECKED_LANGS.map((lang) => [
    lang,
    catalogue.rules
      .filter((r) => r.lang === lang)
      .flatMap((r) => r.match.flatMap((m) => m.parts.map((p) => new RegExp(p.source, 'g')))),
  ]),
) as Record<CheckedLang, RegExp[]>;

function plainScan(text: string, lang: CheckedLang): number {
  const lower = text.toLowerCase();
  let hits = 0;
  for (const re of plain[lang]) {
    re.lastIndex = 0;
    while (re.exec(lower) !== null) hits++;
  }
  return hits;
}

/** Ads of each real file in the cold rows (a listing page's worth in all), and lures before them. */
const COLD_ADS_PER_FILE = 20;
const COLD_LURES = 40;
const LURES_FILE = path.join(CORPORA_DIR, 'lures-dev.jsonl');

/** CPU time of this process while `work` runs, in ms. */
async function cpuMs(work: () => Promise<void>): Promise<number> {
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const files = loadRealCorpora();
  if (!files) {
    console.log(`bench: skipped, ${CORPORA_DIR} is absent`);
    return;
  }
  const ads = files.flatMap((f) => f.ads.map((a) => a.ad));
  const langOf = (lang: string | undefined): CheckedLang => (lang === 'en' ? 'en' : 'ru');

  // A freshly started background's first ads (Chrome stops an idle worker after 30 s, and the next page
  // starts it again), then the same ads once more. Most of the difference is V8 interpreting each large
  // expression on its first run (it compiles a RegExp to machine code only from the second run, or at once
  // for a subject of 1,000+ characters); running each first on a long blank subject halved the lures'
  // row (878 -> ~480 ms) but cost every later ad ~0.1 ms (0.85 -> 0.98 ms/ad), so it is not done.
  // Lures first (they reach many more expressions than ordinary ads), when their file is there.
  const lures: AdInput[] = [];
  if (existsSync(LURES_FILE))
    for await (const entry of readAds(LURES_FILE)) {
      if ('ad' in entry && lures.length < COLD_LURES) lures.push(entry.ad);
    }
  const first = files.flatMap((f) => f.ads.slice(0, COLD_ADS_PER_FILE).map((a) => a.ad));
  const coldRows: string[] = [];
  for (const [name, set] of [
    [`labelled lures (${path.basename(LURES_FILE)})`, lures],
    ['real ordinary ads', first],
  ] as const) {
    if (set.length === 0) continue;
    const cold = await cpuMs(async () => {
      for (const ad of set) await analyzeAd(ad);
    });
    const again = await cpuMs(async () => {
      for (const ad of set) await analyzeAd(ad);
    });
    coldRows.push(
      `first ${set.length} ${name} of a new process, CPU: ${cold.toFixed(0)} ms; the same ads again: ${again.toFixed(0)} ms`,
    );
  }

  // Warm-up: compiles every RegExp the texts reach, loads compromise if any ad needs it.
  for (const ad of ads) await analyzeAd(ad);
  for (const ad of ads) plainScan(ad.text, langOf(ad.lang));
  const nlpBefore = { ...nlpStats };

  const ROUNDS = 3;
  let analyzerMs = Infinity;
  let analyzerCpuMs = Infinity;
  let plainMs = Infinity;
  let ordinaryMs = 0;
  let ordinary = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    const cpu = process.cpuUsage();
    let ord = 0;
    let ordMs = 0;
    for (const ad of ads) {
      const t0 = performance.now();
      const r = await analyzeAd(ad);
      if (r.findings.length === 0) {
        ord++;
        ordMs += performance.now() - t0;
      }
    }
    analyzerMs = Math.min(analyzerMs, performance.now() - t);
    const used = process.cpuUsage(cpu);
    analyzerCpuMs = Math.min(analyzerCpuMs, (used.user + used.system) / 1000);
    ordinary = ord;
    ordinaryMs = ordMs;
    t = performance.now();
    for (const ad of ads) plainScan(ad.text, langOf(ad.lang));
    plainMs = Math.min(plainMs, performance.now() - t);
  }
  const per = (ms: number) => (ms / ads.length).toFixed(4);
  const chars = ads.reduce((s, a) => s + a.text.length, 0);
  console.log(
    `ads: ${ads.length} from ${files.length} files (mean ${Math.round(chars / ads.length)} chars), best of ${ROUNDS} rounds`,
  );
  console.log(
    `rules: ${catalogue.rules.length}, expressions: ${CHECKED_LANGS.map((l) => `${plain[l].length} ${l}`).join(' + ')}`,
  );
  console.log(`analyzeAd:          ${per(analyzerMs)} ms/ad`);
  // CPU time of this process: on a busy machine wall time also counts the time other work took the core.
  console.log(`analyzeAd, CPU:     ${per(analyzerCpuMs)} ms/ad (goal: <= 1 ms per ordinary ad)`);
  console.log(`plain RegExp scan:  ${per(plainMs)} ms/ad`);
  console.log(`ratio:              ${(analyzerMs / plainMs).toFixed(2)}x (analyzer / plain scan)`);
  console.log(
    `ads without findings: ${ordinary} (${((100 * ordinary) / ads.length).toFixed(1)}%), ${(ordinaryMs / Math.max(ordinary, 1)).toFixed(4)} ms/ad`,
  );
  for (const row of coldRows) console.log(row);
  const nlpAds = (nlpStats.ads - nlpBefore.ads) / ROUNDS;
  const nlpMs = (nlpStats.ms - nlpBefore.ms) / ROUNDS;
  console.log(
    `compromise: ${nlpAds} ads per round (${((100 * nlpAds) / ads.length).toFixed(1)}%), ${nlpMs.toFixed(1)} ms per round ` +
      `(${((100 * nlpMs) / analyzerMs).toFixed(1)}% of analyzer time), ${(nlpMs / Math.max(nlpAds, 1)).toFixed(2)} ms per ad that uses it`,
  );
}

await main();
