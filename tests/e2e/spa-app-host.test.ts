/**
 * A site that is one app (robota.ua's Angular app, src/sites/robota-ua.ts `injectOn`): the person opens
 * the home page, which JobSafe does not read, and searches from there; the results arrive by
 * history.pushState with no page load. The content script, injected on the home page, must find the
 * search page's adapter when the location changes and badge its cards, in real Chromium under the real
 * hostname.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type E2EBrowser } from './harness';
import { FIXTURES_DIR } from './harness/paths';
import { marked, setSettings, waitForMarked } from './page-helpers';

const SETTINGS = { version: 1, sites: {}, showOrdinary: true, sensitivity: 'balanced', language: 'uk' };
const LISTING = readFileSync(join(FIXTURES_DIR, 'sites/robota-ua/listing.html'), 'utf8');
const EXPECTED = JSON.parse(
  readFileSync(join(FIXTURES_DIR, 'sites/robota-ua/listing.expected.json'), 'utf8'),
) as { ads: unknown[] };
const cardsOf = (html: string) => (/<app-root>[\s\S]*<\/app-root>/.exec(html) as RegExpExecArray)[0];

/** The home page: a search box and, once "searched", the result list put in by script, as the app does. */
const HOME = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>robota.ua</title></head>
<body><div id="app"><h1>Робота в Україні</h1><p>Знайдіть роботу мрії.</p></div>
<template id="results">${cardsOf(LISTING)}</template>
<script>
  window.search = () => {
    history.pushState({}, '', '/zapros/oficiant/kyiv');
    const app = document.getElementById('app');
    app.replaceChildren(document.getElementById('results').content.cloneNode(true));
  };
</script></body></html>`;

describe('an app site entered on its home page (robota.ua)', () => {
  let b: E2EBrowser;
  let page: Page;

  beforeAll(async () => {
    b = await launchBrowser({ routes: [{ host: 'robota.ua', path: '/', body: HOME }] });
    await setSettings(b, SETTINGS);
    page = await b.page();
    await page.goto(b.serverUrl('robota.ua', '/'), { waitUntil: 'load' });
  });
  afterAll(() => b?.close());

  it('reads nothing on the home page', async () => {
    // Counted, not timed: the page's own text is there and no mark appears after the script has run.
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await marked(page)).toEqual([]);
  });

  it('badges the results of a search run in the app, without a page load', async () => {
    await page.evaluate(() => (window as unknown as { search(): void }).search());
    await waitForMarked(page, EXPECTED.ads.length);
    const ads = await marked(page);
    expect(ads).toHaveLength(EXPECTED.ads.length);
    expect(
      ads.every(
        (a) => (a.key ?? '').startsWith('robota-ua:') && ['none', 'caution', 'high'].includes(a.risk ?? ''),
      ),
    ).toBe(true);
  });
});
