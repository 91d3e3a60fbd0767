import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byViewport, chunk, inPool, ramped } from '../../../src/page/batches';

describe('batches', () => {
  it('chunk splits into batches of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 50)).toEqual([]);
  });

  it('ramped makes the first batch smaller than the others', () => {
    expect(ramped([1, 2, 3, 4, 5, 6, 7, 8], 2, 4)).toEqual([
      [1, 2],
      [3, 4, 5, 6],
      [7, 8],
    ]);
    expect(ramped([1, 2], 2, 4)).toEqual([[1, 2]]);
    expect(ramped([], 2, 4)).toEqual([]);
  });

  it('inPool keeps at most `size` calls pending and runs every item once', async () => {
    let pending = 0;
    let most = 0;
    const seen: number[] = [];
    await inPool([1, 2, 3, 4, 5, 6, 7], 2, async (n) => {
      pending++;
      most = Math.max(most, pending);
      await new Promise((r) => setTimeout(r, 5 * (n % 3)));
      seen.push(n);
      pending--;
    });
    expect(most).toBe(2);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('byViewport', () => {
  const H = 800;
  const win = { innerHeight: H } as Window;
  /**
   * Cards down the page as a listing lays them out (each below the last, of any height, some not shown),
   * the window scrolled by `scroll`; every box query is counted.
   */
  function listing(cards: { height: number; gap: number; hidden: boolean }[], scroll: number) {
    let y = -scroll;
    let queries = 0;
    const boxes = cards.map(({ height, gap, hidden }) => {
      const top = y;
      y += height + gap;
      return hidden
        ? { top: 0, bottom: 0, width: 0, height: 0 }
        : { top, bottom: top + height, width: 600, height };
    });
    const items = boxes.map((box, i) => ({
      i,
      root: {
        getBoundingClientRect: () => {
          queries++;
          return box as DOMRect;
        },
      } as unknown as Element,
    }));
    // The rule for a card with a box: within a screen above or two below.
    const nearByRule = (i: number) =>
      !cards[i]?.hidden && (boxes[i]?.bottom ?? 0) >= -H && (boxes[i]?.top ?? 0) <= 2 * H;
    return { items, nearByRule, queries: () => queries };
  }
  // Sizes in steps of 20 px, so that cards often end or start right on the band's edges.
  const px = (min: number, max: number) => fc.integer({ min: min / 20, max: max / 20 }).map((n) => n * 20);
  const card = (hidden: fc.Arbitrary<boolean>) => fc.record({ height: px(40, 600), gap: px(0, 40), hidden });

  it('finds exactly the cards near the screen, in page order, asking for a few boxes of a long listing', () => {
    fc.assert(
      fc.property(
        fc.array(card(fc.constant(false)), { minLength: 2, maxLength: 1_500 }),
        fc.oneof(px(-2_000, 8_000), px(-2_000, 400_000)),
        (cards, scroll) => {
          const { items, nearByRule, queries } = listing(cards, scroll);
          const { near, far } = byViewport(items, (x) => x.root, win);
          expect(near.map((x) => x.i)).toEqual(items.filter((x) => nearByRule(x.i)).map((x) => x.i));
          expect(far.map((x) => x.i)).toEqual(items.filter((x) => !nearByRule(x.i)).map((x) => x.i));
          // Two binary searches and the first card: 23 queries for 1,500 cards, where each card was asked.
          expect(queries()).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(items.length + 1)) + 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('places a card that is not shown with its neighbours', () => {
    fc.assert(
      fc.property(
        fc.array(card(fc.boolean()), { minLength: 2, maxLength: 300 }),
        px(-2_000, 60_000),
        (cards, scroll) => {
          const { items, nearByRule } = listing(cards, scroll);
          const { near, far } = byViewport(items, (x) => x.root, win);
          const shown = items.filter((x) => !cards[x.i]?.hidden);
          // The shown cards as the rule says; the near ones a run in page order, the rest around it.
          expect(near.filter((x) => !cards[x.i]?.hidden).map((x) => x.i)).toEqual(
            shown.filter((x) => nearByRule(x.i)).map((x) => x.i),
          );
          const at = near.map((x) => x.i);
          expect(at).toEqual(at.length ? Array.from({ length: at.length }, (_, k) => (at[0] ?? 0) + k) : []);
          expect([...near, ...far].map((x) => x.i).sort((a, b) => a - b)).toEqual(items.map((x) => x.i));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('takes everything as near without a window, or when no card has a box', () => {
    const { items } = listing(
      Array.from({ length: 5 }, () => ({ height: 100, gap: 0, hidden: true })),
      0,
    );
    expect(byViewport(items, (x) => x.root, win)).toEqual({ near: items, far: [] });
    expect(byViewport(items, (x) => x.root, null)).toEqual({ near: items, far: [] });
  });
});
