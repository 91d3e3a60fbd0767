// @vitest-environment happy-dom
/**
 * The runtime "Check this page" injects: it collects the page's ads (or the selection), and once the
 * background has analyzed them, marks, badges and highlights them, and answers "Show on page".
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../src/analysis/types';
import { CollectedPageSchema } from '../../../src/background/check-tab';
import type { Extractor } from '../../../src/background/collect-page';
import { BADGE_SELECTOR } from '../../../src/ui/badge/badge';
import { createCheckRuntime, isCheckKey } from '../../../src/ui/badge/checked-page';
import { MARK_ATTR } from '../../../src/ui/badge/highlight';

const URL_ = 'https://forum.example/jobs/1';
const LURE = 'Girls 18-25 for a club abroad, we pay the visa.';

const byArticle: Extractor = (doc) =>
  [...doc.querySelectorAll('article')].map((root) => ({
    root,
    kind: 'card' as const,
    ad: {
      title: root.querySelector('h2')?.textContent ?? '',
      text: root.querySelector('p')?.textContent ?? '',
    },
  }));

const high = (evidence: string): Assessment => ({
  level: 'high',
  score: 9,
  lang: 'en',
  checked: true,
  partial: false,
  findings: [
    {
      rule: 'r',
      category: 'irregular-visa',
      strength: 'strong',
      evidence,
      start: LURE.indexOf(evidence),
      end: LURE.indexOf(evidence) + evidence.length,
      advice: 'flag-visa',
    },
  ],
});
const none: Assessment = { level: 'none', score: 0, lang: 'en', checked: true, partial: false, findings: [] };
const MESSAGES = {
  level_high: 'High risk',
  level_none: 'No risk found',
  page_verdict_high: 'High risk: signs.',
};

beforeEach(() => {
  document.body.innerHTML = `
    <article><h2>Hostesses wanted</h2><p>${LURE}</p></article>
    <article><h2>Cook</h2><p>Cook for a cafe in Kazan.</p></article>`;
});

describe('the check runtime', () => {
  it('collects the ads as parseable data, then marks and badges each and highlights the phrases', () => {
    const runtime = createCheckRuntime(document, () => URL_, byArticle);
    const page = runtime.collect('page');
    expect(CollectedPageSchema.parse(page)).toEqual(page);
    expect(page?.ads.map((a) => a.key)).toEqual(['check-0', 'check-1']);
    expect(
      runtime.draw(
        [
          { key: 'check-0', assessment: high('we pay the visa') },
          { key: 'check-1', assessment: none },
        ],
        MESSAGES,
      ),
    ).toBe(2);
    const articles = [...document.querySelectorAll('article')];
    expect(articles.map((a) => a.getAttribute('data-jobsafe-risk'))).toEqual(['high', 'none']);
    // The badge sits after the title heading, one per ad.
    expect(articles.map((a) => a.querySelector('h2')?.nextElementSibling?.matches(BADGE_SELECTOR))).toEqual([
      true,
      true,
    ]);
    // The root is closed (the page cannot read it): the runtime's own handle can.
    expect(articles[0]?.querySelector(BADGE_SELECTOR)?.shadowRoot).toBeNull();
    expect(runtime.badges().get('check-0')?.shadow.textContent).toContain('High risk');
    // happy-dom has no CSS highlights: the phrase is wrapped in a mark instead.
    expect([...document.querySelectorAll(`mark[${MARK_ATTR}]`)].map((m) => m.textContent)).toEqual([
      'we pay the visa',
    ]);
  });

  it('keeps one ad whose badge cannot be placed from stopping the others (issue 14)', () => {
    const runtime = createCheckRuntime(document, () => URL_, byArticle);
    runtime.collect('page');
    // The page breaks the first card so that placing a badge there throws.
    const first = document.querySelector('article') as HTMLElement;
    const broken = () => {
      throw new Error('the page broke this card');
    };
    first.prepend = broken;
    (first.querySelector('h2') as HTMLElement).after = broken;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const marked = runtime.draw(
      [
        { key: 'check-0', assessment: high('we pay the visa') },
        { key: 'check-1', assessment: none },
      ],
      MESSAGES,
    );
    warn.mockRestore();
    expect(marked).toBe(2);
    const articles = [...document.querySelectorAll('article')];
    expect(articles.map((a) => a.getAttribute('data-jobsafe-risk'))).toEqual(['high', 'none']);
    expect([...runtime.badges().keys()]).toEqual(['check-1']);
    expect(articles[1]?.querySelector(BADGE_SELECTOR)).toBe(runtime.badges().get('check-1')?.host);
  });

  it('answers "Show on page" for its own ads only, and starts over on a second check', () => {
    const runtime = createCheckRuntime(document, () => URL_, byArticle);
    runtime.collect('page');
    runtime.draw([{ key: 'check-0', assessment: high('we pay the visa') }], MESSAGES);
    expect(runtime.scrollTo('check-0')).toBe(true);
    expect(runtime.scrollTo('check-7')).toBe(false);
    expect(isCheckKey('check-0')).toBe(true);
    expect(isCheckKey('hh:https://hh.ru/vacancy/1')).toBe(false);

    runtime.collect('page');
    expect(document.querySelectorAll(BADGE_SELECTOR)).toHaveLength(0);
    expect(document.querySelectorAll('[data-jobsafe-risk]')).toHaveLength(0);
    expect(document.querySelectorAll(`mark[${MARK_ATTR}]`)).toHaveLength(0);
  });

  it('reads the selected text as one ad and opens its badge', () => {
    const runtime = createCheckRuntime(document, () => URL_, byArticle);
    expect(runtime.collect('selection')).toBeUndefined();
    const p = document.querySelector('article p') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const page = runtime.collect('selection');
    expect(page?.ads).toEqual([
      { key: 'check-selection', ad: { id: 'check-selection', text: LURE, url: URL_, lang: undefined } },
    ]);
    runtime.draw(
      [{ key: 'check-selection', assessment: high('we pay the visa') }],
      MESSAGES,
      'check-selection',
    );
    expect(p.querySelector(BADGE_SELECTOR)).toBe(runtime.badges().get('check-selection')?.host);
    expect(p.getAttribute('data-jobsafe-risk')).toBe('high');
    const shadow = runtime.badges().get('check-selection')?.shadow;
    expect(shadow?.querySelector('button')?.getAttribute('aria-expanded')).toBe('true');
  });
});
