/**
 * What each tab shows: the last page-report of its content script (or of "check this page"). Kept in
 * storage.session where it exists, so a service worker that Chrome stopped and restarted still knows;
 * in memory otherwise (Firefox's MV2 background page lives as long as the browser). Nothing is written
 * to disk either way.
 */
import { LEVELS, type Level } from '../analysis/types';
import { TabReportSchema, type PageItem, type TabReport } from '../messaging/messages';

/** The subset of storage.StorageArea the store needs. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function memoryArea(): KeyValueArea {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) map.set(k, v);
    },
    remove: async (key) => void map.delete(key),
  };
}

const KEY_PREFIX = 'tab-report:';
const keyOf = (tabId: number): string => `${KEY_PREFIX}${tabId}`;

export function highestLevel(items: readonly PageItem[]): Level {
  let highest = 0;
  for (const item of items) highest = Math.max(highest, LEVELS.indexOf(item.assessment.level));
  return LEVELS[highest] ?? 'none';
}

/** Ads that need the user's attention: caution or high. */
export function riskyCount(items: readonly PageItem[]): number {
  return items.filter((i) => i.assessment.level !== 'none').length;
}

/** The URL without its fragment: a #hash change is not a navigation to another page. */
export function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export class TabReports {
  constructor(private readonly area: KeyValueArea) {}

  async set(tabId: number, url: string, items: PageItem[]): Promise<TabReport> {
    const report: TabReport = { url, items, highest: highestLevel(items) };
    await this.area.set({ [keyOf(tabId)]: report });
    return report;
  }

  /** The tab's report; a stored value that no longer parses (an older version's) counts as none. */
  async get(tabId: number): Promise<TabReport | undefined> {
    const stored = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
    if (stored === undefined) return undefined;
    const parsed = TabReportSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  }

  async clear(tabId: number): Promise<void> {
    await this.area.remove(keyOf(tabId));
  }

  /**
   * Called when the tab starts loading `url` (undefined when the browser does not tell us, i.e. the tab
   * left the sites we may see). Returns true when the report was dropped. A reload of the same page keeps
   * it until the content script sends the new one, and so does a report the content script of a
   * single-page app already sent for the new URL before the browser told us about the navigation.
   */
  async navigated(tabId: number, url: string | undefined): Promise<boolean> {
    const report = await this.get(tabId);
    if (!report) return false;
    if (url !== undefined && pageOf(url) === pageOf(report.url)) return false;
    await this.clear(tabId);
    return true;
  }
}
