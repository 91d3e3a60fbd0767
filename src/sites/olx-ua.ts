/** olx.ua: the "Робота" section (/rabota/, /uk/rabota/) and job ad pages (/d/uk/obyavlenie/…). Shared markup: olx-markup.ts. */
import { defineOlxAdapter } from './olx-markup';

export const adapter = defineOlxAdapter({
  id: 'olx-ua',
  name: 'olx.ua',
  section: 'rabota',
  lang: 'uk',
  testUrls: ['https://www.olx.ua/uk/rabota/', 'https://www.olx.ua/d/uk/obyavlenie/ofitsiant-IDx0000120.html'],
});
