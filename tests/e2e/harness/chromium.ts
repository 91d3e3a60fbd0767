/**
 * Which Chromium to run, and with which switches. An installed Chromium is used here (puppeteer never
 * downloads one: see .puppeteerrc.cjs); on a normal machine puppeteer's own Chrome for Testing works too.
 */
import { existsSync } from 'node:fs';

/** /usr/lib/chromium/chromium is Debian's real binary; /usr/bin/chromium is a shell wrapper that warns. */
const INSTALLED_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** CHROME_PATH, else an installed Chromium, else undefined (puppeteer's own browser). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  return INSTALLED_CANDIDATES.find((p) => existsSync(p));
}

/**
 * Every mapped host (and its subdomains) resolves to the local server; every other name fails to
 * resolve, so no request can leave the machine. `localhost` keeps resolving for the server itself.
 */
export function hostResolverRules(hosts: Iterable<string>, port: number): string {
  const maps = [...hosts].flatMap((h) => [`MAP ${h} 127.0.0.1:${port}`, `MAP *.${h} 127.0.0.1:${port}`]);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

export function chromiumArgs(opts: {
  userDataDir: string;
  hosts: Iterable<string>;
  port: number;
  /** The browser's language (`navigator.language`), e.g. 'ru-RU'. */
  locale?: string;
}): string[] {
  return [
    ...(opts.locale ? [`--lang=${opts.locale}`, `--accept-lang=${opts.locale}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    // The server's certificate is thrown away after each run; sites like hh.ru are HSTS-preloaded.
    '--ignore-certificate-errors',
    `--user-data-dir=${opts.userDataDir}`,
    `--host-resolver-rules=${hostResolverRules(opts.hosts, opts.port)}`,
  ];
}
