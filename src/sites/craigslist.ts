/**
 * craigslist.org, job and gig categories only: search results (/search/fbh, /search/mnh/fbh) and
 * postings (/mnh/fbh/d/<slug>/<id>.html). craigslist has no site-wide job section, so the patterns list
 * each category (craigslist-categories.json); talent and event gigs are where model and dancer lures run.
 */
import categories from './craigslist-categories.json';
import { defineSiteAdapter, type CardSelectors, type DetailSelectors } from './define';

const CODES = [...categories.jobs, ...categories.gigs];

const CARD: CardSelectors = {
  // The server-rendered list (what loads first, and all a no-JS browser sees), then the app's list.
  card: 'li.cl-static-search-result, li.cl-search-result',
  title: '.title, .posting-title .label',
  // Job cards show the compensation where sale cards show a price.
  salary: '.price, .priceinfo',
  location: '.location',
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

export const adapter = defineSiteAdapter({
  id: 'craigslist',
  name: 'craigslist.org',
  matches: CODES.flatMap((code) => [
    `*://*.craigslist.org/search/${code}*`,
    `*://*.craigslist.org/search/*/${code}*`,
    `*://*.craigslist.org/*${code}/d/*`,
  ]),
  testUrls: [
    'https://newyork.craigslist.org/search/fbh',
    'https://newyork.craigslist.org/mnh/fbh/d/new-york-server/7900000100.html',
  ],
  lang: 'en',
  // A single vacancy: the generic extractor reads it when the detail selectors miss.
  adPage: /\/d\/[^/]+\/\d+\.html$/,
  card: CARD,
  detail: DETAIL,
});
