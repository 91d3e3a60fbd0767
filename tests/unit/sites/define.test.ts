// @vitest-environment happy-dom
/** defineSiteAdapter's card search: one ad per outermost card, whatever root a mutation batch hands it. */
import { describe, expect, it, vi } from 'vitest';
import { defineSiteAdapter } from '../../../src/sites/define';

const adapter = defineSiteAdapter({
  id: 'test',
  name: 'test',
  matches: ['*://example.test/*'],
  testUrls: [],
  lang: 'en',
  card: { card: '.card', title: '.title' },
});
const URL_ = new URL('https://example.test/jobs');

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
}

describe('defineSiteAdapter cards', () => {
  it('counts a card wrapped in another matching element once, as the outer one', () => {
    const d =
      doc(`<div class="card" id="outer"><div class="card" id="inner"><a class="title" href="/1">Cook</a>
      Kitchen work</div></div><div class="card" id="two"><a class="title" href="/2">Driver</a> Deliveries</div>`);
    expect(adapter.find(d, URL_).map((f) => f.root.id)).toEqual(['outer', 'two']);
  });

  it('finds the inner card when handed a subtree inside the outer one', () => {
    const d = doc(`<div class="card" id="outer"><section id="s"><div class="card" id="inner">
      <a class="title" href="/1">Cook</a> Kitchen work</div></section></div>`);
    const section = d.getElementById('s') as Element;
    expect(adapter.find(section, URL_).map((f) => f.root.id)).toEqual(['inner']);
  });

  it('never compares cards pairwise (a 1,000-card listing made a million contains() calls per scan)', () => {
    const d = doc(
      Array.from(
        { length: 1000 },
        (_, i) => `<div class="card"><a class="title" href="/${i}">Job ${i}</a> text</div>`,
      ).join(''),
    );
    const contains = vi.spyOn(Node.prototype, 'contains');
    try {
      expect(adapter.find(d, URL_)).toHaveLength(1000);
      expect(contains.mock.calls.length).toBeLessThan(1000);
    } finally {
      contains.mockRestore();
    }
  });
});
