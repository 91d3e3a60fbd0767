/**
 * The fixture test every site adapter runs (one small test file per adapter calls it): each hand-made
 * page in tests/fixtures/sites/<id>/ is parsed, the adapter's extraction must equal the JSON beside it
 * exactly, and every named selector must match something, so a selector that stops matching fails loudly
 * by name instead of silently finding nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CardSelectors, DetailSelectors, SelectorSiteAdapter } from '../../../src/sites/define';
import { compileMatchPattern } from '../../../src/sites/match-pattern';

export const FIXTURES_DIR = join(__dirname, '../../fixtures/sites');

const ExpectedSchema = z.object({
  /** The real address the page stands for: the adapter gets it, and its patterns must match it. */
  url: z.string().url(),
  ads: z.array(
    z.object({
      kind: z.enum(['card', 'detail']),
      ad: z.object({
        title: z.string().optional(),
        text: z.string(),
        salary: z.string().optional(),
        employer: z.string().optional(),
        location: z.string().optional(),
        contacts: z.array(z.string()).optional(),
        url: z.string().optional(),
      }),
    }),
  ),
});

export interface Fixture {
  name: string;
  doc: Document;
  url: URL;
  expected: z.infer<typeof ExpectedSchema>;
}

export function loadFixtures(id: string): Fixture[] {
  const dir = join(FIXTURES_DIR, id);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const html = readFileSync(join(dir, file), 'utf8');
      const expected = ExpectedSchema.parse(
        JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')),
      );
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return { name, doc, url: new URL(expected.url), expected };
    });
}

/** Named selectors that must each match in the fixture: `card.title`, `detail.body`… */
function namedSelectors(
  prefix: string,
  selectors: CardSelectors | DetailSelectors | undefined,
): [string, string][] {
  return Object.entries(selectors ?? {}).map(([key, value]) => [`${prefix}.${key}`, String(value)]);
}

export function describeAdapter(adapter: SelectorSiteAdapter): void {
  describe(`site adapter ${adapter.id}`, () => {
    const fixtures = loadFixtures(adapter.id);

    // Sites with single-ad pages have a listing and an ad page; message and post feeds (Telegram, VK)
    // have cards only.
    it(adapter.detail ? 'has a listing fixture and an ad-page fixture' : 'has listing fixtures', () => {
      const names = fixtures.map((fixture) => fixture.name);
      if (adapter.detail) expect(names.sort()).toEqual(expect.arrayContaining(['ad', 'listing']));
      else expect(names.length && names.every((name) => name.startsWith('listing'))).toBe(true);
    });

    describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
      '%s.html',
      (_name, fixture) => {
        it("is a page the adapter's match patterns cover", () => {
          expect(adapter.matches.some((pattern) => compileMatchPattern(pattern)(fixture.url))).toBe(true);
        });

        it('extracts exactly the expected ads', () => {
          const found = adapter.find(fixture.doc, fixture.url);
          expect(found.map(({ kind, ad }) => ({ kind, ad }))).toEqual(fixture.expected.ads);
          expect(found).toHaveLength(fixture.expected.ads.length);
        });

        it('gives each ad a root in the page, and ad pages a description body', () => {
          for (const ad of adapter.find(fixture.doc, fixture.url)) {
            expect(fixture.doc.contains(ad.root)).toBe(true);
            if (ad.kind === 'detail') expect(ad.body && ad.root.contains(ad.body)).toBe(true);
          }
        });

        it('finds the same ads when handed one card at a time (mutation batches)', () => {
          for (const ad of adapter.find(fixture.doc, fixture.url).filter((found) => found.kind === 'card')) {
            expect(adapter.find(ad.root, fixture.url).map((again) => again.ad)).toEqual([ad.ad]);
          }
        });
      },
    );

    const listings = fixtures.filter((fixture) => fixture.name.startsWith('listing'));
    const adPages = fixtures.filter((fixture) => fixture.name.startsWith('ad'));

    it('tells its ad pages from its listings (where the generic extractor may step in)', () => {
      if (!adapter.detail) {
        expect(adapter.isAdPage, `${adapter.id} reads cards only, so it has no ad pages`).toBeUndefined();
        return;
      }
      expect(adapter.isAdPage, `${adapter.id} declares no adPage`).toBeDefined();
      for (const fixture of adPages)
        expect(adapter.isAdPage?.(fixture.doc, fixture.url), fixture.name).toBe(true);
      for (const fixture of listings)
        expect(adapter.isAdPage?.(fixture.doc, fixture.url), fixture.name).toBe(false);
    });

    it.each(namedSelectors('card', adapter.card))(
      'selector %s matches in a listing card',
      (name, selector) => {
        const cardSelector = adapter.card?.card ?? '';
        const hits = listings.flatMap((fixture) =>
          name === 'card.card'
            ? [...fixture.doc.querySelectorAll(selector)]
            : [...fixture.doc.querySelectorAll(cardSelector)].flatMap((card) => [
                ...card.querySelectorAll(selector),
              ]),
        );
        expect(
          hits.length,
          `${adapter.id} ${name} "${selector}" finds nothing in the listing fixtures`,
        ).toBeGreaterThan(0);
      },
    );

    it.each(namedSelectors('detail', adapter.detail))(
      'selector %s matches on the ad page',
      (name, selector) => {
        const hits = adPages.flatMap((fixture) => [...fixture.doc.querySelectorAll(selector)]);
        expect(
          hits.length,
          `${adapter.id} ${name} "${selector}" finds nothing in the ad-page fixtures`,
        ).toBeGreaterThan(0);
      },
    );
  });
}
