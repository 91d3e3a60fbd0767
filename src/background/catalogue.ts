/**
 * The pattern catalogue as the extension loads it: a data file packaged beside the scripts
 * (`catalogue.json`, copied into the build by wxt.config.ts), read once with fetch from the extension's
 * own origin. Bundled as a module it made the background script 5.2 MB, over the 5 MB that Firefox's
 * add-on linter (and AMO's review) can parse; as data it is only parsed as JSON. Nothing leaves the
 * browser: the URL is the extension's own.
 */
import { analyzerFromJson } from '../analysis/create';
import type { Analyzer } from '../analysis/engine';
import type { AdInput, AnalyzeOptions, Assessment } from '../analysis/types';
import { CATALOGUE_FILE } from './catalogue-file';

/**
 * Loads and parses the catalogue on first use. A failed load is not cached: the next ad tries again
 * (the caller reports the failure for this one, so no ad is shown as checked).
 */
export function packagedAnalyzer(url: string, fetchFn: typeof fetch = fetch) {
  let loading: Promise<Analyzer> | undefined;
  const load = (): Promise<Analyzer> => {
    loading ??= fetchFn(url)
      .then(async (res) => {
        if (!res.ok) throw new Error(`${CATALOGUE_FILE}: HTTP ${res.status}`);
        return analyzerFromJson(await res.json());
      })
      .catch((e: unknown) => {
        loading = undefined;
        throw e;
      });
    return loading;
  };
  return async (ad: AdInput, options?: AnalyzeOptions): Promise<Assessment> =>
    (await load()).analyze(ad, options);
}
