/** olx.pl: the "Praca" section (/praca/…) and job ad pages (/d/oferta/…). Shared markup: olx-markup.ts. */
import { defineOlxAdapter } from './olx-markup';
import type { RealPage } from './real-pages';

/**
 * No job page found: a flats-to-rent list and a flat's ad page. Counted with grep -o: 51
 * `data-cy="l-card"`, 51 `data-testid="ad-price"`, 51 `data-testid="location-date"`; the ad page has one
 * `ad_description`, an `offer_title`, an `ad-price-container` and the seller's name.
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    51,
    'olx-pl/listing-realestate-2026-02.html',
    {
      url: 'https://www.olx.pl/nieruchomosci/mieszkania/wynajem/warszawa/q-kawalerka/',
      salary: 51,
      location: 51,
      otherSection: 'flats to rent',
    },
  ],
  [
    1,
    'olx-pl/ad-realestate-2026-02.html',
    {
      url: 'https://www.olx.pl/d/oferta/male-studio-bezposrednio-CID3-ID19jUV7.html',
      salary: 1,
      employer: 1,
      otherSection: 'a flat to rent',
    },
  ],
];

export const adapter = defineOlxAdapter({
  id: 'olx-pl',
  name: 'olx.pl',
  section: 'praca',
  lang: 'pl',
  testUrls: [
    'https://www.olx.pl/praca/gastronomia/warszawa/',
    'https://www.olx.pl/d/oferta/kelnerka-CID4-ID900000110.html',
  ],
});
