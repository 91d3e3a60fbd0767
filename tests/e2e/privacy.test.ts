/**
 * Privacy, shown by test (issue 6, item 3; docs/privacy.md):
 * - the built manifest asks for no all-sites host permission at install, and its content scripts run
 *   only on the job sites of the registry;
 * - the built bundles hold no remote address other than the documented ones, and our sources use no
 *   network API except fetch() of the extension's own files;
 * - while the extension badges fixture job pages served under the real sites' names, the popup opens and
 *   checks a pasted ad, every request of every page, the service worker and the extension pages is
 *   recorded: the extension makes none, and the job pages make none beyond the page itself.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CDPSession, Page, Target } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPT_IN_ORIGINS } from '../../src/sites/opt-in';
import { SITE_MATCHES } from '../../src/sites/registry';
import { launchBrowser, type E2EBrowser } from './harness';
import { EXTENSION_DIR, REPO_ROOT } from './harness/paths';

const ALL_SITES = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'file:///*'];

/**
 * Addresses the bundles contain as identifiers, never requested: XML namespaces (Preact), JSON Schema
 * dialect ids (zod's toJSONSchema), schema.org types (JSON-LD job postings) and zod's IPv6 check, which
 * parses `http://[${address}]` locally.
 */
const IDENTIFIERS = [
  /^https?:\/\/json-schema\.org\/draft[-\w/]*\/schema#?$/,
  /^https?:\/\/schema\.org\/?\w*$/,
  /^http:\/\/\[\$\{\w+\}\]$/,
];
const XML_NAMESPACES =
  /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)$/;
/**
 * Links shown to the user (opened only by a click, never fetched): the help lines and their sources in
 * the knowledge data, src/knowledge/ (docs/privacy.md says so).
 */
