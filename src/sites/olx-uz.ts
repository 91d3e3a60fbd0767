/** olx.uz: the "Работа" section (/rabota/) and job ad pages (/d/obyavlenie/…). Shared markup: olx-markup.ts. */
import { defineOlxAdapter } from './olx-markup';
import type { RealPage } from './real-pages';

/**
 * No job page found: a used-cars list. Counted with grep -o: 52 `data-cy="l-card"`, 52
 * `data-testid="ad-price"`, 52 `data-testid="location-date"`. No canonical link in the page: the address
 * is its own filter links' list address.
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    52,
    'olx-uz/listing-cars-2026-03.html',
    {
      url: 'https://www.olx.uz/transport/legkovye-avtomobili/chevrolet/',
      salary: 52,
      location: 52,
      otherSection: 'cars',
    },
  ],
];

export const adapter = defineOlxAdapter({
  id: 'olx-uz',
  name: 'olx.uz',
  section: 'rabota',
  // olx.uz ads are mostly in Russian, many in Uzbek; this is only the fallback when the text does not tell.
  lang: 'ru',
  testUrls: ['https://www.olx.uz/rabota/tashkent/', 'https://www.olx.uz/d/obyavlenie/povar-IDx0000140.html'],
});
