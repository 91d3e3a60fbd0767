/**
 * Every site adapter, in the order they are tried. The job-site content script is declared for the
 * union of their match patterns, so JobSafe runs on these sites only. See docs/sites.md "Adding a site".
 */
import { compileMatchPattern } from './match-pattern';
import { OPT_IN_SITES } from './opt-in';
import type { SiteAdapter } from './types';
import { adapter as avito } from './avito';
import { adapter as craigslist } from './craigslist';
import { adapter as farpost } from './farpost';
import { adapter as hh } from './hh';
import { adapter as indeed } from './indeed';
import { adapter as linkedin } from './linkedin';
import { adapter as olxKz } from './olx-kz';
import { adapter as olxPl } from './olx-pl';
import { adapter as olxUa } from './olx-ua';
import { adapter as olxUz } from './olx-uz';
import { adapter as rabota } from './rabota';
import { adapter as robotaUa } from './robota-ua';
import { adapter as superjob } from './superjob';
import { adapter as trudvsem } from './trudvsem';
import { adapter as workUa } from './work-ua';
import { adapter as zarplata } from './zarplata';

// Sites never overlap, so the order only matters for speed: the busiest sites first.
export const ADAPTERS: readonly SiteAdapter[] = [
  hh,
  avito,
  superjob,
  rabota,
  zarplata,
  trudvsem,
  farpost,
  indeed,
  linkedin,
  craigslist,
  olxPl,
  olxUa,
  olxKz,
  olxUz,
  workUa,
  robotaUa,
];

/**
 * Adapters of the sites the user turns on (src/sites/opt-in.ts). Not in SITE_MATCHES: their pages get the
 * content script only once registered at run time, after the user granted the host permission.
 */
export const OPT_IN_ADAPTERS: readonly SiteAdapter[] = OPT_IN_SITES.map((site) => site.adapter);

/** Match patterns for the job-site content script: the union of every adapter's (its `injectOn`, else `matches`). */
export const SITE_MATCHES: string[] = [
  ...new Set(ADAPTERS.flatMap((adapter) => adapter.injectOn ?? adapter.matches)),
];

/** The adapters the content script may find a page's adapter among: the job sites, then the opt-in ones. */
const ALL_ADAPTERS: readonly SiteAdapter[] = [...ADAPTERS, ...OPT_IN_ADAPTERS];

/** Compiled on first use, adapter by adapter: a page needs only its own site's (the busiest come first). */
const compiled = new Map<SiteAdapter, ((url: URL) => boolean)[]>();

function testsOf(adapter: SiteAdapter): ((url: URL) => boolean)[] {
  let tests = compiled.get(adapter);
  if (!tests) compiled.set(adapter, (tests = adapter.matches.map(compileMatchPattern)));
  return tests;
}

/**
 * The first adapter whose patterns match `url`: the one the content script uses on that page (on an opt-in
 * site the script runs only when the user turned it on).
 */
export function adapterFor(url: URL): SiteAdapter | undefined {
  return ALL_ADAPTERS.find((adapter) => testsOf(adapter).some((test) => test(url)));
}
