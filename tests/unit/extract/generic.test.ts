// @vitest-environment happy-dom
/**
 * Generic extraction over hand-made pages (tests/fixtures/sites/generic/): each page's extraction must
 * equal the JSON beside it, including which element becomes the ad's root and body.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGeneric, jobPostingsFromJsonLd, largestTextBlock } from '../../../src/extract';
import { htmlToText } from '../../../src/extract/html-text';

const DIR = join(__dirname, '../../fixtures/sites/generic');

/** A short, stable name for an element: tag, id and first class. */
const describeElement = (element: Element): string =>
  element.tagName.toLowerCase() +
  (element.id ? `#${element.id}` : '') +
  (element.classList[0] ? `.${element.classList[0]}` : '');

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const fixtures = readdirSync(DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''));

describe('extractGeneric on fixtures', () => {
  it('has the fixtures for every source: JSON-LD, microdata, readable text, nothing', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining([
        'jsonld-single',
        'jsonld-graph',
        'jsonld-array',
        'microdata',
        'readable',
        'none',
      ]),
    );
  });

  it.each(fixtures)('%s.html gives the expected ads', (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as {
      url: string;
      ads: unknown[];
    };
    const doc = parse(readFileSync(join(DIR, `${name}.html`), 'utf8'));
    const found = extractGeneric(doc, new URL(expected.url)).map((ad) => ({
      kind: ad.kind,
      root: describeElement(ad.root),
      ...(ad.body ? { body: describeElement(ad.body) } : {}),
      ad: ad.ad,
    }));
    expect(found).toEqual(expected.ads);
  });
});

describe('JSON-LD details', () => {
  const url = new URL('https://jobs.example/1');
  const page = (json: string): Document =>
    parse(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);

  it('prefers JSON-LD over microdata on the same page', () => {
    const doc = parse(
      `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"From JSON-LD","description":"a"}</script></head>` +
        `<body><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">From microdata</h1><p itemprop="description">b</p></div></body></html>`,
    );
    expect(extractGeneric(doc, url).map((ad) => ad.ad.title)).toEqual(['From JSON-LD']);
  });

  it('keeps the other fields when one is malformed', () => {
    const [ad] = jobPostingsFromJsonLd(
      page(
        '{"@type":"JobPosting","title":"Cook","description":"Cook meals.","baseSalary":{"value":[1,2]},"hiringOrganization":42}',
      ),
      url,
    );
    expect(ad).toEqual({ title: 'Cook', text: 'Cook meals.', employer: '42', url: 'https://jobs.example/1' });
  });

  it('finds postings nested in an ItemList and ignores other types', () => {
    const ads = jobPostingsFromJsonLd(
      page(
        '{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"JobPosting","title":"Driver"}},{"@type":"Product","name":"Car"}]}',
      ),
      url,
    );
    expect(ads.map((ad) => ad.title)).toEqual(['Driver']);
  });

  it('returns nothing for a page without JobPosting data', () => {
    expect(jobPostingsFromJsonLd(page('{"@type":"Organization","name":"Acme"}'), url)).toEqual([]);
  });
});

describe('helpers', () => {
  it('turns HTML, even escaped twice, into plain text with line breaks between blocks', () => {
    expect(htmlToText('<p>One</p><ul><li>Two</li><li>Three</li></ul>', document)).toBe('One\nTwo\nThree');
    expect(htmlToText('&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;', document)).toBe('One\nTwo');
  });

  it('does not run scripts or load images while parsing a description', () => {
    const text = htmlToText(
      '<img src="x" onerror="window.__pwned = true"><script>window.__pwned = true</script>Safe',
      document,
    );
    expect(text).toBe('Safe');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('finds no readable block when only links and navigation carry text', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/${i}">A long link text number ${i}</a></li>`,
    ).join('');
    expect(
      largestTextBlock(
        parse(`<html><body><nav><p>${'menu '.repeat(80)}</p></nav><ul>${links}</ul></body></html>`),
      ),
    ).toBeUndefined();
  });
});
