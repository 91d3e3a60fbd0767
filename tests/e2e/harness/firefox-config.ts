/**
 * Which Firefox to run, and with which prefs (as chromium.ts does for Chromium): Debian's Firefox ESR
 * unless FIREFOX_PATH says otherwise.
 */
import { existsSync } from 'node:fs';

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
  /** The browser's language list (`navigator.languages`), e.g. 'ru-RU, ru'; Firefox's own when absent. */
  acceptLanguages?: string;
}): Record<string, unknown> {
  return {
    ...(opts.acceptLanguages ? { 'intl.accept_languages': opts.acceptLanguages } : {}),
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
