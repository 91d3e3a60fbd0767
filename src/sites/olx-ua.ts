/** olx.ua: the "Робота" section (/rabota/, /uk/rabota/) and job ad pages (/d/uk/obyavlenie/…). Shared markup: olx-markup.ts. */
import { defineOlxAdapter } from './olx-markup';
import type { RealPage } from './real-pages';

/**
 * No job page found: a flats-for-sale list in the gallery layout. Counted with grep -o: 12
 * `data-cy="l-card"`, 12 `data-testid="ad-price"`; no `location-date` hook (the place is in a plain <p>).
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    12,
    'olx-ua/listing-realestate-2026-01.html',
    {
      url: 'https://www.olx.ua/uk/nedvizhimost/kvartiry/prodazha-kvartir/lvov/',
      salary: 12,
      otherSection: 'flats for sale',
    },
  ],
];

export const adapter = defineOlxAdapter({
  id: 'olx-ua',
  name: 'olx.ua',
  section: 'rabota',
  lang: 'uk',
  testUrls: ['https://www.olx.ua/uk/rabota/', 'https://www.olx.ua/d/uk/obyavlenie/ofitsiant-IDx0000120.html'],
});
