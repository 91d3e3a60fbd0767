/**
 * Which browsers the tests ran against, so that a CI log shows what was tested and every failure names
 * the browser it happened in. Debian's packages move (Firefox ESR went from 140 to 153 between two runs
 * of the same commit), so a failure without a version cannot be told apart from a regression.
 */
import { spawnSync } from 'node:child_process';

/** What the binary prints for `--version` ('Chromium 156.0.8078.114', 'Mozilla Firefox 153.8.0esr'). */
export function installedVersion(executable: string | undefined): string {
  if (!executable) return 'not installed';
  const run = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const printed = run.stdout?.trim().split('\n')[0];
  if (run.status !== 0 || !printed)
    return `${executable}: no version (${run.error?.message ?? `exit ${run.status}`})`;
  return printed;
}

/** Browsers launched in this test file (each file runs in its own module context). */
const launched = new Set<string>();

/** Records a running browser, by what it says it is (puppeteer's `browser.version()`). */
export function noteLaunched(version: string): void {
  launched.add(version);
}

export function launchedBrowsers(): string[] {
  return [...launched];
}

/** A launch step's error, with the browser's name and version in front. */
export function inBrowser(label: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`[${label}] ${message}`, { cause: error });
}
