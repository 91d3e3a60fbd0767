/**
 * The Firefox build (`npm run build:firefox` → .output/firefox-mv2) in a real headless Firefox, driven by
 * puppeteer over WebDriver BiDi. Same fixture server and routes as the Chromium harness (index.ts); since
 * Firefox has no --host-resolver-rules, every request goes through a local CONNECT proxy (proxy.ts) that
 * tunnels the mapped hosts to the fixture server and refuses, and records, everything else.
 *
 *   let f: E2EFirefox;
 *   beforeAll(async () => { f = await launchFirefox(); });
 *   afterAll(() => f?.close());
 *
 * The build comes from `npm run build:firefox` (global-setup.ts rebuilds it when it is stale).
 *
 * There is no `openExtensionPage()` here, on purpose. Firefox's remote agent refuses to navigate a tab
 * to anything but a web-safe URL (http(s), about:blank, data: in a web process) unless the browser was
 * started with system access allowed (`isWebdriverSafeNavigationURL` in Firefox's
 * remote/shared/BrowsingContextUtils.sys.mjs). Firefox ESR 140 let `moz-extension://` through; 153
 * answers `browsingContext.navigate` with "unsupported operation: Navigation to moz-extension://… is not
 * allowed in this context", and the tab stays on its initial about:blank. A web page cannot go there
 * either (popup.html is not web-accessible, as it must not be). Opening privileged contexts to the test
 * driver would make the test depend on one version's remote-agent policy, so what the test needs from
 * the extension's state it sets up the way a user does: the browser's language (`locale`), which the
 * default settings follow.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { track } from './cleanup';
import { buildIsFresh } from './global-setup';
import { firefoxPath, firefoxPrefs } from './firefox-config';
import { closeAll, copyBuild, fixtureUrl, hostsToMap, type LaunchOptions } from './index';
import { FIREFOX_EXTENSION_DIR } from './paths';
import { startConnectProxy, type ConnectProxy } from './proxy';
import { SITE_ROUTES, type Route } from './routes';
import { startFixtureServer } from './server';
import { inBrowser, installedVersion, noteLaunched } from './versions';

/** The gecko id in browser_specific_settings (manifest.json of the Firefox build). */
const GECKO_ID = 'jobsafe@jobsafe.invalid';

/**
 * Throws when .output/firefox-mv2 is missing, or older than the sources (a stale build proves nothing;
 * global-setup.ts rebuilds a stale one before the tests); JOBSAFE_E2E_NO_BUILD=1 takes whatever build
 * exists, as for Chromium.
 */
export function checkFirefoxBuild(dir = FIREFOX_EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`no Firefox build in ${dir}: run \`npm run build:firefox\``);
  if (process.env.JOBSAFE_E2E_NO_BUILD !== '1' && !buildIsFresh(dir))
    throw new Error(`the Firefox build in ${dir} is older than its sources: run \`npm run build:firefox\``);
}

