// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapter } from '../../../src/sites/craigslist';
import { describeAdapter, loadFixtures } from './fixture-harness';

describeAdapter(adapter);

describe('craigslist www postings (/view/d/…, no category in the address)', () => {
  const posting = loadFixtures('craigslist').find((fixture) => fixture.name === 'ad-www');
  if (!posting) throw new Error('tests/fixtures/sites/craigslist/ad-www.html is missing');

  it('reads a posting whose breadcrumbs lead to a job category', () => {
    expect(adapter.find(posting.doc, posting.url)).toHaveLength(1);
  });

  it('reads nothing on a posting of another category (cars, flats)', () => {
    const doc = posting.doc.cloneNode(true) as Document;
    const crumbs = doc.querySelector('#ld_breadcrumb_data');
    if (!crumbs) throw new Error('the ad-www fixture has no breadcrumbs');
    crumbs.textContent = (crumbs.textContent ?? '')
      .replaceAll('cat=jjj', 'cat=sss')
      .replaceAll('cat=fbh', 'cat=cta');
    expect(adapter.find(doc, posting.url)).toEqual([]);
    expect(adapter.isAdPage?.(doc, posting.url)).toBe(false);
  });
});
