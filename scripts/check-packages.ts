/**
 * `npm run zip` ends here: checks that the three packages `wxt zip` wrote are what the stores expect.
 *
 * - Chrome and Firefox packages: manifest.json at the root, every file the manifest names is inside,
 *   nothing else than the built extension (no source maps, sources, tests, logs or dotfiles), no
 *   all-sites host permission, a gecko id in the Firefox one.
 * - Sources zip (for Mozilla's reviewers): what `npm ci && npm run build:firefox` needs and nothing
 *   else. With `--rebuild` the sources are unpacked into a temporary folder and built there (with this
 *   checkout's node_modules linked in), and the result must equal the Firefox package byte for byte,
 *   which is the check Mozilla's reviewers make.
 *
 * Usage: npx tsx scripts/check-packages.ts [--rebuild]
 */
import { CATALOGUE_FILE } from '../src/background/catalogue-file';
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { readZip, type ZipEntry } from './zip-entries';

const OUT = path.resolve('.output');
const ALL_SITES = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

/** What a built extension may contain (paths inside the package). */
const EXTENSION_FILES = [
  /^manifest\.json$/,
  /^[\w-]+\.(html|js|css)$/,
  /^(chunks|assets|content-scripts)\/[\w.-]+\.(js|css|woff2|svg|png)$/,
  /^_locales\/[a-z]{2}(_[A-Z]{2})?\/messages\.json$/,
  /^(icon|icons)\/[\w.-]+\.(png|svg)$/,
  /^[\w-]+\.(png|svg)$/,
  // The compiled pattern catalogue, read by the background as data (src/background/catalogue.ts).
  /^catalogue\.json$/,
];

