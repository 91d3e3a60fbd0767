// @vitest-environment happy-dom
import { LIMITS } from '../../../src/messaging/messages';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyRiskMarks,
  collectPage,
  MAX_PAGE_TEXT,
  type Extractor,
} from '../../../src/background/collect-page';
import { CollectedPageSchema, toPageItems } from '../../../src/background/check-tab';
import { extractGeneric } from '../../../src/extract';

const URL_ = 'https://forum.example/jobs/1';

beforeEach(() => {
  document.documentElement.lang = 'en-GB';
  document.title = 'Jobs — hostess abroad';
  document.body.innerHTML = `
    <nav>Forum › Jobs</nav>
    <article class="post"><h2>Hostesses wanted</h2><p>Girls 18-25 for a club abroad, we pay the visa.</p></article>
    <article class="post"><h2>Cook</h2><p>Cook for a cafe in Kazan, contract from day one.</p></article>
    <footer>© forum</footer>`;
});

describe('collectPage', () => {
  it('uses the extractor’s ads, tags their roots and returns parseable data', () => {
    const extract: Extractor = (doc) =>
      [...doc.querySelectorAll('article')].map((root) => ({
        root,
        kind: 'card' as const,
        ad: {
          title: root.querySelector('h2')?.textContent ?? '',
          text: root.querySelector('p')?.textContent ?? '',
        },
      }));
    const page = collectPage(document, URL_, extract);
    expect(CollectedPageSchema.parse(page)).toEqual(page);
    // The page's own title and a pushed URL of any length are cut to the report's bounds, not trusted.
    const huge = CollectedPageSchema.parse({
      ...page,
      title: 'x'.repeat(1_000_000),
      url: `${URL_}?${'a'.repeat(1e6)}`,
    });
    expect([huge.title.length, huge.url.length]).toEqual([LIMITS.reportTitle, LIMITS.pageUrl]);
    expect(page.ads.map((a) => [a.key, a.ad.title, a.ad.lang])).toEqual([
      ['check-0', 'Hostesses wanted', 'en'],
      ['check-1', 'Cook', 'en'],
    ]);
    const roots = [...document.querySelectorAll('[data-jobsafe-check]')].map((el) =>
      el.getAttribute('data-jobsafe-check'),
    );
    expect(roots).toEqual(['check-0', 'check-1']);
  });

  it('works with the generic extractor on a page with a schema.org JobPosting', () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Hostess abroad',
      description: 'Girls 18-25 for a club abroad, we pay the visa, you repay it later.',
    };
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(posting);
    document.head.append(script);
    const page = collectPage(document, URL_, extractGeneric);
    script.remove();
    expect(CollectedPageSchema.parse(page)).toEqual(page);
    expect(page.ads).toHaveLength(1);
    expect(page.ads[0]?.ad.title).toBe('Hostess abroad');
    expect(page.ads[0]?.ad.text).toContain('we pay the visa');
    expect(document.querySelectorAll('[data-jobsafe-check="check-0"]')).toHaveLength(1);
  });

  it('falls back to the main content’s text when no ad is recognised', () => {
    document.querySelector('article:last-of-type')?.remove();
    const page = collectPage(document, URL_, () => []);
    expect(page.ads).toHaveLength(1);
    const [only] = page.ads;
    expect(only?.key).toBe('check-page');
    expect(only?.ad.text).toContain('Girls 18-25 for a club abroad');
    expect(only?.ad.text).not.toContain('© forum');
    expect(only?.ad.title).toBe('Jobs — hostess abroad');
  });

  it('falls back to the whole body when the page has several articles and no <main>', () => {
    const [only] = collectPage(document, URL_, () => []).ads;
    expect(only?.ad.text).toContain('Girls 18-25 for a club abroad');
    expect(only?.ad.text).toContain('Cook for a cafe in Kazan');
    expect(document.body.getAttribute('data-jobsafe-check')).toBe('check-page');
  });

  it('bounds the text of a huge page', () => {
    document.body.innerHTML = `<main>${'word '.repeat(MAX_PAGE_TEXT)}</main>`;
    const page = collectPage(document, URL_);
    expect(page.ads[0]?.ad.text.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
  });

  it('returns no ad for an empty page', () => {
    document.body.innerHTML = '';
    expect(collectPage(document, URL_).ads).toEqual([]);
  });
});

describe('applyRiskMarks and toPageItems', () => {
  it('marks each tagged root with its level', () => {
    const page = collectPage(document, URL_, (doc) =>
      [...doc.querySelectorAll('article')].map((root) => ({
        root,
        kind: 'card' as const,
        ad: { text: root.textContent ?? '' },
      })),
    );
    const none = { score: 0, lang: 'en', checked: true, partial: false, findings: [] };
    const items = toPageItems(page, [
      { level: 'high', ...none },
      { ...none, level: 'none', checked: false, lang: 'kk' },
    ]);
    expect(items.map((i) => [i.key, i.site, i.assessment.level])).toEqual([
      ['check-0', 'forum.example', 'high'],
      ['check-1', 'forum.example', 'none'],
    ]);
    expect(applyRiskMarks(items.map((i) => [i.key, i.assessment.level, i.assessment.checked]))).toBe(2);
    expect(
      [...document.querySelectorAll('article')].map((a) => [
        a.getAttribute('data-jobsafe-risk'),
        a.getAttribute('data-jobsafe-checked'),
      ]),
    ).toEqual([
      ['high', null],
      ['none', 'false'],
    ]);
  });
});
