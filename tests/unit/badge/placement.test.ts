// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeBadge } from '../../../src/ui/badge/placement';

function place(html: string, title?: string) {
  document.body.innerHTML = html;
  const root = document.querySelector('.root') as Element;
  const host = document.createElement('jobsafe-badge');
  placeBadge(host, { root, kind: 'card', ad: { title, text: 'x' } });
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

  it('goes at the top of the root when no heading matches', () => {
    const host = place('<div class="root"><span>Официантка</span><p>text</p></div>', 'Официантка');
    expect(document.querySelector('.root')?.firstElementChild).toBe(host);
  });
});
