/**
 * Telegram, opt-in, in the built extension on Chromium, with a Telegram Web K page and a public channel's
 * preview page served under their real hostnames (tests/fixtures/pages/web.telegram.org/k/,
 * tests/fixtures/pages/t.me/s/): off at install; the options switch asks for both host permissions in its
 * click; once they are granted the background registers the job-site content script for the site and
 * the messages get badges, also the older ones the preview page inserts above when scrolled up; switched
 * off, all of it goes.
 *
 * How the permission gets granted here: headless Chromium cannot show the permission prompt that
 * `permissions.request` opens (the request stays pending: no page dialog event, and the
 * --apps-gallery-install-auto-confirm-for-tests switch does not apply to it), and puppeteer has no
 * handle on browser dialogs. So the test (1) checks the click's request itself by recording it in the
 * options page and answering "no", as a user may; (2) lets the site in the way a user can in Chrome's own
 * UI, the extension's site access on chrome://extensions (developerPrivate.updateSiteAccess): Chrome then
 * answers the switch's real permissions.request for that site with a grant and no prompt, and the rest
 * (permissions.onAdded, registration, badges) runs as after an accepted prompt.
 */
import type { Page } from 'puppeteer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type E2EBrowser } from './harness';
import { marked, setSettings, waitForMarked, type Marked } from './page-helpers';

const TELEGRAM = 'https://web.telegram.org/*';
const TME = 'https://t.me/*';
/** The preview page's "load more": the older messages its script fetches (`?before=201`) and puts above. */
const OLDER_MESSAGES = `
  <div class="tgme_widget_message_centered js-messages_more_wrap">
    <a href="/s/rabota_za_granicey?before=199" class="tme_messages_more js-messages_more" data-before="199"></a>
  </div>
  <div class="tgme_widget_message_wrap js-widget_message_wrap">
    <div class="tgme_widget_message js-widget_message" data-post="rabota_za_granicey/199">
      <div class="tgme_widget_message_bubble">
        <div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/rabota_za_granicey"><span dir="auto">Работа за границей | Вакансии</span></a></div>
        <div class="tgme_widget_message_text js-message_text" dir="auto">Вахта на стройке в Корее, без опыта и без языка. Паспорт сдаёте бригадиру по приезде, долг за билет отработаете за два месяца. Пишите в личку <a href="https://t.me/brigadir_kr">@brigadir_kr</a></div>
        <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" href="https://t.me/rabota_za_granicey/199"><time datetime="2026-05-11T09:00:00+00:00" class="time">09:00</time></a></div>
      </div>
    </div>
  </div>
  <div class="tgme_widget_message_wrap js-widget_message_wrap">
    <div class="tgme_widget_message js-widget_message" data-post="rabota_za_granicey/200">
      <div class="tgme_widget_message_bubble">
        <div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/rabota_za_granicey"><span dir="auto">Работа за границей | Вакансии</span></a></div>
        <div class="tgme_widget_message_text js-message_text" dir="auto">Пекарне на Арбате нужен пекарь, смены 2/2, официальное оформление.</div>
        <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" href="https://t.me/rabota_za_granicey/200"><time datetime="2026-05-11T12:00:00+00:00" class="time">12:00</time></a></div>
      </div>
    </div>
  </div>`;
const SCRIPT_ID = 'jobsafe-opt-in-telegram';
/** A message's level as the test cares: a warning (caution or high), or none. */
const warns = (m: Marked): string | null => (m.risk === 'caution' || m.risk === 'high' ? 'warns' : m.risk);
const SETTINGS = { version: 1, sites: {}, showOrdinary: true, sensitivity: 'balanced', language: 'en' };

interface ChromeApi {
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> };
  developerPrivate: {
    updateSiteAccess(site: string, updates: { id: string; siteAccess: string }[]): Promise<void>;
  };
}
declare const chrome: ChromeApi;

