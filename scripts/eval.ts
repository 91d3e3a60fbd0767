/**
 * `npm run eval [-- FILE...] [--verbose]`: how well the analyzer does on labelled ads.
 *
 * Without files it reads every set: the development sets (tests/corpus/dev/*.jsonl, and
 * ../shared/corpora/lures-dev.jsonl when present: tune on these freely), the test set
 * (tests/corpus/test/*.jsonl: written blind, never used to write rules) and the real ordinary ads of
 * ../shared/corpora (false-alarm rates). Per set and per labelled language it prints:
 *   high      labelled high, got high          detect   labelled high, got any warning
 *   caution   labelled caution, any warning    none>hi  labelled none, got high
 *   none>any  labelled none, any warning       clear?   in a language JobSafe lacks, yet wholly read and clear
 * `--verbose` lists the misses and false alarms of development files, with the rules that fired. It lists
 * nothing for the test set: looking at its misses would turn it into a development set.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAd } from '../src/analysis/index';
import { LevelSchema, type Assessment, type Level } from '../src/analysis/types';
import { isCheckedLang } from '../src/languages/table';
import { readAds } from './lib/ads-input';
import { CORPORA_DIR, loadRealCorpora } from './lib/real-corpora';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV_DIR = path.join(ROOT, 'tests/corpus/dev');
const TEST_DIR = path.join(ROOT, 'tests/corpus/test');
const SHARED_DEV = path.join(CORPORA_DIR, 'lures-dev.jsonl');

interface Row {
  id: string;
  /** The language the file labels the ad with (ru, en, uk, ru-translit, kk…). */
  lang: string;
  label: Level;
  got: Assessment;
}

const pct = (n: number, d: number) => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1).padStart(5)}`);

/** The labelled language's base: "ru-translit" -> "ru", "ru-uk" -> "ru"; "kk" stays "kk". */
const baseLang = (lang: string) => lang.split('-')[0] ?? lang;

function line(name: string, rows: Row[]): string {
  const by = (l: Level) => rows.filter((r) => r.label === l);
  const n = (rs: Row[], pred: (r: Row) => boolean) => rs.filter(pred).length;
  const high = by('high');
  const caution = by('caution');
  const none = by('none');
  const unread = rows.filter((r) => !isCheckedLang(baseLang(r.lang)));
  const cells = [
    pct(
      n(high, (r) => r.got.level === 'high'),
      high.length,
    ),
    pct(
      n(high, (r) => r.got.level !== 'none'),
      high.length,
    ),
    pct(
      n(caution, (r) => r.got.level !== 'none'),
      caution.length,
    ),
    pct(
      n(none, (r) => r.got.level === 'high'),
      none.length,
    ),
    pct(
      n(none, (r) => r.got.level !== 'none'),
      none.length,
    ),
    unread.length === 0
      ? '    -'
      : String(n(unread, (r) => r.got.checked && !r.got.partial && r.got.level === 'none')).padStart(5),
  ];
  const counts = `${rows.length} (${high.length}/${caution.length}/${none.length})`;
  return `  ${name.padEnd(14)} ${counts.padStart(16)}  ${cells.map((c) => c.padStart(8)).join('')}`;
}

const HEADER = `  ${'lang'.padEnd(14)} ${'ads (h/c/n)'.padStart(16)}  ${['high%', 'detect%', 'caution%', 'none>hi%', 'none>any', 'clear?'].map((c) => c.padStart(8)).join('')}`;

async function readRows(file: string): Promise<{ rows: Row[]; rejected: number }> {
  const rows: Row[] = [];
  let rejected = 0;
  for await (const entry of readAds(file)) {
    if ('error' in entry) {
      rejected++;
      console.error(`eval: ${path.basename(file)} line ${entry.line}: ${entry.error}`);
      continue;
    }
    const label = LevelSchema.safeParse(entry.raw.label);
    if (!label.success) {
      rejected++;
      console.error(`eval: ${path.basename(file)} line ${entry.line}: "label" must be none, caution or high`);
      continue;
    }
    // The file's `lang` labels the ad; the analyzer gets no hint (it must tell the language itself).
    const { lang: labelled, ...ad } = entry.ad;
    const got = await analyzeAd(ad);
    rows.push({
      id: String(entry.ad.id ?? `line ${entry.line}`),
      lang: typeof labelled === 'string' ? labelled : got.lang,
      label: label.data,
      got,
    });
  }
  return { rows, rejected };
}

function report(title: string, rows: Row[]): string[] {
  const out = [`== ${title}`, HEADER, line('all', rows)];
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort()) {
    out.push(
      line(
        lang,
        rows.filter((r) => r.lang === lang),
      ),
    );
  }
  return out;
}

function misses(rows: Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const miss =
      (r.label === 'high' && r.got.level !== 'high') || (r.label === 'caution' && r.got.level === 'none');
    const alarm = r.label === 'none' && r.got.level !== 'none';
    if (!miss && !alarm) continue;
    const rules = r.got.findings.map((f) => `${f.rule}(${f.strength[0]})`).join(' ') || '-';
    out.push(
      `  ${miss ? 'MISS ' : 'ALARM'} ${r.id} [${r.got.lang}] label=${r.label} got=${r.got.level}: ${rules}`,
    );
  }
  return out;
}

const jsonl = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];

async function realCorpora(): Promise<string[]> {
  const files = loadRealCorpora();
  if (!files) return [`== real ordinary ads: skipped, ${CORPORA_DIR} is absent`];
  const out = ['== real ordinary ads (../shared/corpora): goal <= 0.5% high and <= 1% any warning per file'];
  for (const f of files) {
    const ads = f.ads.filter((a) => !a.fraudulent);
    let high = 0;
    let any = 0;
    for (const a of ads) {
      const r = await analyzeAd(a.ad);
      if (r.level === 'high') high++;
      if (r.level !== 'none') any++;
    }
    out.push(
      `  ${f.name.padEnd(40)} ${String(ads.length).padStart(5)} ads  high ${pct(high, ads.length)}%  any ${pct(any, ads.length)}%`,
    );
  }
  return out;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const given = args.filter((a) => !a.startsWith('-') || a === '-');
  let rejected = 0;
  const out: string[] = [];
  const isTest = (f: string) => path.resolve(f).startsWith(TEST_DIR + path.sep);
  const run = async (title: string, files: string[]) => {
    const all: Row[] = [];
    for (const f of files) {
      const r = await readRows(f);
      rejected += r.rejected;
      all.push(...r.rows);
    }
    out.push(...report(title, all), '');
    if (verbose) {
      if (files.some(isTest)) out.push('  (no misses listed for the test set: it must stay unseen)', '');
      else out.push(...misses(all), '');
    }
  };
  if (given.length > 0) {
    for (const f of given) await run(path.basename(f), [f]);
  } else {
    const dev = jsonl(DEV_DIR);
    if (existsSync(SHARED_DEV)) dev.push(SHARED_DEV);
    else out.push(`(lures-dev.jsonl skipped: ${SHARED_DEV} is absent)`);
    await run('development sets (tune on these)', dev);
    await run('test set (blind: measure, never tune)', jsonl(TEST_DIR));
    out.push(...(await realCorpora()));
  }
  console.log(out.join('\n'));
  return rejected > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  },
);
