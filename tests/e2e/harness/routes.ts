/**
 * What the fixture server answers for a host and a path.
 *
 * 1. An explicit route (this table, `launchBrowser({ routes })`, or `handle.route()`): host + path →
 *    a file under tests/fixtures/ (e.g. `sites/hh/ad.html`) or an inline body. The path matches exactly,
 *    without the query string.
 * 2. Otherwise `tests/fixtures/pages/<host>/<path>`, trying `<path>`, `<path>.html`, `<path>/index.html`
 *    (so `https://example.org/` is `pages/example.org/index.html`). A subdomain falls back to its parent
 *    host's folder (`spb.hh.ru` → `pages/hh.ru/`).
 */
import { existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { FIXTURES_DIR, PAGES_DIR } from './paths';

export interface Route {
  host: string;
  /** Exact path, starting with '/'. */
  path: string;
  /** A file relative to tests/fixtures/. */
  file?: string;
  /** Or the body itself. */
  body?: string;
  /** Content type; from the file's extension when omitted. */
  contentType?: string;
}

/** Real-looking URLs for the site adapters' saved pages (tests/fixtures/sites/<adapter-id>/). */
export const SITE_ROUTES: readonly Route[] = [
  { host: 'hh.ru', path: '/search/vacancy', file: 'sites/hh/listing.html' },
  { host: 'hh.ru', path: '/vacancy/100000001', file: 'sites/hh/ad.html' },
  { host: 'superjob.ru', path: '/vacancy/search/', file: 'sites/superjob/listing.html' },
  { host: 'superjob.ru', path: '/vakansii/oficiant-100000001.html', file: 'sites/superjob/ad.html' },
  { host: 'avito.ru', path: '/moskva/vakansii', file: 'sites/avito/listing.html' },
  { host: 'avito.ru', path: '/moskva/vakansii/oficiant_100000001', file: 'sites/avito/ad.html' },
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Resolved = { file: string; contentType: string } | { body: string; contentType: string };

export function routeKey(host: string, path: string): string {
  return `${host.toLowerCase()}${path}`;
}

/** A file inside `root`, or undefined when the path escapes it or names nothing. */
function fileUnder(root: string, relative: string): string | undefined {
  const full = resolve(root, `.${relative.startsWith('/') ? '' : '/'}${relative}`);
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  return existsSync(full) && statSync(full).isFile() ? full : undefined;
}

export function resolveRequest(
  routes: ReadonlyMap<string, Route>,
  host: string,
  path: string,
): Resolved | undefined {
  const route = routes.get(routeKey(host, path));
  if (route?.body !== undefined)
    return { body: route.body, contentType: route.contentType ?? 'text/html; charset=utf-8' };
  if (route?.file) {
    const file = fileUnder(FIXTURES_DIR, route.file);
    return file ? { file, contentType: route.contentType ?? contentTypeOf(file) } : undefined;
  }
  // The host's folder, then each parent domain's (never a bare TLD): spb.hh.ru → spb.hh.ru, hh.ru.
  const labels = host.toLowerCase().split('.');
  const hosts =
    labels.length < 2 ? [labels.join('.')] : labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  const clean = path.endsWith('/') ? `${path}index.html` : path;
  for (const h of hosts) {
    const dir = resolve(PAGES_DIR, h);
    if (!dir.startsWith(PAGES_DIR + sep)) continue;
    const file =
      fileUnder(dir, clean) ?? fileUnder(dir, `${clean}.html`) ?? fileUnder(dir, `${clean}/index.html`);
    if (file) return { file, contentType: contentTypeOf(file) };
  }
  return undefined;
}
