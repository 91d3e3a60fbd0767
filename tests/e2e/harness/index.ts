/**
 * Browser tests' entry point: `launchBrowser()` starts the fixture server and a headless Chromium with
 * the built extension (.output/chrome-mv3) installed, and returns a handle whose `close()` removes
 * everything it made. Use one browser per test file:
 *
 *   let b: E2EBrowser;
 *   beforeAll(async () => { b = await launchBrowser(); });
 *   afterAll(() => b?.close());
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';
import { chromiumArgs, chromiumPath } from './chromium';
import { track } from './cleanup';
import { EXTENSION_DIR, PAGES_DIR } from './paths';
import { recordRequests } from './requests';
import { SITE_ROUTES, type Route } from './routes';
import { startFixtureServer } from './server';

export type { Route } from './routes';

export interface LaunchOptions {
  /** Extra routes, host + exact path → fixture file or body (see routes.ts). */
  routes?: Route[];
  /** Extra hostnames to map to the fixture server (their subdomains too). */
  hosts?: string[];
}

export interface E2EBrowser {
  browser: Browser;
  extensionId: string;
  /** A new tab, with the outside-request recorder attached before it navigates. */
  page(): Promise<Page>;
  /** A new tab showing an extension page, e.g. 'popup.html' or 'options.html#sites'. */
  openExtensionPage(path: string): Promise<Page>;
  /** `https://<host><path>` for a mapped host; `https://localhost:<port><path>` for localhost. */
  serverUrl(host: string, path?: string): string;
  /** Adds a route while the browser runs (the host must be mapped at launch). */
  route(route: Route): void;
  /** The extension's service worker (MV3 background). */
  serviceWorker(): Promise<WebWorker>;
  /** Requests to hosts that are neither loopback nor mapped; blocked, but recorded here. */
  outsideRequests: string[];
  /** Every URL the fixture server answered. */
  served: string[];
  mappedHosts: ReadonlySet<string>;
  close(): Promise<void>;
}

interface ManifestHosts {
  content_scripts?: { matches?: string[] }[];
  host_permissions?: string[];
}

/** `*://*.hh.ru/*` → `hh.ru`; `<all_urls>` and patterns without a host give nothing. */
export function hostOfPattern(pattern: string): string | undefined {
  const m = /^[^:]+:\/\/(?:\*\.)?([^/*:]+)/.exec(pattern);
  return m?.[1]?.toLowerCase();
}

function hostsToMap(extra: LaunchOptions): Set<string> {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as ManifestHosts;
  const patterns = [
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
    ...(manifest.host_permissions ?? []),
  ];
  const pageHosts = readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const all = [
    ...patterns.map(hostOfPattern),
    ...SITE_ROUTES.map((r) => r.host),
    ...(extra.routes ?? []).map((r) => r.host),
    ...pageHosts,
    ...(extra.hosts ?? []),
  ];
  return new Set(all.filter((h): h is string => !!h && h !== 'localhost').map((h) => h.toLowerCase()));
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<E2EBrowser> {
  const mappedHosts = hostsToMap(opts);
  const server = await startFixtureServer([...SITE_ROUTES, ...(opts.routes ?? [])]);
  const userDataDir = mkdtempSync(join(tmpdir(), 'jobsafe-e2e-'));
  const leftover: { pid?: number; dir: string } = { dir: userDataDir };
  const cleanUp = track(leftover);

  let browser: Browser;
  let extensionId: string;
  try {
    browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      pipe: true,
      enableExtensions: true,
      // Our own profile directory (removed on close), and none of puppeteer's defaults that fetch.
      args: chromiumArgs({ userDataDir, hosts: mappedHosts, port: server.port }),
    });
    leftover.pid = browser.process()?.pid;
    extensionId = await browser.installExtension(EXTENSION_DIR);
  } catch (error) {
    cleanUp();
    await server.close();
    throw error;
  }

  const recorder = recordRequests(browser, mappedHosts);
  let closed = false;

  const page = async (): Promise<Page> => {
    const p = await browser.newPage();
    await recorder.attach(p.target());
    return p;
  };

  return {
    browser,
    extensionId,
    page,
    async openExtensionPage(path) {
      const p = await page();
      await p.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return p;
    },
    serverUrl(host, path = '/') {
      const h = host.toLowerCase();
      if (h === 'localhost') return `https://localhost:${server.port}${path}`;
      const mapped = [...mappedHosts].some((m) => h === m || h.endsWith(`.${m}`));
      if (!mapped)
        throw new Error(`${host} is not mapped to the fixture server: pass it in launchBrowser({ hosts })`);
      return `https://${h}${path}`;
    },
    route: (r) => server.route(r),
    async serviceWorker() {
      const prefix = `chrome-extension://${extensionId}/`;
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(prefix),
        {
          timeout: 10_000,
        },
      );
      const worker = await target.worker();
      if (!worker) throw new Error('the extension service worker has no worker handle');
      return worker;
    },
    outsideRequests: recorder.outside,
    served: server.served,
    mappedHosts,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await Promise.race([browser.close(), new Promise((ok) => setTimeout(ok, 5_000))]);
      } finally {
        cleanUp();
        rmSync(userDataDir, { recursive: true, force: true });
        await server.close();
      }
    },
  };
}
