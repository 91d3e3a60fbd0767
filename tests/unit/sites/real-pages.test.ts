/**
 * Every adapter on the real pages it lists (REAL_PAGES beside its selectors): per page, the number of ads
 * found must equal the ads a reader sees there (counted from the page source, not with the adapter: each
 * adapter's comment says how), every ad must have its text, title and URL, and salary, employer and
 * location must be read on as many ads as the page shows them. An adapter that finds nothing on a page
 * fails here by name and count, even though the content script's generic reader would step in.
 *
 * The pages are in ../shared/real-pages (never copied into the repository); without them the tests skip
 * and say so. Pages are parsed with jsdom (parse5, the HTML standard's parser, as a browser does):
 * happy-dom's parser ends the document early on some of them (an indeed page at a <style> inside <svg>).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { defineSiteAdapter, type SelectorSiteAdapter } from '../../../src/sites/define';
import type { RealPage } from '../../../src/sites/real-pages';
import { adapterFor } from '../../../src/sites/registry';
import type { FoundAd, SiteAdapter } from '../../../src/sites/types';
import { ADAPTER_FILES, SITES_DIR } from './adapter-files';

/** ../shared/real-pages seen from the repository root, as the project's other real-data tools read it. */
export const REAL_PAGES_DIR = join(__dirname, '../../../../shared/real-pages');
const HAVE_PAGES = existsSync(REAL_PAGES_DIR);
/** Parsing a 3.7 MB page with jsdom takes seconds on a busy 2-core machine (vitest's default is 5 s). */
const PAGE_TIMEOUT_MS = 120_000;
const ABSENT = `${REAL_PAGES_DIR} is absent: the real-page checks need ../shared/real-pages beside the repository`;

interface AdapterModule {
  adapter: SiteAdapter;
  REAL_PAGES?: readonly RealPage[];
}

const modules = await Promise.all(
  ADAPTER_FILES.map(async (file) => [file, (await import(join(SITES_DIR, file))) as AdapterModule] as const),
);

/** Adapters with no real page found yet (see docs/sites.md); an entry here with pages fails below. */
const NO_REAL_PAGE_YET: readonly string[] = ['olx-kz', 'rabota', 'robota-ua', 'vk', 'zarplata'];

function load(page: string, url: string): Document {
  return new JSDOM(readFileSync(join(REAL_PAGES_DIR, page), 'utf8'), { url }).window.document;
}

const count = (ads: FoundAd[], field: 'title' | 'salary' | 'employer' | 'location' | 'url'): number =>
  ads.filter((found) => (found.ad[field] ?? '').trim() !== '').length;

describe('real pages', () => {
  it.each(modules.map(([file, module]) => [module.adapter.id, file, module] as const))(
    '%s lists its real pages beside its selectors',
    (id, file, module) => {
      const pages = module.REAL_PAGES ?? [];
      if (NO_REAL_PAGE_YET.includes(id))
        expect(pages, `${id} has pages now: drop it from NO_REAL_PAGE_YET`).toEqual([]);
      else expect(pages.length, `${file} exports no REAL_PAGES`).toBeGreaterThan(0);
    },
  );

  it.for(
    modules.flatMap(([, module]) =>
      (module.REAL_PAGES ?? []).map((page) => [module.adapter.id, page[1], module.adapter, page] as const),
    ),
  )('%s on %s', { timeout: PAGE_TIMEOUT_MS }, ([id, , adapter, [ads, page, facts]], ctx) => {
    if (!HAVE_PAGES) ctx.skip(ABSENT);
    if (facts.foundAt && !existsSync(join(REAL_PAGES_DIR, page)))
      ctx.skip(`${page} is not in the shared set: save ${facts.foundAt} there to check ${id} on it`);
    expect(existsSync(join(REAL_PAGES_DIR, page)), `${page} is missing from ${REAL_PAGES_DIR}`).toBe(true);
    const url = new URL(facts.url);
    const doc = load(page, url.href);
    const claimed = adapterFor(url)?.id === id;
    if (facts.otherSection) {
      // The content script leaves such a page alone: no pattern covers it, or the job-page check says no.
      const reads = claimed && adapter.find(doc, url).length > 0;
      expect(reads, `${page} is marked otherSection but ${id} reads ${url.href} as a job page`).toBe(false);
    } else {
      expect(claimed, `${id} does not claim its real page ${url.href}`).toBe(true);
    }
    // A page of another section is read as if it were in the job section: the job-page check is off.
    const selectorAdapter = adapter as SelectorSiteAdapter;
    const reader =
      facts.otherSection && selectorAdapter.isJobPage
        ? defineSiteAdapter({ ...selectorAdapter, isJobPage: undefined })
        : adapter;

    const found = reader.find(doc, url);
    expect(found.length, `${id} found ${found.length} of the ${ads} ads on ${page}`).toBe(ads);
    expect(new Set(found.map((f) => f.root)).size, `${id}: two ads share a root on ${page}`).toBe(ads);
    expect(found.filter((f) => f.ad.text.trim()).length, `${id}: ads with no text on ${page}`).toBe(ads);
    expect(count(found, 'title'), `${id}: titles read on ${page}`).toBe(facts.titles ?? ads);
    expect(count(found, 'url'), `${id}: ad URLs read on ${page}`).toBe(facts.urls ?? ads);
    for (const field of ['salary', 'employer', 'location'] as const)
      expect(count(found, field), `${id}: ${field} read on ${page}`).toBe(facts[field] ?? 0);
    for (const f of found) if (f.ad.url) expect(f.ad.url).toMatch(/^https?:\/\//);
  });

  it('covers every page saved in ../shared/real-pages', (ctx) => {
    if (!HAVE_PAGES) ctx.skip(ABSENT);
    const listed = new Set(modules.flatMap(([, module]) => (module.REAL_PAGES ?? []).map((page) => page[1])));
    const saved = readdirSync(REAL_PAGES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) =>
        readdirSync(join(REAL_PAGES_DIR, dir.name))
          .filter((file) => file.endsWith('.html'))
          .map((file) => `${dir.name}/${file}`),
      );
    expect(saved.filter((page) => !listed.has(page))).toEqual([]);
  });
});
