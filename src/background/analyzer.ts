/**
 * The analyzer, as the background uses it.
 *
 * Imported statically on purpose. A Chrome MV3 service worker may not call import(): Chromium 156
 * rejects it with "import() is disallowed on ServiceWorkerGlobalScope by the HTML specification"
 * (measured here with a two-file extension; https://github.com/w3c/ServiceWorker/issues/1356), and WXT
 * builds a module background together with the popup's ES chunks, so a dynamic import would become a
 * chunk fetched at run time and fail. The analyzer stays cheap to load anyway: it compiles its catalogue
 * on the first call (src/analysis/index.ts), not when the worker starts.
 */
import { analyzeAd } from '../analysis/index';
import type { AdInput, Assessment, Sensitivity } from '../analysis/types';

export function analyzeAds(ads: readonly AdInput[], sensitivity: Sensitivity): Promise<Assessment[]> {
  return Promise.all(ads.map((ad) => analyzeAd(ad, { sensitivity })));
}
