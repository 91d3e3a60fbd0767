/**
 * `npm run eval -- FILE [--verbose]`: runs the analyzer over labelled JSON Lines (`label`: none | caution |
 * high, plus any analyze input fields) and prints recall per level, false alarms and a confusion matrix,
 * for all ads and per language. --verbose lists every miss and false alarm with the rules that fired.
 */
import { analyzeAd } from '../src/analysis/index';
import { LEVELS, LevelSchema, SUPPORTED_LANGS, type Assessment, type Level } from '../src/analysis/types';
import { readAds } from './lib/ads-input';

interface Row {
  id: string;
  lang: string;
  label: Level;
  got: Assessment;
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function report(title: string, rows: Row[]): string[] {
  const out = [`== ${title}: ${rows.length} ads`];
  const by = (label: Level) => rows.filter((r) => r.label === label);
  const high = by('high');
  const caution = by('caution');
  const none = by('none');
  const n = (rs: Row[], pred: (l: Level) => boolean) => rs.filter((r) => pred(r.got.level)).length;
  out.push(
    `recall high     (labelled high -> high):            ${pct(
      n(high, (l) => l === 'high'),
      high.length,
    )}  of ${high.length}`,
  );
  out.push(
    `recall high     (labelled high -> any warning):     ${pct(
      n(high, (l) => l !== 'none'),
      high.length,
    )}  of ${high.length}`,
  );
  out.push(
    `recall caution  (labelled caution -> any warning):  ${pct(
      n(caution, (l) => l !== 'none'),
      caution.length,
    )}  of ${caution.length}`,
  );
  out.push(
    `recall caution  (labelled caution -> caution):      ${pct(
      n(caution, (l) => l === 'caution'),
      caution.length,
    )}  of ${caution.length}`,
  );
  out.push(
    `false alarms    (labelled none -> high):            ${pct(
      n(none, (l) => l === 'high'),
      none.length,
    )}  of ${none.length}`,
  );
  out.push(
    `false alarms    (labelled none -> any warning):     ${pct(
      n(none, (l) => l !== 'none'),
      none.length,
    )}  of ${none.length}`,
  );
  out.push('confusion (rows: label, columns: analyzer)');
  out.push(`  ${'label'.padEnd(8)}${LEVELS.map((l) => l.padStart(9)).join('')}`);
  for (const label of LEVELS) {
    const rs = by(label);
    out.push(`  ${label.padEnd(8)}${LEVELS.map((l) => String(n(rs, (x) => x === l)).padStart(9)).join('')}`);
  }
  return out;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const file = args.find((a) => !a.startsWith('-') || a === '-');
  if (!file) {
    console.error('usage: eval FILE|- [--verbose]');
    return 2;
  }
  const rows: Row[] = [];
  let rejected = 0;
  for await (const entry of readAds(file)) {
    if ('error' in entry) {
      rejected++;
      console.error(`eval: line ${entry.line}: ${entry.error}`);
      continue;
    }
    const label = LevelSchema.safeParse(entry.raw.label);
    if (!label.success) {
      rejected++;
      console.error(`eval: line ${entry.line}: "label" must be none, caution or high`);
      continue;
    }
    const got = await analyzeAd(entry.ad);
    rows.push({ id: String(entry.ad.id ?? `line ${entry.line}`), lang: got.lang, label: label.data, got });
  }
  const out = report('all', rows);
  // Ads in other languages are not analyzed (the catalogue is ru and en): recall on what is covered.
  const covered = rows.filter((r) => r.got.checked);
  if (covered.length < rows.length) {
    out.push('', ...report(`covered languages (${SUPPORTED_LANGS.join(', ')})`, covered));
  }
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort()) {
    out.push(
      '',
      ...report(
        `lang ${lang}`,
        rows.filter((r) => r.lang === lang),
      ),
    );
  }
  if (verbose) {
    out.push('', 'misses and false alarms:');
    for (const r of rows) {
      const miss =
        (r.label === 'high' && r.got.level !== 'high') || (r.label === 'caution' && r.got.level === 'none');
      const alarm = r.label === 'none' && r.got.level !== 'none';
      if (!miss && !alarm) continue;
      const rules = r.got.findings.map((f) => `${f.rule}(${f.strength[0]})`).join(' ') || '-';
      out.push(`  ${miss ? 'MISS ' : 'ALARM'} ${r.id} label=${r.label} got=${r.got.level}: ${rules}`);
    }
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
