/**
 * "Check this job ad" on selected text, on any page: the selection goes to the popup's check view,
 * opened in a new tab. The menu needs no host permission and reads nothing but the selection the user
 * chose to send.
 */
import { CHECK_VIEW_PATH, putPendingCheck } from './pending-check';

export const CHECK_SELECTION_MENU_ID = 'jobsafe-check-selection';
/** The selection is cut here (analyze-text accepts up to 200,000 characters). */
export const MAX_SELECTION = 200_000;

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
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Returns true when the click was ours and a check view was opened. */
export async function onMenuClick(
  deps: MenuClickDeps,
  info: MenuClick,
  tab?: { id?: number; index?: number },
): Promise<boolean> {
  if (info.menuItemId !== CHECK_SELECTION_MENU_ID) return false;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
  if (!text) return false;
  await putPendingCheck(deps.session, text);
  // The text is in storage.session, never in the URL (history, sync, screenshots of the address bar).
  const url = deps.getURL(CHECK_VIEW_PATH);
  const opener =
    tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id, index: (tab.index ?? 0) + 1 } : {};
  await deps.openTab({ url, ...opener });
  return true;
}
