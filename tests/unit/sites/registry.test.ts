// @vitest-environment happy-dom
/**
 * The conventions every site adapter follows, checked over src/sites/ itself: a new adapter file that is
 * not registered, has no fixtures or no test, or declares a pattern the browser would reject or that
 * would inject JobSafe into every site, fails here by name.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatchPattern, parseMatchPattern } from '../../../src/sites/match-pattern';
import { ADAPTERS, adapterFor, OPT_IN_ADAPTERS, SITE_MATCHES } from '../../../src/sites/registry';
import type { SiteAdapter } from '../../../src/sites/types';
import { ADAPTER_FILES, SITES_DIR } from './adapter-files';
import { FIXTURES_DIR } from './fixture-harness';

const adapterFiles = ADAPTER_FILES;

/** Sites a job-site pattern must never cover: ordinary pages where JobSafe injects nothing. */
const UNRELATED_URLS = [
  'https://example.com/',
  'https://www.google.com/search?q=job',
  'https://mail.yandex.ru/',
  'https://www.avito.ru/moskva/kvartiry/prodam',
  'https://www.avito.ru/moskva/avtomobili',
  'https://www.linkedin.com/feed/',
  'https://newyork.craigslist.org/search/apa',
  'https://newyork.craigslist.org/mnh/cto/d/new-york-car/7900000200.html',
  'https://www.farpost.ru/vladivostok/auto/',
  'https://www.olx.pl/nieruchomosci/',
  'https://www.olx.ua/uk/elektronika/',
  'https://www.indeed.com/cmp/Example/reviews',
  'https://www.work.ua/jobseeker/my/',
  'https://www.work.ua/employer/',
  'https://rabota.by.example.com/',
  'https://hh.kz.example.com/vacancy/1',
];

describe('site registry', () => {
  it.each(adapterFiles)('%s exports an adapter that is registered', async (file) => {
    const module = (await import(join(SITES_DIR, file))) as { adapter?: SiteAdapter };
    expect(module.adapter, `${file} exports no "adapter"; add it to HELPERS if it is not one`).toBeDefined();
    expect([...ADAPTERS, ...OPT_IN_ADAPTERS]).toContain(module.adapter);
  });

  it.each(OPT_IN_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    'opt-in %s has listing fixtures, expected extractions and a test',
    (id) => {
      const listings = readdirSync(join(FIXTURES_DIR, id)).filter((file) => /^listing.*\.html$/.test(file));
      expect(listings.length, `tests/fixtures/sites/${id}/listing*.html`).toBeGreaterThan(0);
      for (const file of listings)
        expect(existsSync(join(FIXTURES_DIR, id, file.replace(/\.html$/, '.expected.json'))), file).toBe(
          true,
        );
      expect(existsSync(join(__dirname, `${id}.test.ts`)), `tests/unit/sites/${id}.test.ts`).toBe(true);
    },
  );

  it.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s has fixtures, expected extractions and a test',
    (id) => {
      for (const name of ['listing', 'ad']) {
        expect(existsSync(join(FIXTURES_DIR, id, `${name}.html`)), `${id}/${name}.html`).toBe(true);
        expect(
          existsSync(join(FIXTURES_DIR, id, `${name}.expected.json`)),
          `${id}/${name}.expected.json`,
        ).toBe(true);
      }
      expect(existsSync(join(__dirname, `${id}.test.ts`)), `tests/unit/sites/${id}.test.ts`).toBe(true);
    },
  );

  it('has unique adapter ids', () => {
    const ids = [...ADAPTERS, ...OPT_IN_ADAPTERS].map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares only valid, narrow match patterns', () => {
    for (const pattern of SITE_MATCHES) {
      const parsed = parseMatchPattern(pattern);
      expect(parsed, `invalid match pattern ${pattern}`).toBeDefined();
      expect(parsed?.host, `${pattern} matches every host`).not.toBe('*');
      expect(pattern).not.toBe('<all_urls>');
    }
  });

  it.each(UNRELATED_URLS)('injects nothing into %s', (url) => {
    expect(SITE_MATCHES.filter((pattern) => compileMatchPattern(pattern)(new URL(url)))).toEqual([]);
    expect(adapterFor(new URL(url))).toBeUndefined();
  });

  // An app's pages change without loading: the script waits on the whole host, and reads only its pages.
  it.each([
    'https://robota.ua/',
    'https://robota.ua/company900001',
    'https://robota.ua/candidates/all/ukraine',
  ])('waits on %s of a single-page app but reads nothing there', (url) => {
    expect(SITE_MATCHES.some((pattern) => compileMatchPattern(pattern)(new URL(url)))).toBe(true);
    expect(adapterFor(new URL(url))).toBeUndefined();
  });

  it('injects wider than it reads only where an adapter says so, and always on its own host', () => {
    for (const adapter of ADAPTERS.filter((a) => a.injectOn))
      for (const pattern of adapter.injectOn ?? []) {
        const host = parseMatchPattern(pattern)?.host ?? '';
        expect(
          adapter.matches.every((m) => parseMatchPattern(m)?.host === host),
          pattern,
        ).toBe(true);
      }
  });

  it.each(ADAPTERS.flatMap((adapter) => adapter.testUrls.map((url) => [url, adapter.id] as const)))(
    'adapterFor(%s) is %s',
    (url, id) => {
      expect(adapterFor(new URL(url))?.id).toBe(id);
    },
  );

  it('covers hh.ru regional subdomains', () => {
    expect(adapterFor(new URL('https://spb.hh.ru/vacancy/1'))?.id).toBe('hh');
    expect(adapterFor(new URL('https://hh.ru/'))?.id).toBe('hh');
    expect(adapterFor(new URL('https://hh.ru.example.com/'))).toBeUndefined();
  });
});
