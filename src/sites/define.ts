/**
 * Builds a site adapter from its selectors, so each site file holds data (named, commented selectors)
 * and the extraction logic lives once, here. Adapters built this way expose their selectors, which the
 * fixture tests check one by one: a selector that stops matching fails its test by name.
 */
import {
  absoluteUrl,
  contactsIn,
  elementText,
  firstByPreference,
  lineText,
  pageUrl,
  plainText,
  textAt,
} from './dom';
import type { ExtractedAd, FoundAd, SiteAdapter } from './types';

/**
 * Where an ad card's parts are. Every selector except `card` is relative to the card. In a selector list
 * for one field ("a, b") the alternatives are tried in the order written.
 */
export interface CardSelectors {
  /** One ad card on a listing page. */
  card: string;
  /** The ad's title. */
  title: string;
  /** The link to the ad page; when absent, the <a> around or inside the title. */
  link?: string;
  /**
   * The description snippets the card shows (all matches, in order; a <meta> gives its content); the whole
   * card text when none match.
   */
  text?: string;
  salary?: string;
  employer?: string;
  location?: string;
  /** Elements showing a phone number or other contact as text (contact links are found anyway). */
  contacts?: string;
  /** Parts of the card that are not ad text (screen-reader duplicates, buttons), left out of `text`. */
  ignore?: string;
}

/** Where an ad page's parts are. `body` is searched in the root given to `find`, the rest in its document. */
export interface DetailSelectors {
  /** The description of the ad: the element whose text is analyzed and highlighted. */
  body: string;
  /** The vacancy container that carries the badge: the closest match around `body` (else `body` itself). */
  root?: string;
  /** Present only on the pages this adapter should read (a job category on a general classifieds site). */
  guard?: string;
  /** Parts of `body` that are page chrome, not ad text (a "Description" heading, a QR-code notice). */
  ignore?: string;
  title?: string;
  salary?: string;
  employer?: string;
  location?: string;
  contacts?: string;
}

export interface SelectorSiteSpec extends Omit<SiteAdapter, 'find' | 'isAdPage'> {
  /** The path of a single-ad page, e.g. /^\/vacancy\/\d+/; see SiteAdapter.isAdPage. */
  adPage?: RegExp;
  card?: CardSelectors;
  detail?: DetailSelectors;
  /**
   * For general classifieds whose patterns cannot be narrowed to jobs (OLX ad pages live under /d/ for
   * every category): whether this page is a job page. Cheap, since it runs with every `find`.
   */
  isJobPage?: (doc: Document, url: URL) => boolean;
}

export interface SelectorSiteAdapter extends SiteAdapter {
  readonly card?: CardSelectors;
  readonly detail?: DetailSelectors;
  readonly isJobPage?: SelectorSiteSpec['isJobPage'];
}

export function defineSiteAdapter(spec: SelectorSiteSpec): SelectorSiteAdapter {
  const { card, detail, isJobPage, adPage } = spec;
  return {
    ...spec,
    ...(adPage && {
      isAdPage: (doc: Document, url: URL) =>
        adPage.test(url.pathname) &&
        (!isJobPage || isJobPage(doc, url)) &&
        (!detail?.guard || doc.querySelector(detail.guard) !== null),
    }),
    find(root, url) {
      const found: FoundAd[] = [];
      const doc = 'ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document);
      if (isJobPage && !isJobPage(doc, url)) return found;
      if (detail) {
        const ad = findDetail(root, url, detail);
        if (ad) found.push(ad);
      }
      if (card) found.push(...findCards(root, url, card));
      return found;
    },
  };
}

function findDetail(root: ParentNode, url: URL, selectors: DetailSelectors): FoundAd | undefined {
  const body = matchesOrFirst(root, selectors.body);
  if (!body) return undefined;
  const doc = body.ownerDocument;
  if (selectors.guard && !doc.querySelector(selectors.guard)) return undefined;
  const adRoot = (selectors.root && body.closest(selectors.root)) || body;
  const contacts = contactsIn(adRoot, selectors.contacts);
  if (selectors.contacts) {
    for (const element of doc.querySelectorAll(selectors.contacts)) {
      const value = lineText(element);
      if (value && !contacts.includes(value)) contacts.push(value);
    }
  }
  const ad = compact({
    title: textAt(doc, selectors.title),
    text: plainText(body, undefined, selectors.ignore),
    salary: textAt(doc, selectors.salary),
    employer: textAt(doc, selectors.employer),
    location: textAt(doc, selectors.location),
    contacts,
    url: pageUrl(url),
  });
  return { root: adRoot, kind: 'detail', ad, body };
}

function findCards(root: ParentNode, url: URL, selectors: CardSelectors): FoundAd[] {
  const cards = allMatches(root, selectors.card);
  // A card inside another card is part of it (a site wrapping a card in a second matching element).
  // Walking up from each card is linear in the page depth; comparing every pair was quadratic (a
  // 1,000-card listing made a million contains() calls per scan).
  const matched = new Set(cards);
  const outer = cards.filter((element) => {
    for (let up = element.parentElement; up; up = up.parentElement) if (matched.has(up)) return false;
    return true;
  });
  return outer.map((element) => {
    const titleElement = firstByPreference(element, selectors.title);
    const titleLink = titleElement?.closest('a');
    const linkElement = selectors.link
      ? firstByPreference(element, selectors.link)
      : (titleLink ?? titleElement?.querySelector('a'));
    const snippets = selectors.text ? [...element.querySelectorAll(selectors.text)] : [];
    const text = snippets.length
      ? snippets
          .map((snippet) => elementText(snippet, selectors.ignore))
          .filter(Boolean)
          .join('\n')
      : plainText(element, undefined, selectors.ignore);
    // The card's own links (to the ad, and the title's, as to a channel: t.me/s repeats it on the avatar)
    // lead to the ad and its poster, not to a contact. Mostly they are one link: its href is read once.
    const href = linkElement?.getAttribute('href');
    const titleHref = titleLink === linkElement ? href : titleLink?.getAttribute('href');
    const own = new Set([href?.trim(), titleHref?.trim()]);
    const ad = compact({
      title: lineText(titleElement) || undefined,
      text,
      salary: textAt(element, selectors.salary),
      employer: textAt(element, selectors.employer),
      location: textAt(element, selectors.location),
      contacts: contactsIn(element, selectors.contacts).filter((contact) => !own.has(contact)),
      url: absoluteUrl(href, url),
    });
    return { root: element, kind: 'card' as const, ad };
  });
}

/** `root` itself when it matches (a mutation batch may hand over the card), then its descendants. */
function allMatches(root: ParentNode, selector: string): Element[] {
  const inside = [...root.querySelectorAll(selector)];
  return isElement(root) && root.matches(selector) ? [root, ...inside] : inside;
}

function matchesOrFirst(root: ParentNode, selector: string): Element | null {
  return isElement(root) && root.matches(selector) ? root : root.querySelector(selector);
}

function isElement(node: ParentNode): node is Element {
  return 'matches' in node && typeof node.matches === 'function';
}

/** Drops empty optional fields, so extracted ads compare and serialize cleanly. */
function compact(ad: ExtractedAd): ExtractedAd {
  const out: ExtractedAd = { text: ad.text };
  if (ad.title) out.title = ad.title;
  if (ad.salary) out.salary = ad.salary;
  if (ad.employer) out.employer = ad.employer;
  if (ad.location) out.location = ad.location;
  if (ad.contacts?.length) out.contacts = ad.contacts;
  if (ad.url) out.url = ad.url;
  return out;
}
