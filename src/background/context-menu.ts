/**
 * "Check this job ad" on selected text, on any page. The click grants activeTab, so the selection is
 * checked where it is: the page runtime (check-tab.ts) reads it, and its badge, opened, and highlights
 * appear on the page itself. Where the page cannot be reached (a browser page, a PDF viewer, a frame),
 * the selection goes to the popup's check view, opened in a new tab. The menu needs no host permission
 * and reads nothing but the selection the user chose to check.
 */
import type { PageItem } from '../messaging/messages';
import { MAX_SELECTION } from './collect-page';
import { CHECK_VIEW_PATH, putPendingCheck } from './pending-check';

export const CHECK_SELECTION_MENU_ID = 'jobsafe-check-selection';
export { MAX_SELECTION };

export interface MenuApi {
  removeAll(): Promise<void>;
  create(props: { id: string; title: string; contexts: ['selection'] }): unknown;
}

/** (Re)creates the menu item; called on install/update and when the UI language changes. */
export async function createMenu(menus: MenuApi, title: string): Promise<void> {
  await menus.removeAll();
  menus.create({ id: CHECK_SELECTION_MENU_ID, title, contexts: ['selection'] });
}

export interface MenuClickDeps {
  session: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  getURL(path: string): string;
  openTab(props: { url: string; openerTabId?: number; index?: number }): Promise<unknown>;
  /**
   * Checks the selection on the page itself and draws its badge (check-tab.ts's checkSelection): null
   * when the page has no selection it can read; throws when the page cannot be reached.
   */
  checkOnPage?(tabId: number): Promise<{ url: string; items: PageItem[] } | null>;
  /** Keeps a result of the page as the tab's report (the popup and the toolbar show it). */
  report?(tabId: number, result: { url: string; items: PageItem[] }): Promise<void>;
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Returns true when the click was ours and the selection was checked on the page or in a check view. */
export async function onMenuClick(
  deps: MenuClickDeps,
  info: MenuClick,
  tab?: { id?: number; index?: number },
): Promise<boolean> {
  if (info.menuItemId !== CHECK_SELECTION_MENU_ID) return false;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
  if (!text) return false;
  if (tab?.id !== undefined && tab.id >= 0 && deps.checkOnPage) {
    try {
      const result = await deps.checkOnPage(tab.id);
      if (result?.items.length) {
        await deps.report?.(tab.id, result);
        return true;
      }
    } catch (error) {
      // Not reachable: the check view below still checks the text.
      console.warn('JobSafe: checking the selection in a new tab instead:', String(error));
    }
  }
  await putPendingCheck(deps.session, text);
  // The text is in storage.session, never in the URL (history, sync, screenshots of the address bar).
  const url = deps.getURL(CHECK_VIEW_PATH);
  const opener =
    tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id, index: (tab.index ?? 0) + 1 } : {};
  await deps.openTab({ url, ...opener });
  return true;
}
