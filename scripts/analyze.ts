/**
 * `npm run --silent analyze -- FILE|- [--format json|text] [--sensitivity cautious|balanced|strong-only]`
 *
 * A public contract. Reads JSON Lines `{"id"?, "text", "lang"?, "title"?, "salary"?, "url"?, …}` (or a
 * .txt file as one ad) and writes exactly one JSON line per ad line, in order:
 *   {"id", "level", "score", "lang", "checked", "partial", "findings": [{"rule", "category", "strength",
 *    "evidence", "start", "end"}]}
 * `checked` is false when the text's language is not one the analyzer reads (then `level` is `none` but
 * nothing was checked); `partial` is true when the text was longer than the analyzer reads.
 * (`"field"` is added to a finding only when its offsets point into title/salary/employer). A line that is
 * not JSON or has no text gets `{"id"?, "line", "error"}` in its place and a message on stderr; the exit
 * status is then 1. Blank lines are skipped.
 */
import { analyzeAd } from '../src/analysis/index';
import { SensitivitySchema, type Assessment, type Sensitivity } from '../src/analysis/types';
import { readAds } from './lib/ads-input';
import { textReport } from './lib/report-text';

const USAGE = 'usage: analyze FILE|- [--format json|text] [--sensitivity cautious|balanced|strong-only]';

function parseArgs(argv: string[]): { file: string; format: 'json' | 'text'; sensitivity: Sensitivity } {
  let file: string | undefined;
  let format: 'json' | 'text' = 'json';
  let sensitivity: Sensitivity = 'balanced';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const [, inline] = a.split('=', 2);
      return inline ?? argv[++i];
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const v = value();
      if (v !== 'json' && v !== 'text') throw new Error(`--format must be json or text, not ${v}`);
      format = v;
    } else if (a === '--sensitivity' || a.startsWith('--sensitivity=')) {
      sensitivity = SensitivitySchema.parse(value());
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (file === undefined && (a === '-' || !a.startsWith('-'))) {
      file = a;
    } else {
      throw new Error(`unexpected argument ${a}`);
    }
  }
  if (file === undefined) throw new Error('no input file (use - for stdin)');
  return { file, format, sensitivity };
}

/** The output contract: exactly these keys, in this order; `field` only when not `text`. */
function contractLine(r: Assessment): string {
  return JSON.stringify({
    id: r.id ?? null,
    level: r.level,
    score: r.score,
    lang: r.lang,
    checked: r.checked,
    partial: r.partial,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      strength: f.strength,
      evidence: f.evidence,
      start: f.start,
      end: f.end,
      ...(f.field && f.field !== 'text' ? { field: f.field } : {}),
    })),
  });
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`analyze: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  let rejected = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  for await (const entry of readAds(args.file)) {
    if ('error' in entry) {
      rejected++;
      console.error(`analyze: line ${entry.line}: ${entry.error}`);
      const idPart = entry.id === undefined ? {} : { id: entry.id };
      out.push(
        args.format === 'json'
          ? JSON.stringify({ ...idPart, line: entry.line, error: entry.error })
          : `line ${entry.line}: ERROR ${entry.error}`,
      );
    } else {
      const result = await analyzeAd(entry.ad, { sensitivity: args.sensitivity });
      out.push(args.format === 'json' ? contractLine(result) : `${textReport(entry.ad, result)}\n`);
    }
    if (out.length >= 256) flush();
  }
  flush();
  return rejected > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`analyze: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 2;
  },
);
