/** olx.kz: the "Работа" section (/rabota/) and job ad pages (/d/obyavlenie/…). Shared markup: olx-markup.ts. */
import { defineOlxAdapter } from './olx-markup';
import type { RealPage } from './real-pages';

/** No saved olx.kz page was found; OLX's shared markup is checked on the olx.pl, olx.ua and olx.uz pages. */
export const REAL_PAGES: readonly RealPage[] = [];

export const adapter = defineOlxAdapter({
  id: 'olx-kz',
  name: 'olx.kz',
  section: 'rabota',
  // Most ads on olx.kz are in Russian; this is only the fallback when the text does not tell.
  lang: 'ru',
  testUrls: [
    'https://www.olx.kz/rabota/almaty/',
    'https://www.olx.kz/d/obyavlenie/ofitsiantka-IDx0000130.html',
  ],
});
