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
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { track } from './cleanup';
import { buildIsFresh } from './global-setup';
import { closeAll, copyBuild, fixtureUrl, hostsToMap, type LaunchOptions } from './index';
import { FIREFOX_EXTENSION_DIR } from './paths';
import { startConnectProxy, type ConnectProxy } from './proxy';
import { SITE_ROUTES, type Route } from './routes';
import { startFixtureServer } from './server';

/** Debian's firefox-esr package: the real binary, then the /usr/bin link. */
const INSTALLED_CANDIDATES = ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'];

/** FIREFOX_PATH, else an installed Firefox ESR; throws when there is none (the test must not pass without it). */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FIREFOX_PATH) {
    if (!existsSync(env.FIREFOX_PATH)) throw new Error(`FIREFOX_PATH=${env.FIREFOX_PATH} does not exist`);
    return env.FIREFOX_PATH;
  }
  const found = INSTALLED_CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `no Firefox: set FIREFOX_PATH or install one (apt-get install firefox-esr); looked in ${INSTALLED_CANDIDATES.join(', ')}`,
    );
  return found;
}

/**
 * Prefs on top of puppeteer's defaults (which already switch off updates, safebrowsing lists, normandy,
 * the blocklist server and more): every request through the local proxy, localhost included, and none
 * of Firefox's own background traffic. `uuid` fixes the extension's moz-extension:// host.
 */
export function firefoxPrefs(opts: {
  proxyPort: number;
  extensionId: string;
  uuid: string;
}): Record<string, unknown> {
  return {
    // Everything through the proxy; no exceptions, no direct fallback, no DNS of Firefox's own.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': opts.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': opts.proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.http3.enable': false,
    // Background traffic.
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.update.enabled': false,
    'browser.discovery.enabled': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.topsites.contile.enabled': false,
    'browser.contentblocking.report.monitor.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.coverage.endpoint.base': '',
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'messaging-system.rsexperimentloader.enabled': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.certerrors.mitm.priming.enabled': false,
    // Honoured only with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (see launchFirefox): no remote-settings sync.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'identity.fxaccounts.enabled': false,
    'services.sync.engine.addons': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    // The extension's moz-extension://<uuid>/ host, so the test can open its pages.
    'extensions.webextensions.uuids': JSON.stringify({ [opts.extensionId]: opts.uuid }),
  };
}

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
  page(): Promise<Page>;
  /** A new tab showing an extension page, e.g. 'popup.html' (loaded: its `browser.*` APIs are there). */
  openExtensionPage(path: string): Promise<Page>;
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
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir,
      // The server's certificate is thrown away after each run (hh.ru and others are HSTS-preloaded).
      acceptInsecureCerts: true,
      extraPrefsFirefox: firefoxPrefs({ proxyPort: proxy.port, extensionId: GECKO_ID, uuid }),
      // Firefox's test mode for the network: only loopback connections (the proxy is one). It also lets
      // the services.settings.server pref take effect, which release builds otherwise ignore.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    });
    leftover.pid = browser.process()?.pid;
    extensionId = await browser.installExtension(extensionDir);
    if (extensionId !== GECKO_ID) throw new Error(`installed ${extensionId}, expected ${GECKO_ID}`);
  } catch (error) {
    cleanUp();
    await proxy.close();
    await server.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${uuid}`;
  let closed = false;

  const page = () => browser.newPage();

  return {
    browser,
    extensionId,
    extensionOrigin,
    page,
    async openExtensionPage(path) {
      const p = await page();
      const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
      // Firefox (140) over BiDi never reports the end of a navigation to a moz-extension:// page, so
      // page.goto() would time out though the page loads: start it, then poll the page itself
      // (page.evaluate: waitForFunction builds a Function, which the extension pages' CSP blocks).
      void p.goto(url, { timeout: 15_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const loaded = await p.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
        if (loaded === `complete ${url}`) return p;
        if (Date.now() > deadline) throw new Error(`${url} did not load (${loaded || 'no answer'})`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    },
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
