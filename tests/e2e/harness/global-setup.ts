/**
 * Runs once before the browser tests: makes sure .output/chrome-mv3 and .output/firefox-mv2 are builds
 * of the current sources. `npm test` builds right before `test:e2e`, so a build newer than every source
 * is reused. Set JOBSAFE_E2E_NO_BUILD=1 to use whatever builds exist, JOBSAFE_E2E_BUILD=1 to force
 * rebuilds.
 * Nothing long-lived is started here: each test file launches (and closes) its own browser and server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './chromium';
import { firefoxPath } from './firefox-config';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR, REPO_ROOT } from './paths';
import { installedVersion } from './versions';

/** What goes into the build. */
export const SOURCES = [
  'entrypoints',
  'src',
  'public',
  'patterns',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildIsFresh(dir = EXTENSION_DIR): boolean {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(REPO_ROOT, s)) <= built);
}

const TARGETS = [
  { dir: EXTENSION_DIR, args: ['wxt', 'build'] },
  { dir: FIREFOX_EXTENSION_DIR, args: ['wxt', 'build', '-b', 'firefox'] },
];

/** The browsers this run tests against, first in the log (a missing one fails its tests later). */
function printBrowsers(): void {
  const chromium = chromiumPath();
  let firefox: string | undefined;
  try {
    firefox = firefoxPath();
  } catch (error) {
    console.log(`e2e: Firefox: ${String(error)}`);
  }
  console.log(
    `e2e: Chromium: ${installedVersion(chromium)} (${chromium ?? "puppeteer's own, if downloaded"})`,
  );
  if (firefox) console.log(`e2e: Firefox: ${installedVersion(firefox)} (${firefox})`);
}

export default function setup(): void {
  printBrowsers();
  for (const { dir, args } of TARGETS) {
    const hasBuild = existsSync(join(dir, 'manifest.json'));
    if (process.env.JOBSAFE_E2E_BUILD !== '1') {
      if (process.env.JOBSAFE_E2E_NO_BUILD === '1' && hasBuild) continue;
      if (buildIsFresh(dir)) continue;
    }
    const started = Date.now();
    const result = spawnSync('npx', args, { cwd: REPO_ROOT, stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(`${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    console.log(`e2e: built ${dir} in ${Date.now() - started} ms`);
  }
}
