// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findAds } from '../../../src/page/scanner';
import { adapter } from '../../../src/sites/robota-ua';
import { adapterFor } from '../../../src/sites/registry';
import { describeAdapter, loadFixtures, type Fixture } from './fixture-harness';

describeAdapter(adapter);

const fixtures = loadFixtures('robota-ua');
function fixture(name: string): Fixture {
  const found = fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`tests/fixtures/sites/robota-ua/${name}.html is missing`);
  return found;
}

/** The fixture's document with `change` applied to a copy (the site renamed part of its markup). */
function changed(name: string, change: (doc: Document) => void): Fixture {
  const original = fixture(name);
  const doc = original.doc.cloneNode(true) as Document;
  change(doc);
  return { ...original, doc };
}

/** Renames every element matching `selector` to a tag the adapter does not know, keeping its children. */
function renameAll(doc: Document, selector: string, tag: string): void {
  for (const element of [...doc.querySelectorAll(selector)]) {
    const renamed = doc.createElement(tag);
    renamed.append(...element.childNodes);
    element.replaceWith(renamed);
  }
}

describe('robota.ua pages', () => {
  it.each([
    'https://robota.ua/zapros/oficiant/kyiv',
    'https://robota.ua/zapros/ukraine/params;scheduleIds=3',
    'https://robota.ua/ua/zapros/python/ukraine',
    'https://robota.ua/ru/zapros/python/ukraine?page=2',
    'https://robota.ua/company900001/vacancy900000201',
    'https://robota.ua/ua/company900001/vacancy900000201',
    'https://robota.ua/ru/company900001/vacancy900000201',
  ])('claims %s', (url) => {
    expect(adapterFor(new URL(url))?.id).toBe('robota-ua');
  });

  it.each([
    'https://robota.ua/',
    'https://robota.ua/company900001',
    'https://robota.ua/ru/company900001',
    'https://robota.ua/candidates/all/ukraine',
    'https://robota.ua/ua/cv/21762019',
    'https://employer.robota.ua/',
  ])('leaves %s alone (not a job listing or vacancy)', (url) => {
    expect(adapterFor(new URL(url))).toBeUndefined();
  });

  it('tells vacancy pages in each language by their path', () => {
    const doc = fixture('ad').doc;
    for (const path of ['/company1/vacancy2', '/ua/company1/vacancy2', '/ru/company1/vacancy2'])
      expect(adapter.isAdPage?.(doc, new URL(path, 'https://robota.ua')), path).toBe(true);
    expect(adapter.isAdPage?.(doc, new URL('https://robota.ua/zapros/company/kyiv'))).toBe(false);
  });
});

describe('robota.ua when its markup changes', () => {
  it('still finds the desktop cards by their a.card link when the component tags are renamed', () => {
    const { doc, url } = changed('listing', (d) => renameAll(d, 'alliance-vacancy-card-desktop', 'div'));
    const cards = adapter.find(doc, url);
    expect(cards.map((found) => found.root.localName)).toEqual(['a', 'a', 'a']);
    expect(cards.map((found) => found.ad)).toEqual(
      adapter.find(fixture('listing').doc, url).map((f) => f.ad),
    );
  });

  it('reads a vacancy page whose description hook is gone with the generic extractor', () => {
    const { doc, url } = changed('ad', (d) => {
      d.querySelector('#description-wrap')?.removeAttribute('id');
    });
    expect(adapter.find(doc, url).map((found) => found.kind)).toEqual(['card']);
    expect(adapter.isAdPage?.(doc, url)).toBe(true);

    const ads = findAds(adapter, doc, url);
    const vacancy = ads.find((found) => found.kind === 'detail');
    expect(vacancy?.ad.text).toContain('чайові залишаються офіціанту');
    expect(vacancy?.ad.text).not.toContain('Бармен');
    // The recommended vacancy is still read as a card beside it.
    expect(ads.filter((found) => found.kind === 'card').map((found) => found.ad.title)).toEqual(['Бармен']);
  });

  it('finds nothing on a listing whose cards lost every hook (no schema.org postings to fall back on)', () => {
    const { doc, url } = changed('listing', (d) => {
      renameAll(d, 'alliance-vacancy-card-desktop', 'div');
      for (const link of d.querySelectorAll('a.card')) link.classList.remove('card');
    });
    expect(adapter.find(doc, url)).toEqual([]);
    expect(findAds(adapter, doc, url)).toEqual([]);
  });
});
