/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`) over the Firefox build.
 *
 * web-ext exits 0 on warnings, so a new warning (a remote script, eval, an unsafe innerHTML of our own)
 * would pass unnoticed. This wrapper fails on every error and on every warning that is not listed in
 * ACCEPTED_WARNINGS below with the reason it is accepted.
 *
 * Usage: npx tsx scripts/lint-firefox.ts [dir]   (default .output/firefox-mv2; build it first)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const MessageSchema = z.object({
  code: z.string(),
  message: z.string(),
  description: z.union([z.string(), z.array(z.string())]).optional(),
  file: z.string().optional(),
  line: z.number().nullish(),
});
type LintMessage = z.infer<typeof MessageSchema>;

const ReportSchema = z.object({
  count: z.number(),
  summary: z.object({ errors: z.number(), notices: z.number(), warnings: z.number() }),
  errors: z.array(MessageSchema),
  notices: z.array(MessageSchema),
  warnings: z.array(MessageSchema),
});

interface AcceptedWarning {
  code: string;
  /** Only in files whose path matches. */
  file?: RegExp;
  /**
   * When set, the file's text must pass it: every occurrence of the flagged construct in the bundle is
   * the known, harmless one (so a new eval or innerHTML in the same bundle still fails).
   */
  verify?: (bundle: string) => boolean;
  why: string;
}

/** Every match of `flagged` in `text` lies inside a match of one of `known`. */
function onlyKnown(text: string, flagged: RegExp, known: readonly RegExp[]): boolean {
  const allowed: [number, number][] = known.flatMap((re) =>
    [...text.matchAll(new RegExp(re.source, 'g'))].map((m): [number, number] => [
      m.index,
      m.index + m[0].length,
    ]),
  );
  return [...text.matchAll(new RegExp(flagged.source, 'g'))].every((m) =>
    allowed.some(([a, b]) => m.index >= a && m.index < b),
  );
}

const ACCEPTED_WARNINGS: readonly AcceptedWarning[] = [
  {
    // We support Firefox 115 ESR (still the last Firefox for Windows 7/8 and old macOS, which people
    // looking for work abroad often have). Firefox 140+/142+ read data_collection_permissions; older
    // versions ignore the key, as Mozilla's docs on data collection consent describe.
    code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    why: 'data_collection_permissions is ignored by Firefox 115-139',
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    why: 'data_collection_permissions is ignored by Firefox for Android 115-141',
  },
  {
    // Preact's renderer contains the `dangerouslySetInnerHTML` code path; our code never uses it
    // (tests/e2e/privacy.test.ts checks the sources, tests/e2e/hostile.test.ts the rendered badge).
    // Vite puts Preact into a shared chunk, or inlines it into an entry bundle.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/.*\.js$/,
    verify: (js) => js.includes('dangerouslySetInnerHTML'),
    why: "Preact's dangerouslySetInnerHTML code path (unused by JobSafe)",
  },
  {
    // src/extract/html-text.ts turns JSON-LD descriptions (HTML) into text by parsing them into an inert
    // document: createHTMLDocument() has no browsing context, so no script runs and nothing loads.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(check-page\.js|content-scripts\/[\w-]+\.js)$/,
    verify: innerHtmlOnlyOnInertDocuments,
    why: 'HTML parsed into an inert document (src/extract/html-text.ts)',
  },
  {
    // zod 4 probes whether eval is allowed (`try { return Function(''), true } catch { return false }`)
    // before using its JIT parser. The extension's CSP forbids eval, so the probe fails and zod uses its
    // plain parser. No other Function/eval may be in the bundle.
    code: 'DANGEROUS_EVAL',
    verify: (js) =>
      onlyKnown(js, /\b(Function|eval)\(/, [/try\{return Function\(``\),!0\}catch\{return!1\}/]),
    why: "zod's allowsEval probe, blocked by the extension CSP",
  },
];

/** Every `.innerHTML=` in the bundle targets the body of a document made by createHTMLDocument(). */
function innerHtmlOnlyOnInertDocuments(js: string): boolean {
  const inert = [...js.matchAll(/(\w+)=\w+\.implementation\.createHTMLDocument\(/g)].map((m) => m[1]);
  const targets = [...js.matchAll(/([\w.]+)\.innerHTML=/g)].map((m) => m[1]);
  return targets.length > 0 && targets.every((t) => inert.some((name) => t === `${name}.body`));
}

let buildDir = '';

function isAccepted(w: LintMessage): AcceptedWarning | undefined {
  return ACCEPTED_WARNINGS.find((a) => {
    if (a.code !== w.code) return false;
    if (a.file && (w.file === undefined || !a.file.test(w.file))) return false;
    if (!a.verify) return true;
    return w.file !== undefined && a.verify(readFileSync(path.join(buildDir, w.file), 'utf8'));
  });
}

function main(): number {
  const dir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');
  buildDir = dir;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`lint:firefox: no build in ${dir}; run \`npm run build:firefox\` first.`);
    return 2;
  }
  const bin = path.resolve('node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--boring'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const jsonStart = run.stdout.indexOf('{');
  if (jsonStart < 0) {
    console.error('lint:firefox: web-ext printed no report.', run.stderr);
    return 2;
  }
  const report = ReportSchema.parse(JSON.parse(run.stdout.slice(jsonStart)));

  const show = (kind: string, m: LintMessage, note = ''): void =>
    console.log(`${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}${note}`);

  let failures = 0;
  for (const e of report.errors) {
    show('ERROR  ', e);
    failures++;
  }
  for (const w of report.warnings) {
    const accepted = isAccepted(w);
    if (accepted) show('accepted', w, ` (${accepted.why})`);
    else {
      show('WARNING', w);
      failures++;
    }
  }
  for (const n of report.notices) show('notice ', n);
  console.log(
    `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
      `(${report.summary.warnings - report.warnings.filter((w) => !isAccepted(w)).length} accepted), ` +
      `${report.summary.notices} notices`,
  );
  return failures ? 1 : 0;
}

process.exitCode = main();
