/** olx.uz: the "Работа" section (/rabota/) and job ad pages (/d/obyavlenie/…). Shared markup: olx-markup.ts. */
import { defineOlxAdapter } from './olx-markup';

export const adapter = defineOlxAdapter({
  id: 'olx-uz',
  name: 'olx.uz',
  section: 'rabota',
  // olx.uz ads are mostly in Russian, many in Uzbek; this is only the fallback when the text does not tell.
  lang: 'ru',
  testUrls: ['https://www.olx.uz/rabota/tashkent/', 'https://www.olx.uz/d/obyavlenie/povar-IDx0000140.html'],
});
