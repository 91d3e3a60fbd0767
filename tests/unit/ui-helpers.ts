/** Helpers for the Preact page tests (popup, options) under happy-dom. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The real public/_locales/<lang>/messages.json for a fetch of that file. */
export function localeFile(url: string): string {
  const lang = /_locales\/(en|ru)\/messages\.json$/.exec(url)?.[1];
  if (!lang) throw new Error(`unexpected fetch ${url}`);
  // happy-dom's URL is not Node's, so the path is built from the file path, not with new URL().
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  return readFileSync(resolve(root, `public/_locales/${lang}/messages.json`), 'utf8');
}

/** Waits up to a second for `check` to hold, then asserts it. */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}
