/**
 * The foundation of every browser test: the built extension installs in headless Chromium, its content
 * script runs on a job site served under its real hostname (and nowhere else), the popup renders, and
 * nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type E2EBrowser } from './harness';

/** Any trace the content script leaves on a page: a data-jobsafe-* flag on <html> or a marked ad root. */
function jobsafeMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const marks = Object.keys(document.documentElement.dataset).filter((k) => k.startsWith('jobsafe'));
    if (document.querySelector('[data-jobsafe-risk]')) marks.push('data-jobsafe-risk');
    return marks;
  });
}

describe('foundation', () => {
  let b: E2EBrowser;
  beforeAll(async () => {
    b = await launchBrowser();
  });
  afterAll(() => b?.close());

  it('installs the built extension', async () => {
    expect(b.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = JSON.parse(readFileSync(join(b.extensionDir, 'manifest.json'), 'utf8')) as {
      name: string;
    };
    const page = await b.openExtensionPage('manifest.json');
    const served = JSON.parse(await page.evaluate(() => document.body.innerText)) as { name: string };
    expect(served.name).toBe(manifest.name);
    await page.close();
  });

  it('runs the content script on a job site served under its real hostname', async () => {
    const page = await b.page();
    const url = b.serverUrl('hh.ru', '/vacancy/e2e-lure');
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(url);
    // The content script marks the vacancy's root with its risk level (the fixture is a clear lure).
    await page.waitForSelector('.vacancy-description[data-jobsafe-risk]', { timeout: 15_000 });
    expect(await page.$eval('.vacancy-description', (el) => el.getAttribute('data-jobsafe-risk'))).toBe(
      'high',
    );
    expect((await jobsafeMarks(page)).length).toBeGreaterThan(0);
    expect(page.extensionRealms().length).toBeGreaterThan(0);
    await page.close();
  });

  it('does not run on a site it does not declare', async () => {
    const page = await b.page();
    const response = await page.goto(b.serverUrl('example.org', '/'), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Example Domain');
    // Give a content script the time it takes on hh.ru (document_idle) before concluding it did not run.
    await new Promise((ok) => setTimeout(ok, 1_000));
    expect(await jobsafeMarks(page)).toEqual([]);
    // No isolated world of the extension was created in the page: the content script was not injected.
    expect(page.extensionRealms()).toEqual([]);
    await page.close();
  });

  it('opens the popup as a tab and renders it', async () => {
    const page = await b.openExtensionPage('popup.html');
    await page.waitForFunction(() => (document.getElementById('app')?.textContent ?? '').trim().length > 0, {
      timeout: 10_000,
    });
    expect(await page.$eval('#app', (el) => el.textContent)).toMatch(/JobSafe/);
    await page.close();
  });

  it('lets no request leave the machine', async () => {
    const page = await b.page();
    // A page asking for an outside host: the resolver refuses it, the recorder notes it.
    await page.goto(b.serverUrl('example.org', '/'), { waitUntil: 'load' });
    const failed = await page.evaluate(() =>
      fetch('https://tracker.invalid-outside.test/pixel').then(
        () => false,
        () => true,
      ),
    );
    expect(failed).toBe(true);
    await expect.poll(() => b.outsideRequests).toContain('https://tracker.invalid-outside.test/pixel');
    expect(b.outsideRequests.filter((u) => /hh\.ru|example\.org|localhost|127\.0\.0\.1/.test(u))).toEqual([]);
    await page.close();
  });
});
