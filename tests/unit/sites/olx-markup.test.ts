// @vitest-environment happy-dom
/** OLX ad pages share /d/ with every category: only job ads may be read. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../../src/sites/olx-pl';
import { FIXTURES_DIR } from './fixture-harness';

const html = readFileSync(join(FIXTURES_DIR, 'olx-pl', 'ad.html'), 'utf8');
const url = new URL('https://www.olx.pl/d/oferta/kelnerka-CID4-ID900000111.html');

describe('OLX job-page guard', () => {
  it('reads an ad page whose breadcrumbs lead to the job section', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(adapter.find(doc, url)).toHaveLength(1);
  });

  it('reads nothing on an ad page of another category', () => {
    const doc = new DOMParser().parseFromString(
      html.replace('href="/praca/"', 'href="/motoryzacja/"'),
      'text/html',
    );
    expect(adapter.find(doc, url)).toEqual([]);
  });

  it('reads listing cards under the job section path without breadcrumbs', () => {
    const listing = readFileSync(join(FIXTURES_DIR, 'olx-pl', 'listing.html'), 'utf8');
    const doc = new DOMParser().parseFromString(listing, 'text/html');
    expect(adapter.find(doc, new URL('https://www.olx.pl/praca/'))).toHaveLength(2);
    expect(adapter.find(doc, new URL('https://www.olx.pl/d/motoryzacja/'))).toEqual([]);
  });
});
