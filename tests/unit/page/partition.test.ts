// @vitest-environment happy-dom
/**
 * A long listing is read in pieces (src/page/partition.ts), each piece with the adapter's own `find`:
 * the pieces must find exactly the ads, in the same order, that one call over the whole page finds, as long
 * as a piece may hold the largest card. Checked on every site adapter's listing fixture
 * (tests/fixtures/sites), cut into pieces from the size of its largest card up, so that its cards land in
 * several pieces, and on a generated 300-card hh.ru listing; and MAX_PIECE must be far above any card.
 */
import { describe, expect, it } from 'vitest';
import { perfListingHtml } from '../../../scripts/perf-listing';
import { MAX_PIECE, pieces } from '../../../src/page/partition';
import { ADAPTERS } from '../../../src/sites/registry';
import type { SiteAdapter } from '../../../src/sites/types';
import { loadFixtures } from '../sites/fixture-harness';

function inPieces(adapter: SiteAdapter, doc: Document, url: URL, max: number) {
  return pieces(doc.body, max).flatMap((run) => run.flatMap((root) => adapter.find(root, url)));
}

describe('reading a page in pieces', () => {
  it('splits a subtree into runs of at most `max` elements, in document order, covering every element', () => {
    document.body.innerHTML = `<main>${'<section><p>a</p><p>b</p></section>'.repeat(10)}</main>`;
    const runs = pieces(document.body, 7);
    const roots = runs.flat();
    for (const run of runs)
      expect(run.reduce((n, el) => n + el.getElementsByTagName('*').length + 1, 0)).toBeLessThanOrEqual(7);
    const covered = new Set(roots.flatMap((r) => [r, ...r.getElementsByTagName('*')]));
    for (const el of document.body.getElementsByTagName('*'))
      expect(covered.has(el) || roots.some((r) => el.contains(r))).toBe(true);
    const order = roots.map((r) => [...document.body.getElementsByTagName('*')].indexOf(r));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  const size = (el: Element) => el.getElementsByTagName('*').length + 1;

  for (const adapter of ADAPTERS) {
    const listings = loadFixtures(adapter.id).filter((f) => !adapter.isAdPage?.(f.doc, f.url));
    for (const fixture of listings) {
      const whole = adapter.find(fixture.doc, fixture.url);
      const largest = Math.max(...whole.map((f) => size(f.root)));
      it.each([1, 2, 4])(
        `${adapter.id} ${fixture.name}: pieces of %i × its largest card find what one call finds`,
        (times) => {
          const max = largest * times;
          expect(whole.length).toBeGreaterThan(0);
          if (times === 1) expect(pieces(fixture.doc.body, max).length).toBeGreaterThan(1);
          const pieced = inPieces(adapter, fixture.doc, fixture.url, max);
          expect(pieced.map((f) => f.root)).toEqual(whole.map((f) => f.root));
          expect(pieced.map(({ kind, ad }) => ({ kind, ad }))).toEqual(
            whole.map(({ kind, ad }) => ({ kind, ad })),
          );
        },
      );
      it(`${adapter.id} ${fixture.name}: its largest card is far below MAX_PIECE`, () => {
        expect(largest * 10).toBeLessThan(MAX_PIECE);
      });
    }
  }

  it('finds the 300 cards of a generated hh.ru listing, in order', () => {
    const hh = ADAPTERS.find((a) => a.id === 'hh') as SiteAdapter;
    const doc = new DOMParser().parseFromString(perfListingHtml({ cards: 300 }), 'text/html');
    const url = new URL('https://hh.ru/search/vacancy?text=x');
    const whole = hh.find(doc, url);
    expect(whole).toHaveLength(300);
    const runs = pieces(doc.body, 500);
    expect(runs.length).toBeGreaterThan(5);
    expect(runs.flatMap((run) => run.flatMap((root) => hh.find(root, url))).map((f) => f.root)).toEqual(
      whole.map((f) => f.root),
    );
  });
});
