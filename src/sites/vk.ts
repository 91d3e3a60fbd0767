/**
 * VK, opt-in (src/sites/opt-in.ts): posts on group and profile walls and in the news feed, on vk.com and
 * vk.ru. Each post is an "ad card": groups of "работа за границей" are where recruiters post.
 * No saved VK page could be found; the selectors are the ones public VK scrapers and extensions read
 * (snscrape's VKontakte scraper, social crawlers, post-hiding extensions): a post is `div._post.post`
 * in `#page_wall_posts` or `#feed_rows`, its text `.wall_post_text` ("Показать полностью" folds the rest:
 * `.wall_post_more`), its permanent link `a.post_link`. JobSafe only reads what the page shows.
 */
import { defineSiteAdapter, type CardSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  card: '._post',
  // The group or person who posted.
  title: '.post_author .author, .PostHeaderTitle__authorName',
  // The date line links to the post's own page (vk.com/wall-123_456).
  link: 'a.post_link',
  // The post text and, in a repost, the text of the post it quotes.
  text: '.wall_post_text',
  ignore: '.wall_post_more',
};

/** No saved VK page was found; the selectors are those of public VK scrapers. */
export const REAL_PAGES: readonly RealPage[] = [];

export const adapter = defineSiteAdapter({
  id: 'vk',
  name: 'VK',
  matches: ['https://vk.com/*', 'https://vk.ru/*'],
  testUrls: ['https://vk.com/rabota_za_granicey', 'https://vk.ru/feed'],
  lang: 'ru',
  card: CARD,
});
