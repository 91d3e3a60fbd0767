// @vitest-environment happy-dom
/**
 * A listing whose cards the adapter no longer finds (the site renamed its classes) is read from the
 * postings it describes in schema.org data, card by card; never as one block of text.
 */
import { describe, expect, it } from 'vitest';
import { listingPostings } from '../../../src/extract';
import { findAds } from '../../../src/page/scanner';
import { adapter as hh } from '../../../src/sites/hh';

const SEARCH = new URL('https://hh.ru/search/vacancy?text=cook');

function page(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

const TEXT = 'Повар в столовую, график 5/2, оформление по ТК, обеды за счёт компании.';

/** Cards in markup the hh adapter does not know, each a microdata JobPosting. */
const MICRODATA = ['Повар', 'Кондитер', 'Пекарь']
  .map(
    (title, i) => `<article class="new-card" itemscope itemtype="https://schema.org/JobPosting">
      <h2 itemprop="title"><a href="/vacancy/${i + 1}">${title}</a></h2>
      <div itemprop="description">${TEXT}</div></article>`,
  )
  .join('');

const jsonLd = (titles: string[]): string =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: titles.map((title) => ({
      '@type': 'JobPosting',
      title,
      description: `<p>${TEXT}</p>`,
    })),
  })}</script>` + titles.map((title) => `<li class="new-card"><h3>${title}</h3><p>${TEXT}</p></li>`).join('');

describe('the generic reader on a listing the adapter reads nothing of', () => {
  it('takes each microdata JobPosting as a card', () => {
    const doc = page(MICRODATA);
    const ads = findAds(hh, doc, SEARCH);
    expect(ads.map((a) => [a.kind, a.ad.title, a.root.className])).toEqual([
      ['card', 'Повар', 'new-card'],
      ['card', 'Кондитер', 'new-card'],
      ['card', 'Пекарь', 'new-card'],
    ]);
    expect(ads.every((a) => a.ad.text === TEXT)).toBe(true);
  });

  it('takes the JSON-LD postings of a list whose titles are shown, each on its own card', () => {
    const ads = findAds(hh, page(`<ul>${jsonLd(['Повар', 'Кондитер'])}</ul>`), SEARCH);
    expect(ads.map((a) => [a.kind, a.ad.title, a.root.tagName])).toEqual([
      ['card', 'Повар', 'LI'],
      ['card', 'Кондитер', 'LI'],
    ]);
  });

  it('skips postings the page does not show, and a single posting (no list)', () => {
    const doc = page(`<ul>${jsonLd(['Повар', 'Кондитер'])}</ul>`);
    doc.querySelector('li')?.remove();
    expect(listingPostings(doc, SEARCH).map((a) => a.ad.title)).toEqual(['Кондитер']);
    expect(findAds(hh, page(`<ul>${jsonLd(['Повар'])}</ul>`), SEARCH)).toEqual([]);
  });

  it('never reads the page as one block of text', () => {
    const block = `<main><p>${TEXT.repeat(10)}</p></main>`;
    expect(findAds(hh, page(block), SEARCH)).toEqual([]);
  });

  it('stays out when the adapter finds cards', () => {
    const card = `<div data-qa="vacancy-serp__vacancy"><a data-qa="serp-item__title" href="/vacancy/9">Повар</a></div>`;
    const ads = findAds(hh, page(card + MICRODATA), SEARCH);
    expect(ads.map((a) => a.ad.title)).toEqual(['Повар']);
  });
});