describe('opt-in Telegram Web', () => {
  let b: E2EBrowser;
  let options: Page;

  const granted = async (): Promise<boolean> =>
    (await b.serviceWorker()).evaluate((o) => chrome.permissions.contains({ origins: [o] }), TELEGRAM);
  const registered = async (): Promise<{ id: string; matches?: string[]; js?: string[] }[]> =>
    (await b.serviceWorker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
  const switchOn = (): Promise<boolean> =>
    options.$eval('input[name="opt-in"][value="telegram"]', (i) => (i as HTMLInputElement).checked);
  const status = (): Promise<string> =>
    options.$eval('.options__opt-in .options__status', (p) => p.textContent ?? '');

  /** A Telegram page (Web K, or a channel's preview), loaded and past the content script's first idle scan. */
  async function openTelegram(host = 'web.telegram.org', path = '/k/'): Promise<Page> {
    const page = await b.page();
    await page.goto(b.serverUrl(host, path), { waitUntil: 'load' });
    // Two idle callbacks after load: the content script (document_idle) has run its first scan by then.
    await page.evaluate(
      () => new Promise((ok) => requestIdleCallback(() => requestIdleCallback(() => ok(undefined)))),
    );
    return page;
  }
  const openPreview = (): Promise<Page> => openTelegram('t.me', '/s/rabota_za_granicey');

  beforeAll(async () => {
    b = await launchBrowser({ hosts: ['web.telegram.org', 't.me'] });
    await setSettings(b, SETTINGS);
    options = await b.openExtensionPage('options.html');
    await options.waitForSelector('input[name="opt-in"][value="telegram"]:not([disabled])');
  });
  afterAll(() => b?.close());

  it('is off at install: no host permission, no content script, no badge on the page', async () => {
    const manifest = JSON.parse(readFileSync(join(b.extensionDir, 'manifest.json'), 'utf8')) as {
      host_permissions?: string[];
      optional_host_permissions?: string[];
      content_scripts: { matches: string[] }[];
    };
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining([TELEGRAM, TME]));
    expect(manifest.host_permissions ?? []).not.toContain(TELEGRAM);
    expect(manifest.host_permissions ?? []).not.toContain(TME);
    const declared = manifest.content_scripts.flatMap((c) => c.matches);
    expect(declared.filter((m) => m.includes('telegram') || m.includes('t.me'))).toEqual([]);

    expect(await granted()).toBe(false);
    expect(await registered()).toEqual([]);
    expect(await switchOn()).toBe(false);
    for (const page of [await openTelegram(), await openPreview()]) {
      expect(await marked(page)).toEqual([]);
      await page.close();
    }
  });

  it('asks for the host permissions in the click, and stays off when the user says no', async () => {
    // Record the request the switch makes and answer it as a user who declines the prompt.
    await options.evaluate(() => {
      const asked: unknown[] = [];
      (globalThis as unknown as { asked: unknown[] }).asked = asked;
      chrome.permissions.request = async (p) => {
        asked.push(p);
        return false;
      };
    });
    await options.click('input[name="opt-in"][value="telegram"]');
    await options.waitForFunction(
      () => document.querySelector('.options__opt-in .options__status')?.textContent !== '',
    );
    expect(await options.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked)).toEqual([
      { origins: [TELEGRAM, TME] },
    ]);
    expect(await status()).toBe('Access was not granted, so the site stays off.');
    expect(await switchOn()).toBe(false);
    expect(await registered()).toEqual([]);
  });

  it('once granted, registers the script and badges each message like an ad card', async () => {
    const extensions = await b.browser.newPage();
    await extensions.goto(`chrome://extensions/?id=${b.extensionId}`);
    for (const site of [TELEGRAM, TME])
      await extensions.evaluate(
        (id, s) => chrome.developerPrivate.updateSiteAccess(s, [{ id, siteAccess: 'ON_SPECIFIC_SITES' }]),
        b.extensionId,
        site,
      );
    await extensions.close();
    // A fresh options page (the last test replaced its permissions.request), then the switch's own request.
    await options.reload({ waitUntil: 'load' });
    await options.waitForSelector('input[name="opt-in"][value="telegram"]:not([disabled])');
    expect(await switchOn()).toBe(false);
    await options.click('input[name="opt-in"][value="telegram"]');
    await expect.poll(status, { timeout: 5_000 }).toBe("On. Reload the site's open tabs to see the badges.");

    await expect.poll(granted, { timeout: 10_000 }).toBe(true);
    await expect
      .poll(async () => (await registered()).map((s) => s.id), { timeout: 10_000 })
      .toEqual([SCRIPT_ID]);
    const [script] = await registered();
    expect(script?.matches?.sort()).toEqual([
      'https://t.me/s/*',
      'https://web.telegram.org/a/*',
      'https://web.telegram.org/k/*',
    ]);
    expect(script?.js).toEqual(['content-scripts/jobsite.js']);
    expect(await switchOn()).toBe(true);

    const page = await openTelegram();
    await waitForMarked(page, 2);
    const messages = await marked(page);
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.badge !== null)).toBe(true);
    // The lure (girls wanted abroad, debt for the ticket, passport kept) is flagged; the café is not.
    expect(messages[0]?.risk).toMatch(/^(caution|high)$/);
    expect(messages[1]?.risk).toBe('none');
    expect(b.outsideRequests).toEqual([]);
    await page.close();
  });

  it("badges a channel's preview page, and the older messages it puts above when scrolled up", async () => {
    const page = await openPreview();
    await waitForMarked(page, 2);
    const first = await marked(page);
    expect(first.map(warns)).toEqual(['warns', 'none']);
    expect(first.every((m) => m.badge !== null)).toBe(true);

    // What the page's script does with the answer to `?before=201`: the "more" link gives way to the
    // older messages and a new "more" link, above the ones shown.
    await page.evaluate((html) => {
      const more = document.querySelector('.js-messages_more_wrap');
      more?.insertAdjacentHTML('beforebegin', html);
      more?.remove();
    }, OLDER_MESSAGES);
    await waitForMarked(page, 4);
    const all = await marked(page);
    expect(all).toHaveLength(4);
    expect(all.every((m) => m.badge !== null)).toBe(true);
    // In page order: the two inserted above (the Korean building-site lure, the bakery), then the first two.
    expect(all.map(warns)).toEqual(['warns', 'none', 'warns', 'none']);
    expect(b.outsideRequests).toEqual([]);
    await page.close();
  });

  it('switched off, removes the permission and the script: the page gets no badge', async () => {
    await options.click('input[name="opt-in"][value="telegram"]');
    await expect.poll(status, { timeout: 5_000 }).toBe('Off. JobSafe no longer reads this site.');
    await expect.poll(granted, { timeout: 5_000 }).toBe(false);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    for (const page of [await openTelegram(), await openPreview()]) {
      expect(await marked(page)).toEqual([]);
      await page.close();
    }
  });
});
