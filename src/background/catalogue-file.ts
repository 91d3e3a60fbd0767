/** The packaged catalogue's path inside the extension: wxt.config.ts writes it, catalogue.ts reads it. */
export const CATALOGUE_FILE = 'catalogue.json';
