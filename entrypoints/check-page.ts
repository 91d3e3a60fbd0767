import { extractGeneric } from '../src/extract';
import { collectPage } from '../src/background/collect-page';

/**
 * "Check this page": injected by the background into the active tab (activeTab), returns the page's ads
 * found by the generic extractor (or the page's main text). Not declared in the manifest;
 * executeScript returns main()'s value.
 */
export default defineUnlistedScript(() => collectPage(document, location.href, extractGeneric));
