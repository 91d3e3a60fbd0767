/**
 * Helpers for the badge and SPA browser tests: read what the content script put on a page (marks, badge
 * texts, highlights), set the settings, and spy on the ads the background is asked to analyze.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { axeOnBadgesInContentScript, readBadges, readBadgesBidi } from './badge-reader';
import type { E2EBrowser } from './harness';

/** The few extension APIs these helpers call inside the browser (no @types/chrome in the project). */
interface ChromeApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: {
    onMessage: { addListener(cb: (m: { type?: string; ads?: { key: string }[] }) => undefined): void };
  };
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]>;
  };
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
}
declare const chrome: ChromeApi;

export interface Marked {
  key: string | null;
  risk: string | null;
  /** The badge's button text, when the root holds a badge. */
  badge: string | null;
  title: string;
}

/** The hh.ru listing fixture (tests/fixtures/sites/hh/listing.html): each card's title and its level. */
export const HH_LISTING_LEVELS = [
  ['Официант в ресторан', 'none'],
  ['Официантки, танцовщицы, хостес — работа в Дубае для девушек', 'high'],
  ['Официант-бармен в кофейню', 'none'],
  ['Старший официант', 'none'],
];

/**
 * Every marked ad root in page order, with its badge's words, read through the badge's closed root the
 * way only the browser can (badge-reader.ts: the content script's world in Chromium, BiDi in Firefox).
 */
export async function marked(page: Page): Promise<Marked[]> {
  const roots = await page.evaluate(() =>
    [...document.querySelectorAll('[data-jobsafe-risk]')].map((root) => ({
      key: root.getAttribute('data-jobsafe-key'),
      risk: root.getAttribute('data-jobsafe-risk'),
      title: (root.querySelector('[data-qa="serp-item__title"], h1, h2')?.textContent ?? '').trim(),
    })),
  );
  // puppeteer's `protocol` is marked internal; it is how a page tells a BiDi (Firefox) browser.
  const bidi = (page.browser() as unknown as { protocol: string }).protocol === 'webDriverBiDi';
  // A page with no badge host may have no content script at all (a site that is off): nothing to read.
  const hosts = await page.evaluate(() => document.querySelectorAll('div[data-jobsafe-badge]').length);
  const badges = hosts === 0 ? [] : bidi ? await readBadgesBidi(page) : await readBadges(page);
  return roots.map((r) => ({ ...r, badge: badges.find((b) => b.key === r.key)?.button ?? null }));
}

/** Waits until `count` ad roots are marked (the content script works in idle callbacks and messages). */
export async function waitForMarked(page: Page, count: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-jobsafe-risk]').length >= n,
    { timeout },
    count,
  );
}

/** The locale's message, as the badge shows it. */
export function message(lang: 'ru' | 'en', key: string): string {
  const file = join(process.cwd(), 'public', '_locales', lang, 'messages.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  const m = all[key]?.message;
  if (!m) throw new Error(`no ${key} in ${lang}`);
  return m;
}

/** Writes the settings through an extension page (storage.local), the way the options page does. */
export async function setSettings(b: E2EBrowser, settings: Record<string, unknown>): Promise<void> {
  const page = await b.openExtensionPage('popup.html');
  await page.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s });
  }, settings);
  await page.close();
}

/**
 * Records the key of every ad sent for analysis, from an extension page: runtime messages from content
 * scripts reach every extension context, and a listener that answers nothing leaves the background's
 * answer alone. (puppeteer cannot evaluate in this MV3 module worker, so the spy does not live there.)
 */
export async function spyOnAnalyze(b: E2EBrowser): Promise<{ sent(): Promise<string[]>; page: Page }> {
  const page = await b.openExtensionPage('popup.html');
  await page.evaluate(installSpy);
  return {
    page,
    sent: () =>
      page.evaluate(() => [...((globalThis as unknown as { __jobsafeSent?: string[] }).__jobsafeSent ?? [])]),
  };
}

function installSpy(): void {
  const g = globalThis as unknown as { __jobsafeSent?: string[] };
  if (g.__jobsafeSent) return;
  g.__jobsafeSent = [];
  chrome.runtime.onMessage.addListener((m) => {
    if (m?.type === 'analyze-batch') g.__jobsafeSent?.push(...(m.ads ?? []).map((a) => a.key));
    return undefined;
  });
}

/**
 * The tab id of `page`, asked from an extension page (`spy`): the extension has no "tabs" permission, so
 * tabs carry no URLs; `page` is brought to the front and the active tab is taken.
 */
async function tabIdOf(spy: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await spy.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** The toolbar badge text of `page`'s tab, read from an extension page (`spy`). */
export async function toolbarBadge(spy: Page, page: Page): Promise<string> {
  const tabId = await tabIdOf(spy, page);
  return spy.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Sends the popup's "scroll to ad" to `page`'s tab from an extension page; resolves with the answer. */
export async function scrollToAd(spy: Page, page: Page, key: string): Promise<unknown> {
  const tabId = await tabIdOf(spy, page);
  return spy.evaluate((id, k) => chrome.tabs.sendMessage(id, { type: 'scroll-to-ad', key: k }), tabId, key);
}

/** axe-core on the badges only (their closed shadow trees included): the page around them is not ours to judge. */
export function axeOnBadges(page: Page): Promise<{ id: string; nodes: number }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeOnBadgesInContentScript(page, source);
}
