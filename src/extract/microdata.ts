/**
 * schema.org JobPosting in microdata (itemscope/itemtype/itemprop), which some Russian job sites use on
 * vacancy pages (rabota.ru) and some listings on every card. Each item is a visible element, so it
 * becomes the ad's root and its description element the body.
 */
import type { ExtractedAd, FoundAd } from '../sites/types';
import { absoluteUrl, lineText, pageUrl, plainText } from '../sites/dom';

const JOB_POSTING = '[itemscope][itemtype*="schema.org/JobPosting"]';

/** The element of `item`'s own property `name` (not a nested item's property of the same name). */
function property(item: Element, name: string): Element | undefined {
  for (const element of item.querySelectorAll(`[itemprop~="${name}"]`)) {
    if (element.parentElement?.closest('[itemscope]') === item) return element;
  }
  return undefined;
}

/** A property's value the way microdata defines it: content, href, datetime, or the text. */
function value(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const attribute =
    element.getAttribute('content') ??
    (element.tagName === 'TIME' ? element.getAttribute('datetime') : null) ??
    (element.hasAttribute('itemscope') ? null : element.getAttribute('href'));
  return (attribute ?? lineText(element)).trim() || undefined;
}

/** A property that may be a nested item (an Organization, a Place): its name or address, else its text. */
function nestedValue(element: Element | undefined, keys: readonly string[]): string | undefined {
  if (!element) return undefined;
  if (element.hasAttribute('itemscope')) {
    for (const key of keys) {
      const found = value(property(element, key));
      if (found) return found;
    }
  }
  return value(element);
}

function salary(item: Element): string | undefined {
  const element = property(item, 'baseSalary');
  if (!element) return value(property(item, 'salary'));
  if (!element.hasAttribute('itemscope')) return value(element);
  const currency = value(property(element, 'currency'));
  const amount = property(element, 'value');
  const figure =
    amount && amount.hasAttribute('itemscope')
      ? (() => {
          const min = value(property(amount, 'minValue'));
          const max = value(property(amount, 'maxValue'));
          return min && max ? `${min}–${max}` : (value(property(amount, 'value')) ?? min ?? max);
        })()
      : value(amount);
  return figure ? [figure, currency].filter(Boolean).join(' ') : lineText(element) || undefined;
}

export function jobPostingsFromMicrodata(doc: Document, url: URL): FoundAd[] {
  const items = [...doc.querySelectorAll(JOB_POSTING)];
  return items.flatMap((item): FoundAd[] => {
    const body = property(item, 'description');
    const text = body ? plainText(body) : plainText(item);
    if (!text) return [];
    const ad: ExtractedAd = { text };
    const title = value(property(item, 'title'));
    if (title) ad.title = title;
    const pay = salary(item);
    if (pay) ad.salary = pay;
    const employer = nestedValue(property(item, 'hiringOrganization'), ['name']);
    if (employer) ad.employer = employer;
    const location = nestedValue(property(item, 'jobLocation'), ['address', 'name']);
    if (location) ad.location = location;
    ad.url =
      absoluteUrl(value(property(item, 'url')), url) ?? (items.length === 1 ? pageUrl(url) : undefined);
    if (!ad.url) delete ad.url;
    return [{ root: item, kind: items.length === 1 ? 'detail' : 'card', ad, ...(body ? { body } : {}) }];
  });
}
