// @vitest-environment happy-dom
/**
 * Counted work, not clocks (issue 14): the DOM calls the content script makes per card on a long listing.
 * In the browser every one of them crosses from the content script's world into the page's, so on 1,000
 * cards each call per card is a thousand crossings, and a box query may force a layout. Here the real
 * hh.ru adapter reads a generated listing (scripts/perf-listing.ts), laid out as a list by a stub (happy-dom
 * has no layout), the window scrolled into its middle, and the fake background answers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardHtml, listingCards } from '../../../scripts/perf-listing';
import { FIRST_BATCH_SIZE, PageController } from '../../../src/page/controller';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { adapter as hh } from '../../../src/sites/hh';
import { FakeBackground, settle } from './fakes';

const CARDS = 400;
const CARD = '[data-qa~="vacancy-serp__vacancy"]';
/** Each card a 200 px box below the last, the window scrolled to card 150. */
const CARD_HEIGHT = 200;
const SCROLL = 150 * CARD_HEIGHT;

let bg: FakeBackground;
let controller: PageController;
let roots: Map<Element, number>;

beforeEach(() => {
  bg = new FakeBackground();
  document.body.innerHTML = `<div id="a11y-main-content">${listingCards({ cards: CARDS }).map(cardHtml).join('')}</div>`;
  roots = new Map([...document.querySelectorAll(CARD)].map((card, i) => [card, i]));
});

afterEach(() => {
  controller.destroy();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Runs the controller over the listing until every card is marked. */
async function markAll(): Promise<void> {
  controller = new PageController(
    {
      doc: document,
      url: () => 'https://hh.ru/search/vacancy?text=work',
      adapterFor: () => hh,
      client: bg,
      schedule: () => () => undefined,
      reportIntervalMs: 0,
    },
    DEFAULT_SETTINGS,
  );
  controller.start();
  for (let i = 0; i < 50 && document.querySelectorAll(`${CARD}[data-jobsafe-risk]`).length < CARDS; i++)
    await settle();
  expect(document.querySelectorAll(`${CARD}[data-jobsafe-risk]`)).toHaveLength(CARDS);
}

describe('DOM work per card on a 400-card listing', () => {
  it('marks a card with its key and level: two attribute writes, and one removal of a stale "unread" mark', async () => {
    const writes = new Map<number, string[]>();
    const removals = new Map<number, number>();
    const set = Element.prototype.setAttribute;
    vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (this: Element, name, value) {
      const i = roots.get(this);
      if (i !== undefined) writes.set(i, [...(writes.get(i) ?? []), name]);
      set.call(this, name, value);
    });
    const remove = Element.prototype.removeAttribute;
    vi.spyOn(Element.prototype, 'removeAttribute').mockImplementation(function (this: Element, name) {
      const i = roots.get(this);
      if (i !== undefined) removals.set(i, (removals.get(i) ?? 0) + 1);
      remove.call(this, name);
    });
    await markAll();
    expect(writes.size).toBe(CARDS);
    for (const names of writes.values()) expect(names).toEqual(['data-jobsafe-key', 'data-jobsafe-risk']);
    expect(Math.max(...removals.values())).toBe(1);
  });

  it('finds the cards on screen with a few dozen box queries, and sends them first', async () => {
    let queries = 0;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const i = roots.get(this);
      if (i === undefined) return new DOMRect(0, 0, 0, 0);
      queries++;
      return new DOMRect(0, i * CARD_HEIGHT - SCROLL, 600, CARD_HEIGHT - 20);
    });
    await markAll();
    // A screen above and two below the window (happy-dom's is 768 px tall): cards 147 to 157.
    const h = window.innerHeight;
    const near = [...roots.values()].filter((i) => {
      const top = i * CARD_HEIGHT - SCROLL;
      return top + CARD_HEIGHT - 20 >= -h && top <= 2 * h;
    });
    expect(near.length).toBeGreaterThan(5);
    const first = bg.batches[0] ?? [];
    expect(first).toHaveLength(FIRST_BATCH_SIZE);
    const keyOf = (i: number) => `hh:https://hh.ru/vacancy/${900_100_000 + i}`;
    expect(first.slice(0, near.length).map((a) => a.key)).toEqual(near.map(keyOf));
    // Where each card was asked for its box: 400 queries, each a possible layout.
    expect(queries).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(CARDS + 1)) + 1);
  });
});
