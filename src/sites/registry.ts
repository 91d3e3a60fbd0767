/**
 * Every site adapter, in the order they are tried. The content script is declared for the union of their
 * match patterns, so JobSafe runs on these sites only. See README "Adding a site".
 */
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [];

/** Match patterns for the job-site content script (hh.ru until the adapters land). */
export const SITE_MATCHES: string[] = ADAPTERS.length
  ? [...new Set(ADAPTERS.flatMap((a) => a.matches))]
  : ['*://hh.ru/*', '*://*.hh.ru/*'];
