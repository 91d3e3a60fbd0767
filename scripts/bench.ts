/**
 * `npm run bench`: cost of the analyzer on the real ads in ../shared/corpora (skips when absent).
 * Prints ms per ad for analyzeAd and, in the same run over the same texts, for a plain compiled-RegExp
 * scan (every catalogue expression of the ad's language run over the lower-cased text, no prefilter, no
 * negation, no salary or contacts): the floor a naive matcher would cost. Also the share of ads that
 * reach compromise and its cost. Both are measured after a warm-up pass (RegExp and JIT compilation).
 */
import compiled from '../src/analysis/compiled/catalogue.json';
import { analyzeAd } from '../src/analysis/index';
import { nlpStats } from '../src/analysis/english-nlp';
import { CompiledCatalogueSchema } from '../src/analysis/pattern-schema';
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

async function main(): Promise<void> {
  const files = loadRealCorpora();
  if (!files) {
    console.log(`bench: skipped, ${CORPORA_DIR} is absent`);
    return;
  }
  const ads = files.flatMap((f) => f.ads.map((a) => a.ad));
  const langOf = (lang: string | undefined): CheckedLang => (lang === 'en' ? 'en' : 'ru');

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
  const nlpAds = (nlpStats.ads - nlpBefore.ads) / ROUNDS;
  const nlpMs = (nlpStats.ms - nlpBefore.ms) / ROUNDS;
  console.log(
    `compromise: ${nlpAds} ads per round (${((100 * nlpAds) / ads.length).toFixed(1)}%), ${nlpMs.toFixed(1)} ms per round ` +
      `(${((100 * nlpMs) / analyzerMs).toFixed(1)}% of analyzer time), ${(nlpMs / Math.max(nlpAds, 1)).toFixed(2)} ms per ad that uses it`,
  );
}

await main();
