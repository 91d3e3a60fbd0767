/**
 * Setup file of the browser tests (vitest.e2e.config.ts): every failing test says which browser, and
 * which version of it, it ran in. Launch failures already say so (harness/versions.ts: inBrowser).
 */
import { beforeEach } from 'vitest';
import { launchedBrowsers } from './versions';

beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    const browsers = launchedBrowsers();
    if (browsers.length === 0) return;
    for (const error of task.result?.errors ?? [])
      error.message = `[${browsers.join(', ')}] ${error.message}`;
  });
});
