/**
 * schema.org JobPosting in JSON-LD: the most reliable source of an ad's text where a site publishes it
 * (hh.ru does on vacancy pages; many ATS-built career sites do). Pages write JSON-LD in many shapes (a
 * single object, an array, an @graph, a type array): every shape is walked, and each field is parsed on
 * its own (zod with `.catch`), so one malformed field does not lose the posting.
 */
import * as z from 'zod/mini';
import type { ExtractedAd } from '../sites/types';
import { absoluteUrl, MAX_TEXT_CHARS, normalizeText, pageUrl } from '../sites/dom';
import { htmlToText } from './html-text';

// zod/mini, not zod: this runs in the content script, where full zod would cost ~90 KB gzip.
/**
 * The fields JobSafe reads; anything else in the posting is ignored. Built on first use: the content script
 * loads on every listing page, where this never runs, and constructing these thirty-odd schemas was part
 * of the script's start-up cost on the page's main thread.
 */
function jobPostingSchema() {
  const Text = z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((value) => String(value)),
  );
  const Named = z.union([
    Text,
    z.pipe(
      z.object({ name: z.optional(Text) }),
      z.transform((thing) => thing.name),
    ),
  ]);

  const Address = z.union([
    Text,
    z.pipe(
      z.object({
        streetAddress: z.optional(Text),
        addressLocality: z.optional(Text),
        addressRegion: z.optional(Text),
        addressCountry: z.optional(Named),
      }),
      z.transform((address) =>
        [address.addressLocality, address.streetAddress, address.addressRegion, address.addressCountry]
          .filter(Boolean)
          .join(', '),
      ),
    ),
  ]);
  const Place = z.union([Text, z.object({ name: z.optional(Text), address: z.optional(Address) })]);

  const Amount = z.union([
    Text,
    z.object({
      value: z.optional(Text),
      minValue: z.optional(Text),
      maxValue: z.optional(Text),
      unitText: z.optional(Text),
    }),
  ]);
  const Salary = z.union([Text, z.object({ currency: z.optional(Text), value: z.optional(Amount) })]);

  return z.object({
    title: z.catch(z.optional(Text), undefined),
    description: z.catch(z.optional(Text), undefined),
    hiringOrganization: z.catch(z.optional(Named), undefined),
    baseSalary: z.catch(z.optional(Salary), undefined),
    jobLocation: z.catch(z.optional(z.union([Place, z.array(Place)])), undefined),
    url: z.catch(z.optional(Text), undefined),
  });
}
let jobPostingSchemaCache: ReturnType<typeof jobPostingSchema> | undefined;

type JobPosting = z.infer<ReturnType<typeof jobPostingSchema>>;

function isJobPosting(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  // "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting".
  return types.some((value) => typeof value === 'string' && /(^|[/:])JobPosting$/.test(value));
}

/** Every JobPosting object in parsed JSON-LD, however nested (arrays, @graph, ItemList elements). */
function collectPostings(node: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectPostings(item, out, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  if (isJobPosting(record)) {
    out.push(record);
    return;
  }
  for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity']) {
    if (key in record) collectPostings(record[key], out, depth + 1);
  }
}

function formatSalary(salary: JobPosting['baseSalary']): string | undefined {
  if (salary === undefined) return undefined;
  if (typeof salary === 'string') return salary || undefined;
  const { currency, value } = salary;
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value, currency].filter(Boolean).join(' ');
  const range =
    value.minValue && value.maxValue
      ? `${value.minValue}–${value.maxValue}`
      : (value.value ?? value.minValue ?? value.maxValue);
  if (!range) return undefined;
  return [range, currency].filter(Boolean).join(' ') + (value.unitText ? `/${value.unitText}` : '');
}

function formatLocation(location: JobPosting['jobLocation']): string | undefined {
  const places = Array.isArray(location) ? location : location === undefined ? [] : [location];
  const names = places.map((place) =>
    typeof place === 'string' ? place : place.address || place.name || '',
  );
  return names.filter(Boolean).join('; ') || undefined;
}

/** The JobPostings a page publishes in JSON-LD, as extracted ads (empty when there are none). */
export function jobPostingsFromJsonLd(doc: Document, url: URL): ExtractedAd[] {
  const raw: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectPostings(JSON.parse(script.textContent ?? ''), raw);
    } catch {
      // A broken JSON-LD block is the page's bug; the other blocks and extractors still run.
    }
  }
  return raw.flatMap((node) => {
    const posting = (jobPostingSchemaCache ??= jobPostingSchema()).parse(node);
    const text = posting.description ? htmlToText(posting.description, doc) : '';
    const title = posting.title ? normalizeText(htmlToText(posting.title, doc)) : undefined;
    if (!text && !title) return [];
    const ad: ExtractedAd = { text: text.slice(0, MAX_TEXT_CHARS) };
    if (title) ad.title = title;
    const salary = formatSalary(posting.baseSalary);
    if (salary) ad.salary = salary;
    if (posting.hiringOrganization) ad.employer = normalizeText(posting.hiringOrganization);
    const location = formatLocation(posting.jobLocation);
    if (location) ad.location = normalizeText(location);
    ad.url = absoluteUrl(posting.url, url) ?? pageUrl(url);
    return [ad];
  });
}
