/**
 * craigslist.org, job and gig categories only: search results on city hosts (/search/fbh,
 * /search/mnh/fbh) and on www (/search/subarea/mnh?cat=fbh), and postings (/mnh/fbh/d/<slug>/<id>.html
 * on city hosts, /view/d/<slug>/<token> on www). craigslist has no site-wide job section, so the
 * patterns list each category (craigslist-categories.json); talent and event gigs are where model and
 * dancer lures run. A www posting's address names no category: only its breadcrumbs tell a job from a flat.
 */
import categories from './craigslist-categories.json';
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';
import type { RealPage } from './real-pages';

const CODES = [...categories.jobs, ...categories.gigs];

/**
 * A job or gig category in a path (/fbh/d/…, /search/fbh, /search/mnh/fbh) or a www query (?cat=fbh),
 * also inside the JSON of a posting's breadcrumbs: a code is a whole path segment or query value.
 */
const CODE = `(${CODES.join('|')})(?![a-z0-9_-])`;
const JOB_CATEGORY = new RegExp(`(^|/)${CODE}|[?&]cat=${CODE}`);

/** Where a www posting names its category: the breadcrumb links, and their schema.org copy. */
const BREADCRUMBS = '.breadcrumbs a[href], script#ld_breadcrumb_data';

const CARD: CardSelectors = {
  // The server-rendered list (what loads first, and all a no-JS browser sees), then the results the page's
  // script draws in its place (li on city hosts, div.cl-search-result on www).
  card: 'li.cl-static-search-result, .cl-search-result',
  title: '.title, .posting-title .label',
  // Job cards show the compensation where sale cards show a price.
  salary: '.price, .priceinfo',
  location: '.location, .result-location',
};

const DETAIL: DetailSelectors = {
  body: '#postingbody',
  // The "QR Code Link to This Post" box printed inside the body.
  ignore: '.print-information, .print-qrcode-container',
  title: '#titletextonly',
  // The "compensation:" attribute of job postings.
  salary: '.remuneration .valu',
  location: '.mapaddress',
};

/** Whether the page is a job or gig page: by its address, else (www postings) by its breadcrumbs. */
function isJobPage(doc: Document, url: URL): boolean {
  if (JOB_CATEGORY.test(url.pathname + url.search)) return true;
  for (const crumb of doc.querySelectorAll(BREADCRUMBS)) {
    const where = crumb.getAttribute('href') ?? crumb.textContent ?? '';
    // Drop each URL's host, so a code is matched in a path or query only.
    if (JOB_CATEGORY.test(where.replace(/https?:\/\/[^/"]+/g, ''))) return true;
  }
  return false;
}

/**
 * Counted in the page sources: `<li class="cl-static-search-result"` items (the www list says 153 in its
 * header too), each with a `.price` (the rent; a job's compensation) and, on 30 of the 37 city results, a
 * `.location`. The posting: one #postingbody with its .mapaddress. All three are housing pages.
 */
export const REAL_PAGES: readonly RealPage[] = [
  [
    153,
    'craigslist/listing-www-housing-2026-07.html',
    {
      url: 'https://www.craigslist.org/search/subarea/mnh?cat=apa',
      salary: 153,
      location: 153,
      otherSection: 'apartments',
    },
  ],
  [
    37,
    'craigslist/listing-city-housing-2026-05.html',
    {
      url: 'https://milwaukee.craigslist.org/search/apa?query=wauwatosa',
      salary: 37,
      location: 30,
      otherSection: 'apartments',
    },
  ],
  [
    1,
    'craigslist/ad-city-housing-2026-05.html',
    {
      url: 'https://milwaukee.craigslist.org/apa/d/milwaukee-wauwatosa-bdrm-bath-near-mcw/7936415355.html',
      location: 1,
      otherSection: 'apartments',
    },
  ],
];

export const adapter = defineSiteAdapter({
  id: 'craigslist',
  name: 'craigslist.org',
  matches: [
    ...CODES.flatMap((code) => [
      `*://*.craigslist.org/search/${code}*`,
      `*://*.craigslist.org/search/*/${code}*`,
      `*://*.craigslist.org/search/*cat=${code}*`,
      `*://*.craigslist.org/*${code}/d/*`,
    ]),
    // www postings: every category shares /view/d/, so isJobPage reads the breadcrumbs.
    '*://*.craigslist.org/view/d/*',
  ],
  testUrls: [
    'https://newyork.craigslist.org/search/fbh',
    'https://newyork.craigslist.org/mnh/fbh/d/new-york-server/7900000100.html',
    'https://www.craigslist.org/search/subarea/stn?cat=jjj',
    'https://www.craigslist.org/view/d/staten-island-roofer-sider-and-board-ups/rfSB7va5Vn4SdEBpSiTT9g',
  ],
  lang: 'en',
  // A single posting: the generic extractor reads it when the detail selectors miss.
  adPage: /\/d\/[^/]+\/[^/]+$/,
  card: CARD,
  detail: DETAIL,
  isJobPage,
});