export interface E2EFirefox {
  browser: Browser;
  /** The gecko id, as `browser.installExtension()` returned it. */
  extensionId: string;
  /** `moz-extension://<uuid>`, the extension pages' origin. */
  extensionOrigin: string;
  /** What Firefox says it is, e.g. 'Firefox 153.8.0' (from WebDriver BiDi's session). */
  version: string;
  page(): Promise<Page>;
  /** `https://<host><path>` for a mapped host; `https://localhost:<port><path>` for localhost. */
  serverUrl(host: string, path?: string): string;
  /** Adds a route while the browser runs (the host must be mapped at launch). */
  route(route: Route): void;
  /** What the proxy refused: every request that would have left the machine. */
  outsideRequests: string[];
  /** `host:port` of every tunnel the proxy opened to the fixture server. */
  tunnelled: string[];
  /** Every URL the fixture server answered. */
  served: string[];
  extensionDir: string;
  mappedHosts: ReadonlySet<string>;
  close(): Promise<void>;
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<E2EFirefox> {
  const executablePath = firefoxPath();
  checkFirefoxBuild();
  const runDir = mkdtempSync(join(tmpdir(), 'jobsafe-e2e-firefox-'));
  const leftover: { pid?: number; dir: string } = { dir: runDir };
  const cleanUp = track(leftover);
  const extensionDir = join(runDir, 'extension');
  const userDataDir = join(runDir, 'profile');
  mkdirSync(userDataDir);
  try {
    await copyBuild(extensionDir, FIREFOX_EXTENSION_DIR);
  } catch (error) {
    cleanUp();
    throw error;
  }
  const mappedHosts = hostsToMap(extensionDir, opts);
  const server = await startFixtureServer([...SITE_ROUTES, ...(opts.routes ?? [])]);
  let proxy: ConnectProxy;
  try {
    proxy = await startConnectProxy({ hosts: mappedHosts, targetPort: server.port });
  } catch (error) {
    cleanUp();
    await server.close();
    throw error;
  }
  const uuid = randomUUID();

  let browser: Browser;
  let extensionId: string;
  let version: string = installedVersion(executablePath);
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir,
      // The server's certificate is thrown away after each run (hh.ru and others are HSTS-preloaded).
      acceptInsecureCerts: true,
      extraPrefsFirefox: firefoxPrefs({
        proxyPort: proxy.port,
        extensionId: GECKO_ID,
        uuid,
        acceptLanguages: opts.locale,
      }),
      // Firefox's test mode for the network: only loopback connections (the proxy is one). It also lets
      // the services.settings.server pref take effect, which release builds otherwise ignore.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    });
    leftover.pid = browser.process()?.pid;
    version = await browser.version();
    noteLaunched(version);
    extensionId = await browser.installExtension(extensionDir);
    if (extensionId !== GECKO_ID) throw new Error(`installed ${extensionId}, expected ${GECKO_ID}`);
  } catch (error) {
    cleanUp();
    await proxy.close();
    await server.close();
    throw inBrowser(version, error);
  }
  const extensionOrigin = `moz-extension://${uuid}`;
  let closed = false;

  const page = () => browser.newPage();

  return {
    browser,
    version,
    extensionId,
    extensionOrigin,
    page,
    serverUrl: (host, path = '/') => fixtureUrl(host, path, server.port, mappedHosts),
    route: (r) => server.route(r),
    outsideRequests: proxy.refused,
    tunnelled: proxy.tunnelled,
    served: server.served,
    extensionDir,
    mappedHosts,
    async close() {
      if (closed) return;
      closed = true;
      await closeAll(browser, cleanUp, [proxy, server]);
    },
  };
}

/** The WebDriver BiDi context behind a puppeteer page in Firefox (BidiFrame's public `browsingContext`). */
interface BidiContextOf {
  browsingContext: { setViewport(options: { viewport: { width: number; height: number } }): Promise<void> };
}

/**
 * page.setViewport in Firefox. Puppeteer sends emulation.setScreenOrientationOverride with the viewport,
 * a WebDriver BiDi command that older Firefox ESR (140, which Debian 12 installs again) does not know,
 * and the whole call fails there with the viewport unchanged. Where that command is unknown, the
 * viewport alone is set with browsingContext.setViewport (every Firefox with BiDi has it), and checked.
 */
export async function setFirefoxViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
    return;
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  }
  await (page.mainFrame() as unknown as BidiContextOf).browsingContext.setViewport({
    viewport: { width, height },
  });
  // The new size reaches the page a moment later: wait for it (polled; a blank tab has no frames to wait on).
  await page
    .waitForFunction(
      (w, h) => window.innerWidth === w && window.innerHeight === h,
      { polling: 50, timeout: 5_000 },
      width,
      height,
    )
    .catch(async () => {
      const size = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
      throw new Error(`the viewport is ${size.join(' × ')}, not ${width} × ${height}`);
    });
}
