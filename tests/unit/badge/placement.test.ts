// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FoundAd } from '../../../src/sites/types';
import { BADGE_ATTR } from '../../../src/ui/badge/badge';
import { DOCK_ATTR, dock, INTERACTIVE, placeBadge, pushesOut } from '../../../src/ui/badge/placement';

/** A host as createBadge makes it (src/ui/badge/badge.ts): a plain <div> with the badge attribute. */
function badgeHost(): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(BADGE_ATTR, '');
  return host;
}

function place(html: string, title?: string, kind: FoundAd['kind'] = 'detail') {
  document.body.innerHTML = html;
  const root = document.querySelector('.root') as Element;
  const host = badgeHost();
  placeBadge(host, { root, kind, ad: { title, text: 'x' } });
  return host;
}

describe('badge placement', () => {
  it('goes right after the heading that holds the title, outside the link', () => {
    const host = place(
      '<div class="root"><h2><a href="/v/1"> Официантка  в Дубай</a></h2><p>text</p></div>',
      'Официантка в Дубай',
    );
    expect(host.previousElementSibling?.localName).toBe('h2');
    expect(host.closest('a, h2')).toBeNull();
  });

  it('goes after the link when the link holds the heading (avito, OLX), never inside it', () => {
    const host = place(
      '<div class="root"><div class="t"><a href="/v/1"><h3>Работа за границей</h3></a></div><p>text</p></div>',
      'Работа за границей',
    );
    expect(host.parentElement?.className).toBe('t');
    expect(host.previousElementSibling?.localName).toBe('a');
    expect(host.parentElement?.closest(INTERACTIVE)).toBeNull();
  });

  it('goes at the top of the root when no heading matches', () => {
    const host = place('<div class="root"><span>Официантка</span><p>text</p></div>', 'Официантка');
    expect(document.querySelector('.root')?.firstElementChild).toBe(host);
  });

  it.each([
    ['a link', '<a href="/v/1" class="card"><div class="root"><h3>Т</h3></div></a>'],
    ['a button', '<button class="card"><span class="root">Т</span></button>'],
    ['a label', '<label class="card"><div class="root">Т</div></label>'],
    ['a summary', '<details><summary class="card"><div class="root">Т</div></summary></details>'],
  ])('goes just before an ad that is all inside %s', (_what, html) => {
    const host = place(html, 'Т');
    expect(host.parentElement?.closest(INTERACTIVE)).toBeNull();
    expect(host.nextElementSibling?.className).toBe('card');
  });
});

describe('fitting a card of a fixed height', () => {
  function sized(el: Element, scrollHeight: number, clientHeight: number): void {
    Object.defineProperty(el, 'scrollHeight', { configurable: true, value: scrollHeight });
    Object.defineProperty(el, 'clientHeight', { configurable: true, value: clientHeight });
  }

  it('sees content pushed out of the card, or of a box just around it, but not a scroll container', () => {
    document.body.innerHTML =
      '<ul class="grid"><li class="cell"><div class="root"><img><h3>Т</h3></div></li></ul>';
    const root = document.querySelector('.root') as HTMLElement;
    const host = badgeHost();
    root.prepend(host);
    Object.defineProperty(host, 'offsetHeight', { configurable: true, value: 30 });
    for (const el of [root, root.parentElement!, root.parentElement!.parentElement!]) sized(el, 200, 200);
    expect(pushesOut(host, root)).toBe(false);
    sized(root.parentElement!, 230, 200); // the fixed-height grid cell overflows by the badge
    expect(pushesOut(host, root)).toBe(true);
    (root.parentElement as HTMLElement).style.overflowY = 'auto';
    expect(pushesOut(host, root)).toBe(false);
  });

  it('docks the badge at the top of the card, out of the flow', () => {
    document.body.innerHTML = '<div class="root"><img><h3>Т</h3></div>';
    const root = document.querySelector('.root') as HTMLElement;
    const host = badgeHost();
    root.querySelector('h3')?.after(host);
    dock(host, root);
    expect(host.hasAttribute(DOCK_ATTR)).toBe(true);
    expect(root.firstElementChild).toBe(host);
  });
});
