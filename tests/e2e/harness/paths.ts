/** Where the harness finds the built extension and the fixtures (absolute, from the repository root). */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
/** `npm run build:firefox`'s output, for the Firefox test (firefox.ts). */
export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv2');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');
/** `tests/fixtures/pages/<host>/<path>`: pages served under a hostname without any routing entry. */
export const PAGES_DIR = resolve(FIXTURES_DIR, 'pages');

/**
 * Where the browser tests save their screenshots: .output/screenshots on every run, so a test run leaves
 * the working tree clean; docs/screenshots (the README's pictures) when UPDATE_SCREENSHOTS=1.
 */
export const SCREENSHOTS_DIR = resolve(
  REPO_ROOT,
  process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.output/screenshots',
);
