/**
 * Records every request any page or worker of the browser makes to a host that is neither loopback nor
 * mapped to the fixture server: such requests would leave the machine if the resolver let them (it
 * does not: see chromium.ts). The privacy test asserts the list stays empty.
 *
 * Each target gets its own CDP session with the Network domain on, attached as soon as puppeteer reports
 * it. A page made with `handle.page()` is attached before it navigates; a tab the extension opens itself
 * may make its first request before the recorder attaches, which the resolver still blocks.
 */
import type { Browser, CDPSession, Target } from 'puppeteer';

const WATCHED_TARGETS = new Set([
  'page',
  'service_worker',
  'background_page',
  'shared_worker',
  'webview',
  'other',
]);
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isOutside(url: string, mappedHosts: ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return false;
  const host = parsed.hostname.toLowerCase();
  if (LOOPBACK.has(host)) return false;
  for (const mapped of mappedHosts) if (host === mapped || host.endsWith(`.${mapped}`)) return false;
  return true;
}

export interface RequestRecorder {
  outside: string[];
  /** Attaches to one target now (used for pages the harness creates, before they navigate). */
  attach(target: Target): Promise<void>;
}

export function recordRequests(browser: Browser, mappedHosts: ReadonlySet<string>): RequestRecorder {
  const outside: string[] = [];
  const attached = new WeakSet<Target>();

  async function attach(target: Target): Promise<void> {
    if (attached.has(target) || !WATCHED_TARGETS.has(target.type())) return;
    attached.add(target);
    let session: CDPSession;
    try {
      session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (event) => {
        if (isOutside(event.request.url, mappedHosts)) outside.push(event.request.url);
      });
      session.on('Network.webSocketCreated', (event) => {
        if (isOutside(event.url, mappedHosts)) outside.push(event.url);
      });
      await session.send('Network.enable');
    } catch {
      // The target closed before we could attach: it can no longer make requests.
    }
  }

  browser.on('targetcreated', (t: Target) => void attach(t));
  for (const t of browser.targets()) void attach(t);
  return { outside, attach };
}
