// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextIndex, locatePhrase, type Segment } from '../../../src/ui/badge/text-index';
import { createHighlighter } from '../../../src/ui/badge/highlight';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<div id="b">${html}</div>`;
  return document.getElementById('b') as HTMLElement;
}

const text = (segments: Segment[] | null) =>
  segments?.map((s) => s.node.data.slice(s.start, s.end)).join('|');

describe('evidence → DOM mapping', () => {
  it('finds a phrase split across elements, white space and case', () => {
    const el = body('<p>Выезд по <b>Туристической</b>\n   визе.</p>');
    expect(text(locatePhrase(buildTextIndex(el), 'туристической визе'))).toBe('Туристической|\n   визе');
  });

  it('folds ё to е', () => {
    const el = body('<p>Всё оформим на месте</p>');
    expect(text(locatePhrase(buildTextIndex(el), 'все оформим'))).toBe('Всё оформим');
  });

  it('picks the occurrence nearest the finding offset', () => {
    const el = body('<p>виза нужна.</p><p>Середина текста, длинная.</p><p>виза нужна.</p>');
    const index = buildTextIndex(el);
    const first = locatePhrase(index, 'виза', 0)?.[0];
    const last = locatePhrase(index, 'виза', 0.95)?.[0];
    expect(first?.node).toBe(el.querySelector('p')?.firstChild);
    expect(last?.node).toBe(el.querySelectorAll('p')[2]?.firstChild);
  });

  it('ignores our badge, scripts and styles, and says null for a missing phrase', () => {
    const el = body('<div data-jobsafe-badge>виза</div><script>var виза</script><p>Работа</p>');
    expect(locatePhrase(buildTextIndex(el), 'виза')).toBeNull();
    expect(locatePhrase(buildTextIndex(el), '')).toBeNull();
  });
});

describe('<mark> highlighter (no CSS Custom Highlight API)', () => {
  it('wraps several phrases in one text node and restores the text exactly', () => {
    const el = body('<p>Туристическая виза, оплата 5000 руб. наличными, виза.</p>');
    const before = el.innerHTML;
    const index = buildTextIndex(el);
    const hl = createHighlighter(document);
    const matches = ['туристическая виза', 'оплата 5000 руб', 'наличными'].map(
      (p) => locatePhrase(index, p) as Segment[],
    );
    hl.show('k', matches);
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Туристическая виза',
      'оплата 5000 руб',
      'наличными',
    ]);
    expect(el.textContent).toBe('Туристическая виза, оплата 5000 руб. наличными, виза.');
    hl.clearAll();
    expect(el.querySelectorAll('mark')).toHaveLength(0);
    expect(el.textContent).toBe('Туристическая виза, оплата 5000 руб. наличными, виза.');
    el.normalize();
    expect(el.innerHTML).toBe(before);
    expect(document.getElementById('jobsafe-highlight-style')).toBeNull();
  });

  it('skips a quote overlapping one already highlighted', () => {
    const el = body('<p>рабочая туристическая виза</p>');
    const index = buildTextIndex(el);
    const hl = createHighlighter(document);
    hl.show('k', [
      locatePhrase(index, 'туристическая виза') as Segment[],
      locatePhrase(index, 'рабочая туристическая') as Segment[],
    ]);
    expect(el.textContent).toBe('рабочая туристическая виза');
    expect(el.querySelectorAll('mark').length).toBe(1);
  });
});
