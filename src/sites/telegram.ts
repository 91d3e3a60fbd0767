/**
 * Telegram Web, opt-in (src/sites/opt-in.ts): the messages of channels and chats in both web clients,
 * web.telegram.org/k/ (morethanwords/tweb) and web.telegram.org/a/ (Ajaxy/telegram-tt). Each message is
 * an "ad card": job offers are posted in channels and chats, where no job board checks them.
 * No saved page of the logged-in app could be found; the selectors come from the clients' own source:
 * - K: a message is `div.bubble[data-mid]` in `.bubbles-inner` (service bubbles such as date separators
 *   carry `.service`), its text a `span.translatable-message` (tweb's TranslatableMessage component) with
 *   the time and reactions beside it; scrapers of 2025-2026 read the same hooks.
 * - A: a message is `div.Message.message-list-item` with `id="message-<id>"` (telegram-tt Message.tsx),
 *   its text `.text-content` with the time (`.MessageMeta`) inside, the sender `.message-title-name`.
 * JobSafe only reads what the page shows; it never calls Telegram's API.
 */
import { defineSiteAdapter, type CardSelectors } from './define';
import type { RealPage } from './real-pages';

const CARD: CardSelectors = {
  card: '.bubbles-inner .bubble[data-mid]:not(.service), .Message.message-list-item[id^="message-"]',
  // The sender or channel shown on the message (absent on one's own and on grouped messages).
  title: '.message-title-name, .name .peer-title',
  // The message text alone; a message with no text (a photo, a sticker) is read whole.
  text: '.translatable-message, .text-content',
  // Time, views, reactions and reply buttons shown inside the text block.
  ignore: '.MessageMeta, .Reactions, .time, .reactions, .reply-markup, button',
};

/** No saved page of the logged-in web clients was found; the selectors come from their source. */
export const REAL_PAGES: readonly RealPage[] = [];

export const adapter = defineSiteAdapter({
  id: 'telegram',
  name: 'Telegram Web',
  // The two web clients; web.telegram.org itself only redirects to one of them.
  matches: ['https://web.telegram.org/k/*', 'https://web.telegram.org/a/*'],
  testUrls: ['https://web.telegram.org/k/#@rabota_za_granicey', 'https://web.telegram.org/a/#-1001234567890'],
  lang: 'ru',
  card: CARD,
});
