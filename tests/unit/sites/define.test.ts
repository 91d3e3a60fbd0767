// @vitest-environment happy-dom
/** defineSiteAdapter's card search: one ad per outermost card, whatever root a mutation batch hands it. */
import { describe, expect, it } from 'vitest';
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

  it('scales linearly: 1,000 flat cards in well under a second', () => {
    const d = doc(
      Array.from(
        { length: 1000 },
        (_, i) => `<div class="card"><a class="title" href="/${i}">Job ${i}</a> text</div>`,
      ).join(''),
    );
    const t0 = performance.now();
    expect(adapter.find(d, URL_)).toHaveLength(1000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
