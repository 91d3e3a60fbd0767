import { describe, expect, it } from 'vitest';
import { adKey, contentHash, uniqueKeys } from '../../../src/page/keys';
import type { FoundAd } from '../../../src/sites/types';

const root = {} as Element;
const page = new URL('https://hh.ru/vacancy/123?from=search#top');

describe('ad keys', () => {
  it('use the ad URL without query or fragment', () => {
    const found: FoundAd = {
      root,
      kind: 'card',
      ad: { text: 't', url: 'https://hh.ru/vacancy/9?query=x&hhtmFrom=list' },
    };
    expect(adKey('hh', found, page)).toBe('hh:https://hh.ru/vacancy/9');
  });

  it('cut an already parsed URL as the URL parser would: origin and path', () => {
    for (const href of [
      'https://hh.ru/vacancy/9?query=x#top',
      'https://www.olx.ua/d/uk/obyavlenie/x.html#gallery',
      'https://example.com',
      'https://example.com?x=1',
      'https://user:pw@example.com/a?b',
      'https://t.me/s/rabota#123',
    ]) {
      const u = new URL(href);
      const found: FoundAd = { root, kind: 'card', ad: { text: 't', url: u.href } };
      expect(adKey('x', found, page)).toBe(`x:${u.origin}${u.pathname}`);
    }
  });

  it('use the page URL on an ad page, and a text hash when there is no URL', () => {
    expect(adKey('hh', { root, kind: 'detail', ad: { text: 't' } }, page)).toBe(
      'hh:https://hh.ru/vacancy/123',
    );
    const a = adKey('avito', { root, kind: 'card', ad: { title: 'A', text: 'x' } }, page);
    const b = adKey('avito', { root, kind: 'card', ad: { title: 'A', text: 'y' } }, page);
    expect(a).toMatch(/^avito:#/);
    expect(a).not.toBe(b);
  });

  it('stay within the 200 characters of the messaging contract', () => {
    const long = `https://example.com/${'a'.repeat(300)}`;
    expect(adKey('x', { root, kind: 'card', ad: { text: 't', url: long } }, page).length).toBeLessThanOrEqual(
      200,
    );
  });

  it('are made unique on a page that shows an ad twice', () => {
    expect(uniqueKeys(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a~2', 'a~3']);
  });

  it('hash every field the analyzer sees, keeping field boundaries', () => {
    const base = { text: 'abc', title: 'T' };
    expect(contentHash(base)).toBe(contentHash({ ...base }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, salary: '100' }));
    expect(contentHash({ text: 'bc', title: 'Ta' })).not.toBe(contentHash({ text: 'abc', title: 'T' }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, contacts: ['+7 999'] }));
  });
});