const KNOWLEDGE_DIR = join(REPO_ROOT, 'src', 'knowledge');
const DOCUMENTED_LINKS = new Set(
  readdirSync(KNOWLEDGE_DIR)
    .filter((f) => /\.(json|ts)$/.test(f))
    .flatMap((f) => [...readFileSync(join(KNOWLEDGE_DIR, f), 'utf8').matchAll(/https?:\/\/[^\s"'<>)\\]+/g)])
    .map(([url]) => url),
);

const NETWORK_APIS = /\b(XMLHttpRequest|sendBeacon|WebSocket|EventSource|RTCPeerConnection|importScripts)\b/;

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: ({ matches?: string[] } | string)[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
}

function readManifest(dir = EXTENSION_DIR): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The host part of a match pattern, '*.' kept: `*://*.hh.ru/*` → `*.hh.ru`. */
function patternHost(pattern: string): string | undefined {
  return /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1];
}

function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => host === a || host.endsWith(`.${a}`));
}

describe('the built manifest', () => {
  const manifest = readManifest();

  it('asks for no all-sites permission at install', () => {
    for (const p of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]) {
      expect(ALL_SITES, `install-time permission ${p}`).not.toContain(p);
      // A host permission must name a host, not every host of a scheme.
      if (p.includes('://')) expect(patternHost(p), p).not.toMatch(/^\*$/);
    }
  });

  it('runs content scripts only on the job sites of the registry', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(new Set(matches)).toEqual(new Set(SITE_MATCHES));
    for (const m of matches) {
      expect(ALL_SITES).not.toContain(m);
      const host = patternHost(m) ?? '';
      // `*.hh.ru` is fine; `*` or `*.ru` (a whole TLD) is not a job site.
      expect(host.replace(/^\*\./, ''), m).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('lets no web page message the extension or load its files', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    for (const war of manifest.web_accessible_resources ?? []) {
      const matches = typeof war === 'string' ? ['<all_urls>'] : (war.matches ?? []);
      for (const m of matches) expect(ALL_SITES, `web_accessible_resources for ${m}`).not.toContain(m);
    }
  });

  it('keeps the default content security policy (no remote script sources)', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});

describe('the built bundles and the sources', () => {
  // The job sites, and the opt-in sites (Telegram Web, VK) whose patterns the extension also holds.
  const jobHosts = [...SITE_MATCHES, ...OPT_IN_ORIGINS].map((m) =>
    (patternHost(m) ?? '').replace(/^\*\./, ''),
  );

  it('hold no remote address except XML namespaces, job-site URLs and documented links', () => {
    const found: string[] = [];
    for (const file of filesUnder(EXTENSION_DIR).filter((f) => /\.(js|html|json|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const [url] of text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>)\\]+/g)) {
        if (XML_NAMESPACES.test(url) || IDENTIFIERS.some((re) => re.test(url))) continue;
        let host: string;
        try {
          host = new URL(url).hostname;
        } catch {
          found.push(`${relative(EXTENSION_DIR, file)}: unparsable ${url}`);
          continue;
        }
        if (hostAllowed(host, jobHosts) || DOCUMENTED_LINKS.has(url)) continue;
        found.push(`${relative(EXTENSION_DIR, file)}: ${url}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('use no network API in the bundles but fetch (for the extension’s own files)', () => {
    for (const file of filesUnder(EXTENSION_DIR).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(file, 'utf8'), relative(EXTENSION_DIR, file)).not.toMatch(NETWORK_APIS);
    }
  });

  it('fetch only the extension’s own files, and set no HTML from strings, in our sources', () => {
    const sources = ['src', 'entrypoints']
      .flatMap((d) => filesUnder(join(REPO_ROOT, d)))
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes(`${join('src', 'analysis', 'compiled')}`));
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const name = relative(REPO_ROOT, file);
      // Comments may name APIs and links; code may not.
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      expect(code, name).not.toMatch(NETWORK_APIS);
      if (/\bfetch\s*\(/.test(code))
        expect(code, `${name} calls fetch(): only runtime.getURL files`).toMatch(/runtime\.getURL\(/);
      // HTML may be parsed only inside an inert document: no script runs and nothing loads there.
      if (/\.(innerHTML|outerHTML)\s*\+?=/.test(code))
        expect(code, `${name} sets innerHTML: only on an inert document`).toMatch(
          /\.implementation\.createHTMLDocument\(/,
        );
      expect(code, name).not.toMatch(/insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/);
      expect(code, name).not.toMatch(/\beval\(|new Function\(/);
    }
  });

  it('state the privacy promise in the README, the privacy notice and both store listings', () => {
    const read = (p: string) => readFileSync(join(REPO_ROOT, p), 'utf8');
    expect(read('README.md')).toMatch(/no network request of its own/i);
    expect(read('docs/privacy.md')).toMatch(/no network request of its own/i);
    expect(read('docs/store/en.md')).toMatch(/no network request of its own/i);
    expect(read('docs/store/ru.md')).toMatch(/не отправляет никаких запросов в сеть/i);
    for (const p of ['README.md', 'docs/privacy.md', 'docs/store/en.md'])
      expect(read(p), p).toMatch(/activeTab/);
  });
});

interface Recorded {
  target: string;
  url: string;
}

/** Records every http(s)/ws(s) request of the extension's own targets and of the pages we open. */
class RequestLog {
  readonly extension: Recorded[] = [];
  readonly pages: Recorded[] = [];
  private readonly sessions: CDPSession[] = [];

  constructor(
    private readonly b: E2EBrowser,
    private readonly origin: string,
  ) {
    b.browser.on('targetcreated', (t: Target) => void this.watchExtensionTarget(t));
    for (const t of b.browser.targets()) void this.watchExtensionTarget(t);
  }

  private async listen(target: Target, into: Recorded[]): Promise<void> {
    try {
      const session = await target.createCDPSession();
      this.sessions.push(session);
      const label = `${target.type()} ${target.url()}`;
      const note = (url: string) => {
        if (/^(https?|wss?):/.test(url)) into.push({ target: label, url });
      };
      session.on('Network.requestWillBeSent', (e) => note(e.request.url));
      session.on('Network.webSocketCreated', (e) => note(e.url));
      await session.send('Network.enable');
    } catch {
      // Closed before we attached: it can make no more requests.
    }
  }

  private async watchExtensionTarget(t: Target): Promise<void> {
    if (t.url().startsWith(this.origin)) await this.listen(t, this.extension);
  }

  async page(): Promise<Page> {
    const page = await this.b.page();
    await this.listen(page.target(), this.pages);
    return page;
  }

  /** An extension page in a tab, its requests counted as the extension's. */
  async extensionPage(path: string): Promise<Page> {
    const page = await this.b.page();
    await this.listen(page.target(), this.extension);
    await page.goto(`${this.origin}${path}`, { waitUntil: 'load' });
    return page;
  }

  async detach(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.detach().catch(() => undefined)));
  }
}

async function waitForBadges(page: Page): Promise<number> {
  await page.waitForSelector('[data-jobsafe-risk]', { timeout: 15_000 });
  return page.$$eval('[data-jobsafe-risk]', (els) => els.length);
}

describe('the extension at work', () => {
  let b: E2EBrowser;
  let log: RequestLog;
  beforeAll(async () => {
    b = await launchBrowser();
    log = new RequestLog(b, `chrome-extension://${b.extensionId}/`);
  });
  afterAll(async () => {
    await log?.detach();
    await b?.close();
  });

  it('badges job pages with no request beyond the page itself', async () => {
    for (const [host, path] of [
      ['hh.ru', '/search/vacancy'],
      ['hh.ru', '/vacancy/100000001'],
      ['hh.ru', '/vacancy/e2e-lure'],
    ] as const) {
      const page = await log.page();
      const url = b.serverUrl(host, path);
      await page.goto(url, { waitUntil: 'load' });
      expect(await waitForBadges(page)).toBeGreaterThan(0);
      await page.close();
    }
    const pageRequests = log.pages.map((r) => r.url.replace(/\?.*$/, ''));
    const expected = [
      b.serverUrl('hh.ru', '/search/vacancy'),
      b.serverUrl('hh.ru', '/vacancy/100000001'),
      b.serverUrl('hh.ru', '/vacancy/e2e-lure'),
    ];
    // The documents themselves, and the favicon the browser asks for on its own.
    expect(pageRequests.filter((u) => !expected.includes(u) && !u.endsWith('/favicon.ico'))).toEqual([]);
  });

  it('opens the popup and checks a pasted ad without a request', async () => {
    const popup = await log.extensionPage('popup.html#check');
    await popup.waitForSelector('#check-text', { timeout: 10_000 });
    await popup.type(
      '#check-text',
      'Работа за границей для девушек, официантки. Перелёт и виза за счёт работодателя, вычтем из зарплаты. Паспорт храним у нас.',
    );
    await popup.click('form.check__form button[type="submit"]');
    const result = await popup.waitForSelector('.check__result', { timeout: 30_000 });
    expect(await result?.evaluate((el) => el.getAttribute('data-level'))).toBe('high');
    await popup.close();
  });

  it('made no network request from the extension and none to an outside host', async () => {
    // Let anything scheduled (alarms, idle work) run before concluding.
    await new Promise((ok) => setTimeout(ok, 1_000));
    expect(log.extension).toEqual([]);
    expect(b.outsideRequests).toEqual([]);
  });

  it('would have seen one (the recorder catches a request from an extension page)', async () => {
    const popup = await log.extensionPage('popup.html');
    await popup.evaluate(() => fetch('https://collector.invalid-outside.test/beacon').catch(() => undefined));
    await expect
      .poll(() => log.extension.map((r) => r.url))
      .toContain('https://collector.invalid-outside.test/beacon');
    await popup.close();
  });
});
