// @vitest-environment happy-dom
/**
 * Which ads a scan finds: the adapter's, and on an ad page whose vacancy body the adapter's selectors
 * miss, the generic extractor's (the site changed its markup; the ad must not go unread).
 */
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../../src/page/cache';
import { findAds, scanPage } from '../../../src/page/scanner';
import { adapter as hh } from '../../../src/sites/hh';

const VACANCY = new URL('https://hh.ru/vacancy/900000001');
const SEARCH = new URL('https://hh.ru/search/vacancy?text=cook');
const DESCRIPTION =
  'Работа за границей для девушек, официантки. Опыт не нужен. Перелёт и проживание оплачиваем, ' +
  'контракт подпишете на месте. Звоните только на мобильный.';

function page(body: string): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>Вакансия</title></head><body>${body}</body></html>`,
    'text/html',
  );
}

/** A vacancy page in markup the hh adapter does not know, with the site's JSON-LD JobPosting. */
const RENAMED = `
  <script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Официантка',
    description: `<p>${DESCRIPTION}</p>`,
    hiringOrganization: { '@type': 'Organization', name: 'ООО Ромашка' },
  })}</script>
  <main><h1>Официантка</h1><div class="new-vacancy-text"><p>${DESCRIPTION}</p><p>${DESCRIPTION}</p></div></main>`;

describe('findAds', () => {
  it('reads an ad page the selectors miss with the generic extractor', () => {
    const ads = findAds(hh, page(RENAMED), VACANCY);
    expect(ads).toHaveLength(1);
    expect(ads[0]?.kind).toBe('detail');
    expect(ads[0]?.ad.title).toBe('Официантка');
    expect(ads[0]?.ad.text).toContain('контракт подпишете на месте');
    expect(ads[0]?.root.className).toBe('new-vacancy-text');
  });

  it('leaves listings to the adapter alone', () => {
    expect(findAds(hh, page(RENAMED), SEARCH)).toEqual([]);
  });

  it('does not step in when the adapter finds the vacancy body', () => {
    const doc = page(
      `<div class="vacancy-description"><div data-qa="vacancy-description">${DESCRIPTION}</div></div>`,
    );
    const ads = findAds(hh, doc, VACANCY);
    expect(ads.map((a) => a.root.className)).toEqual(['vacancy-description']);
  });

  it('keeps the cards the adapter found and takes no block holding them', () => {
    const card = `<div data-qa="vacancy-serp__vacancy"><a data-qa="serp-item__title" href="/vacancy/2">Повар</a>
      <div data-qa="vacancy-serp__vacancy_snippet_responsibility">${DESCRIPTION}</div></div>`;
    const ads = findAds(
      hh,
      page(`<section>${card}${card.replace('/vacancy/2', '/vacancy/3')}</section>`),
      VACANCY,
    );
    expect(ads.map((a) => a.kind)).toEqual(['card', 'card']);
  });

  it('sends the generic ad for analysis like any other', () => {
    const { ads, toAnalyze } = scanPage(hh, page(RENAMED), VACANCY, new ResultCache());
    expect(ads).toHaveLength(1);
    expect(toAnalyze[0]?.key).toBe('hh:https://hh.ru/vacancy/900000001');
  });
});
