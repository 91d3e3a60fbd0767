/**
 * Every site adapter, in the order they are tried. The job-site content script is declared for the
 * union of their match patterns, so JobSafe runs on these sites only. See docs/sites.md "Adding a site".
 */
import { compileMatchPattern } from './match-pattern';
import type { SiteAdapter } from './types';
import { adapter as hh } from './hh';

export const ADAPTERS: readonly SiteAdapter[] = [hh];

/** Match patterns for the job-site content script: the union of every adapter's patterns. */
export const SITE_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((adapter) => adapter.matches))];

const MATCHERS = ADAPTERS.map((adapter) => ({
  adapter,
  tests: adapter.matches.map(compileMatchPattern),
}));

/** The first adapter whose patterns match `url`: the one the content script uses on that page. */
export function adapterFor(url: URL): SiteAdapter | undefined {
  return MATCHERS.find(({ tests }) => tests.some((test) => test(url)))?.adapter;
}
