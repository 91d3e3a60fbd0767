/** olx.pl: the "Praca" section (/praca/…) and job ad pages (/d/oferta/…). Shared markup: olx-markup.ts. */
import { defineOlxAdapter } from './olx-markup';

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
