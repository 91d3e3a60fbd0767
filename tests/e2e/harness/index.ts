/**
 * Browser tests' entry point: `launchBrowser()` starts the fixture server and a headless Chromium with
 * the built extension (.output/chrome-mv3) installed, and returns a handle whose `close()` removes
 * everything it made. Use one browser per test file:
 *
 *   let b: E2EBrowser;
 *   beforeAll(async () => { b = await launchBrowser(); });
 *   afterAll(() => b?.close());
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';
import { chromiumArgs, chromiumPath } from './chromium';
import { track } from './cleanup';
import { EXTENSION_DIR, PAGES_DIR } from './paths';
import { recordRequests } from './requests';
import { SITE_ROUTES, type Route } from './routes';
import { startFixtureServer } from './server';
import { inBrowser, installedVersion, noteLaunched } from './versions';

export type { Route } from './routes';

export interface LaunchOptions {
  /** Extra routes, host + exact path → fixture file or body (see routes.ts). */
  routes?: Route[];
  /** Extra hostnames to map to the fixture server (their subdomains too). */
  hosts?: string[];
  /**
   * The browser's language, as a user sets it (`navigator.language`), e.g. 'ru-RU'; the browser's own
   * when absent. The extension's default UI language follows it.
   */
  locale?: string;
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
  /** The extension's service worker (MV3 background), alive now; take it again after a pause. */
  serviceWorker(): Promise<WebWorker>;
  /** Requests to hosts that are neither loopback nor mapped; blocked, but recorded here. */
  outsideRequests: string[];
  /** Every URL the fixture server answered. */
  served: string[];
  /** This browser's copy of the build (the installed extension's files). */
  extensionDir: string;
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

export function hostsToMap(extensionDir: string, extra: LaunchOptions): Set<string> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as ManifestHosts;
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

/** `https://<host><path>` for a mapped host (or its subdomain); `https://localhost:<port><path>` for localhost. */
export function fixtureUrl(
  host: string,
  path: string,
  port: number,
  mappedHosts: ReadonlySet<string>,
): string {
  const h = host.toLowerCase();
  if (h === 'localhost') return `https://localhost:${port}${path}`;
  const mapped = [...mappedHosts].some((m) => h === m || h.endsWith(`.${m}`));
  if (!mapped)
    throw new Error(`${host} is not mapped to the fixture server: pass it in the launch options' hosts`);
  return `https://${h}${path}`;
}

/** Closes a browser (at most 5 s), then removes its profile and processes and stops the servers. */
export async function closeAll(
  browser: { close(): Promise<void> },
  cleanUp: () => void,
  servers: readonly { close(): Promise<void> }[],
): Promise<void> {
  try {
    await Promise.race([browser.close(), new Promise((ok) => setTimeout(ok, 5_000))]);
  } finally {
    cleanUp();
    for (const server of servers) await server.close();
  }
}

/** How long to wait for the build while another `wxt build` (another test run) rewrites it. */
const BUILD_WAIT_MS = 30_000;

/**
 * Copies the build into this run's temporary folder, so a rebuild during the test (another run, a
 * watcher) cannot change the extension under a running browser.
 */
export async function copyBuild(to: string, from: string = EXTENSION_DIR): Promise<void> {
  const deadline = Date.now() + BUILD_WAIT_MS;
  for (;;) {
    try {
      if (!existsSync(join(from, 'manifest.json'))) throw new Error('no manifest.json');
      cpSync(from, to, { recursive: true });
      JSON.parse(readFileSync(join(to, 'manifest.json'), 'utf8'));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`no usable build in ${from}: ${String(error)}`);
      rmSync(to, { recursive: true, force: true });
      await new Promise((ok) => setTimeout(ok, 500));
    }
  }
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<E2EBrowser> {
  const runDir = mkdtempSync(join(tmpdir(), 'jobsafe-e2e-'));
  const leftover: { pid?: number; dir: string } = { dir: runDir };
  const cleanUp = track(leftover);
  const extensionDir = join(runDir, 'extension');
  const userDataDir = join(runDir, 'profile');
  mkdirSync(userDataDir);
  try {
    await copyBuild(extensionDir);
  } catch (error) {
    cleanUp();
    throw error;
  }
  const mappedHosts = hostsToMap(extensionDir, opts);
  const server = await startFixtureServer([...SITE_ROUTES, ...(opts.routes ?? [])]);

  let browser: Browser;
  let extensionId: string;
  const executablePath = chromiumPath();
  let version = executablePath ? installedVersion(executablePath) : "puppeteer's own Chrome";
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      enableExtensions: true,
      // Our own profile directory (removed on close), and none of puppeteer's defaults that fetch.
      args: chromiumArgs({ userDataDir, hosts: mappedHosts, port: server.port, locale: opts.locale }),
    });
    leftover.pid = browser.process()?.pid;
    version = await browser.version();
    noteLaunched(version);
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    cleanUp();
    await server.close();
    throw inBrowser(version, error);
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
    serverUrl: (host, path = '/') => fixtureUrl(host, path, server.port, mappedHosts),
    route: (r) => server.route(r),
    async serviceWorker() {
      // Chrome may stop and restart an MV3 worker at any time (here it does so once right after the
      // install). The restarted worker keeps its target, whose cached handle (target.worker()) then
      // stays detached, so ask the extension for its live workers each time instead.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const extension = (await browser.extensions()).get(extensionId);
        for (const worker of (await extension?.workers()) ?? []) {
          // A worker that is shutting down may never answer: give it a second.
          const alive = await Promise.race([
            worker.evaluate(() => true).catch(() => false),
            new Promise<false>((ok) => setTimeout(() => ok(false), 1_000)),
          ]);
          if (alive) return worker;
        }
        if (Date.now() > deadline) throw new Error('the extension service worker does not answer');
        await new Promise((ok) => setTimeout(ok, 200));
      }
    },
    outsideRequests: recorder.outside,
    served: server.served,
    extensionDir,
    mappedHosts,
    async close() {
      if (closed) return;
      closed = true;
      await closeAll(browser, cleanUp, [server]);
    },
  };
}