/** Junk no package may carry, whatever the rules above allow. */
const JUNK = [/(^|\/)\./, /\.map$/, /\.log$/, /(^|\/)stats\.html$/, /(^|\/)node_modules\//, /\.zip$/];

/** The sources zip: each entry must match one of these, and REQUIRED_SOURCES must all be there. */
const SOURCE_FILES = [
  /^(package\.json|package-lock\.json|tsconfig\.json|wxt\.config\.ts|eslint\.config\.js|vitest(\.[\w]+)?\.config\.ts)$/,
  /^(README|LICENSE|CHANGELOG)(\.md)?$/,
  /^(entrypoints|src|public|patterns|scripts|docs)\//,
];
const REQUIRED_SOURCES = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'];
const FORBIDDEN_SOURCES = [
  /^tests\//,
  /^src\/analysis\/compiled\//,
  /^\.output\//,
  /^\.wxt\//,
  /^coverage\//,
];

const ManifestSchema = z.looseObject({
  manifest_version: z.union([z.literal(2), z.literal(3)]),
  version: z.string(),
  permissions: z.array(z.string()).optional(),
  host_permissions: z.array(z.string()).optional(),
  optional_permissions: z.array(z.string()).optional(),
  content_scripts: z
    .array(
      z.object({
        matches: z.array(z.string()),
        js: z.array(z.string()).optional(),
        css: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  background: z
    .object({ service_worker: z.string().optional(), scripts: z.array(z.string()).optional() })
    .optional(),
  action: z.object({ default_popup: z.string().optional() }).optional(),
  browser_action: z.object({ default_popup: z.string().optional() }).optional(),
  options_ui: z.object({ page: z.string() }).optional(),
  browser_specific_settings: z.object({ gecko: z.object({ id: z.string() }) }).optional(),
});
type Manifest = z.infer<typeof ManifestSchema>;

const problems: string[] = [];
const fail = (msg: string): void => void problems.push(msg);

function filesNamedBy(m: Manifest): string[] {
  return [
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...(m.background?.service_worker ? [m.background.service_worker] : []),
    ...(m.background?.scripts ?? []),
    ...[m.action?.default_popup, m.browser_action?.default_popup, m.options_ui?.page].filter(
      (f): f is string => !!f,
    ),
  ];
}

function checkExtension(zipName: string, browser: 'chrome' | 'firefox', version: string): ZipEntry[] {
  const entries = readZip(path.join(OUT, zipName)).filter((e) => !e.name.endsWith('/'));
  const names = new Set(entries.map((e) => e.name));
  for (const n of names) {
    if (JUNK.some((re) => re.test(n))) fail(`${zipName}: junk file ${n}`);
    else if (!EXTENSION_FILES.some((re) => re.test(n))) fail(`${zipName}: unexpected file ${n}`);
  }
  // Without its catalogue the background could analyze nothing.
  if (!names.has(CATALOGUE_FILE)) fail(`${zipName}: no ${CATALOGUE_FILE}`);
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (!manifestEntry) {
    fail(`${zipName}: no manifest.json at the root`);
    return entries;
  }
  const manifest = ManifestSchema.parse(JSON.parse(manifestEntry.read().toString('utf8')));
  if (manifest.version !== version) fail(`${zipName}: manifest version ${manifest.version} != ${version}`);
  if (manifest.manifest_version !== (browser === 'chrome' ? 3 : 2))
    fail(`${zipName}: unexpected manifest_version ${manifest.manifest_version}`);
  for (const f of filesNamedBy(manifest)) if (!names.has(f)) fail(`${zipName}: manifest names ${f}, missing`);
  for (const p of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])])
    if (ALL_SITES.includes(p)) fail(`${zipName}: all-sites permission "${p}" at install`);
  for (const c of manifest.content_scripts ?? [])
    for (const p of c.matches)
      if (ALL_SITES.includes(p)) fail(`${zipName}: content script on all sites (${p})`);
  if (browser === 'firefox' && !manifest.browser_specific_settings?.gecko.id)
    fail(`${zipName}: no browser_specific_settings.gecko.id`);
  console.log(`${zipName}: ${names.size} files, manifest v${manifest.manifest_version} ${manifest.version}`);
  return entries;
}

function checkSources(zipName: string): ZipEntry[] {
  const entries = readZip(path.join(OUT, zipName)).filter((e) => !e.name.endsWith('/'));
  const names = new Set(entries.map((e) => e.name));
  for (const n of names) {
    if (JUNK.some((re) => re.test(n))) fail(`${zipName}: junk file ${n}`);
    else if (FORBIDDEN_SOURCES.some((re) => re.test(n))) fail(`${zipName}: must not contain ${n}`);
    else if (!SOURCE_FILES.some((re) => re.test(n))) fail(`${zipName}: unexpected file ${n}`);
  }
  for (const r of REQUIRED_SOURCES) if (!names.has(r)) fail(`${zipName}: ${r} missing`);
  const bytes = entries.reduce((s, e) => s + e.size, 0);
  console.log(`${zipName}: ${names.size} files, ${(bytes / 1024).toFixed(0)} KiB unpacked`);
  return entries;
}

/** Unpacks the sources, builds Firefox there and compares with the Firefox package. */
function rebuild(sources: ZipEntry[], firefox: ZipEntry[]): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'jobsafe-sources-'));
  try {
    for (const e of sources) {
      const to = path.join(dir, e.name);
      mkdirSync(path.dirname(to), { recursive: true });
      writeFileSync(to, e.read());
    }
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
    const started = Date.now();
    const run = spawnSync('npm', ['run', '-s', 'build:firefox'], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) {
      fail(`sources: \`npm run build:firefox\` failed in the unpacked sources:\n${run.stdout}${run.stderr}`);
      return;
    }
    const built = path.join(dir, '.output', 'firefox-mv2');
    const builtFiles = listFiles(built);
    const packaged = new Map(firefox.map((e) => [e.name, e]));
    for (const f of builtFiles) {
      const entry = packaged.get(f);
      if (!entry) fail(`rebuild from sources: ${f} is not in the Firefox package`);
      else if (!entry.read().equals(readFileSync(path.join(built, f))))
        fail(`rebuild from sources: ${f} differs from the Firefox package`);
    }
    for (const f of packaged.keys())
      if (!builtFiles.includes(f)) fail(`rebuild from sources: ${f} is in the package but not rebuilt`);
    console.log(
      `rebuilt from the sources zip in ${Date.now() - started} ms: ${builtFiles.length} files compared`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function listFiles(root: string, sub = ''): string[] {
  return readdirSync(path.join(root, sub), { withFileTypes: true }).flatMap((d) => {
    const rel = sub ? `${sub}/${d.name}` : d.name;
    return d.isDirectory() ? listFiles(root, rel) : [rel];
  });
}

function main(): number {
  const pkg = z
    .object({ name: z.string(), version: z.string() })
    .parse(JSON.parse(readFileSync('package.json', 'utf8')));
  const base = `${pkg.name}-${pkg.version}`;
  try {
    checkExtension(`${base}-chrome.zip`, 'chrome', pkg.version);
    const firefox = checkExtension(`${base}-firefox.zip`, 'firefox', pkg.version);
    const sources = checkSources(`${base}-sources.zip`);
    if (process.argv.includes('--rebuild')) rebuild(sources, firefox);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  for (const p of problems) console.error(`check-packages: ${p}`);
  if (!problems.length) console.log('check-packages: the store packages are clean.');
  return problems.length ? 1 : 0;
}

process.exitCode = main();
