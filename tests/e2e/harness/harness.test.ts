/** The harness's own rules, without a browser: routing, path safety, resolver rules, outside requests. */
import { describe, expect, it } from 'vitest';
import { hostResolverRules } from './chromium';
import { hostOfPattern } from './index';
import { isOutside } from './requests';
import { resolveRequest, routeKey, type Route } from './routes';

const table = (routes: Route[]) => new Map(routes.map((r) => [routeKey(r.host, r.path), r]));
const fileOf = (r: ReturnType<typeof resolveRequest>) => (r && 'file' in r ? r.file : undefined);

describe('routing', () => {
  it('serves tests/fixtures/pages/<host>/<path> with .html and index.html fallbacks', () => {
    expect(fileOf(resolveRequest(new Map(), 'example.org', '/'))).toMatch(
      /pages\/example\.org\/index\.html$/,
    );
    expect(fileOf(resolveRequest(new Map(), 'example.org', '/job-post'))).toMatch(
      /example\.org\/job-post\.html$/,
    );
    expect(fileOf(resolveRequest(new Map(), 'HH.ru', '/vacancy/e2e-lure'))).toMatch(
      /hh\.ru\/vacancy\/e2e-lure\.html$/,
    );
  });

  it('falls back to the parent domain’s folder for a subdomain', () => {
    expect(fileOf(resolveRequest(new Map(), 'spb.hh.ru', '/vacancy/e2e-lure'))).toMatch(/pages\/hh\.ru\//);
  });

  it('prefers an explicit route, to a fixture file or an inline body', () => {
    const routes = table([
      { host: 'hh.ru', path: '/vacancy/1', file: 'pages/example.org/index.html' },
      { host: 'hh.ru', path: '/inline', body: '<p>hi</p>' },
    ]);
    expect(fileOf(resolveRequest(routes, 'hh.ru', '/vacancy/1'))).toMatch(/example\.org\/index\.html$/);
    expect(resolveRequest(routes, 'hh.ru', '/inline')).toEqual({
      body: '<p>hi</p>',
      contentType: 'text/html; charset=utf-8',
    });
  });

  it('answers nothing for unknown paths and for paths that climb out of the fixtures', () => {
    expect(resolveRequest(new Map(), 'example.org', '/missing')).toBeUndefined();
    expect(resolveRequest(new Map(), 'example.org', '/../../../package.json')).toBeUndefined();
    expect(resolveRequest(new Map(), '..', '/package.json')).toBeUndefined();
    const escaping = table([{ host: 'hh.ru', path: '/x', file: '../../package.json' }]);
    expect(resolveRequest(escaping, 'hh.ru', '/x')).toBeUndefined();
  });
});

describe('network isolation', () => {
  it('maps each host and its subdomains to the server and every other name to nothing', () => {
    expect(hostResolverRules(['hh.ru', 'example.org'], 4443)).toBe(
      'MAP hh.ru 127.0.0.1:4443, MAP *.hh.ru 127.0.0.1:4443, MAP example.org 127.0.0.1:4443, ' +
        'MAP *.example.org 127.0.0.1:4443, MAP * ~NOTFOUND, EXCLUDE localhost',
    );
  });

  it('reads the host of a match pattern', () => {
    expect(hostOfPattern('*://*.hh.ru/*')).toBe('hh.ru');
    expect(hostOfPattern('https://www.avito.ru/*')).toBe('www.avito.ru');
    expect(hostOfPattern('<all_urls>')).toBeUndefined();
  });

  it('counts only network requests to hosts neither loopback nor mapped as outside', () => {
    const mapped = new Set(['hh.ru']);
    expect(isOutside('https://mc.yandex.ru/watch', mapped)).toBe(true);
    expect(isOutside('wss://push.example.net/', mapped)).toBe(true);
    expect(isOutside('https://spb.hh.ru/vacancy/1', mapped)).toBe(false);
    expect(isOutside('https://evilhh.ru/', mapped)).toBe(true);
    expect(isOutside('https://127.0.0.1:4443/', mapped)).toBe(false);
    expect(isOutside('chrome-extension://abc/popup.html', mapped)).toBe(false);
    expect(isOutside('data:text/plain,hi', mapped)).toBe(false);
  });
});
