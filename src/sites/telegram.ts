/**
 * Telegram, opt-in (src/sites/opt-in.ts): the messages of channels and chats in both web clients,
 * web.telegram.org/k/ (morethanwords/tweb) and web.telegram.org/a/ (Ajaxy/telegram-tt), and of public
 * channels on their preview pages, t.me/s/<channel>, which anyone can read without logging in. Each
 * message is an "ad card": job offers are posted in channels and chats, where no job board checks them.
 * - K: a message is `div.bubble[data-mid]` in `.bubbles-inner` (service bubbles such as date separators
 *   carry `.service`), its text a `span.translatable-message` (tweb's TranslatableMessage component) with
 *   the time and reactions beside it; scrapers of 2025-2026 read the same hooks. No saved page of the
 *   logged-in app could be found; the selectors come from the client's source.
 * - A: a message is `div.Message.message-list-item` with `id="message-<id>"` (telegram-tt Message.tsx),
 *   its text `.text-content` with the time (`.MessageMeta`) inside, the sender `.message-title-name`.
 *   Also from the client's source.
 * - t.me/s: server-rendered; a message is `div.tgme_widget_message[data-post="<channel>/<id>"]` in its
 *   `.tgme_widget_message_wrap`, its text `.tgme_widget_message_text`, the channel's name
 *   `a.tgme_widget_message_owner_name`, the permalink `a.tgme_widget_message_date`, views and time in
 *   `.tgme_widget_message_footer`. Checked against two real pages (REAL_PAGES). Scrolling up, the page's
 *   script fetches older messages (`?before=<id>`) and inserts their wraps above; the content script's
 *   mutation observer reads them like any added card (tests/e2e/opt-in.test.ts).
 * JobSafe only reads what the page shows; it never calls Telegram's API.
 */
import { defineSiteAdapter, type CardSelectors } from './define';
import type { RealPage } from './real-pages';

/**
 * K and A: one message in the web clients' message lists. K marks a message with no text (a sticker, a
 * photo without a caption) `is-message-empty`: nothing there to read, and no ad.
 */
const WEB_MESSAGE =
  '.bubbles-inner .bubble[data-mid]:not(.service):not(.is-message-empty), .Message.message-list-item[id^="message-"]';
/**
 * t.me/s: one message. "Channel created", pinned-message and similar notices carry `service_message`;
 * they are the channel's history, not posts.
 */
const PREVIEW_MESSAGE = '.tgme_widget_message[data-post]:not(.service_message)';

const CARD: CardSelectors = {
  card: `${WEB_MESSAGE}, ${PREVIEW_MESSAGE}`,
  // The sender or channel shown on the message (absent on one's own and on grouped messages in the web
  // clients; every t.me/s message names its channel).
  title: '.message-title-name, .name .peer-title, .tgme_widget_message_owner_name',
  // t.me/s: the message's own page (t.me/<channel>/<id>), the link on its time. The web clients show none.
  link: 'a.tgme_widget_message_date',
  // The message text alone; a message with no text (a photo, a sticker) is read whole.
  text: '.translatable-message, .text-content, .tgme_widget_message_text',
  // Time, views, reactions and reply buttons shown inside or beside the text; on t.me/s the footer (views,
  // "edited", time), the reactions and the "Please open Telegram to view this post" notice of media the
  // preview cannot show.
  ignore:
    '.MessageMeta, .Reactions, .time, .reactions, .reply-markup, button, ' +
    '.tgme_widget_message_footer, .tgme_widget_message_reactions, .message_media_not_supported_wrap',
};

export const REAL_PAGES: readonly RealPage[] = [
  // 14 messages: the source has 14 `class="tgme_widget_message_wrap` and 14 `data-post="DUCKS_POKER/…"`
  // (grep -c), none a `service_message`. 11 have a `tgme_widget_message_text`; the other 3 (a photo, a
  // round video, a post the preview cannot show) are read whole, which leaves the channel's name. Every
  // message shows the channel's name and links its time to t.me/DUCKS_POKER/<id>; no salary, employer or
  // place fields (a message is free text).
  [
    14,
    'telegram/preview-ducks-poker-2026-08.html',
    {
      url: 'https://t.me/s/DUCKS_POKER',
      foundAt:
        'DelureDev/DucksRating@06e63a0506f8a87f78cd37216ab423f4c300756f:tests/fixtures/live_snapshot.html',
    },
  ],
  // 1 post: the source has 2 `tgme_widget_message_wrap`, the first the "Channel created" notice
  // (`service_message`), the second a photo with its caption.
  [
    1,
    'telegram/preview-prstnk-2026-05.html',
    {
      url: 'https://t.me/s/prstnk_eprst',
      foundAt: 'bregeadmin/prstnk@0b3c07c2bb20d983cfdea46ee00a36832ab2b4ad:tests/fixtures/tg_channel.html',
    },
  ],
  // Web K, a group chat (browser "Save page as", saved from web.telegram.org/k/#-4092601403): the source
  // has 28 `<div class="bubble …" data-mid=…>` in `.bubbles-inner`, besides 2 date bubbles (`service`).
  // 21 of them are `is-message-empty` (stickers, photos without a caption); 7 show text, one of them a
  // file's name. Each names its sender (`.name .peer-title`); the web client shows no link per message.
  [
    7,
    'telegram-web/chat-group-2024-08.html',
    {
      url: 'https://web.telegram.org/k/#-4092601403',
      urls: 0,
      foundAt: 'ArtemZimenko/jhjkbdbdhjrdg@2baeb88f959286db4444c8d55812346a9b41989c:Telegram Web.html',
    },
  ],
];

export const adapter = defineSiteAdapter({
  id: 'telegram',
  name: 'Telegram (Web and t.me channel pages)',
  // The two web clients (web.telegram.org itself only redirects to one of them) and the public channel
  // previews. t.me/<channel> without /s/ is a profile card with no messages.
  matches: ['https://web.telegram.org/k/*', 'https://web.telegram.org/a/*', 'https://t.me/s/*'],
  testUrls: [
    'https://web.telegram.org/k/#@rabota_za_granicey',
    'https://web.telegram.org/a/#-1001234567890',
    'https://t.me/s/rabota_za_granicey',
  ],
  lang: 'ru',
  card: CARD,
});
