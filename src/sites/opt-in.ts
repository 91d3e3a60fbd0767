/**
 * Sites JobSafe reads only when the user turns them on in the options page: Telegram (the web clients and
 * the public channel pages on t.me) and VK, where job lures circulate in channels, chats and group walls.
 * They are not in the manifest's content scripts and JobSafe holds no permission for them at install:
 * turning one on requests its host permission then (optional_host_permissions in MV3, optional_permissions
 * in Firefox MV2, see wxt.config.ts), and the background registers the job-site content script for its
 * pages (src/background/optional-sites.ts).
 */
import type { SiteAdapter } from './types';
import { adapter as telegram } from './telegram';
import { adapter as vk } from './vk';

export interface OptInSite {
  adapter: SiteAdapter;
  /** The host permissions requested when the site is turned on; they cover the adapter's matches. */
  origins: readonly string[];
}

export const OPT_IN_SITES: readonly OptInSite[] = [
  // One switch for both Telegram hosts: the web clients and the public channel previews (t.me/s/…).
  { adapter: telegram, origins: ['https://web.telegram.org/*', 'https://t.me/*'] },
  { adapter: vk, origins: ['https://vk.com/*', 'https://vk.ru/*'] },
];

/** Every optional host permission: the manifest must declare them, or the request is refused. */
export const OPT_IN_ORIGINS: string[] = OPT_IN_SITES.flatMap((site) => [...site.origins]);
