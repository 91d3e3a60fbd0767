/**
 * Whether the popup page is showing as the toolbar's popup of a desktop browser. There it has a fixed
 * width: the browser sizes the popup to its content, so a width that follows the viewport collapses it
 * (Chromium 156 drew a 184 px popup for `width: auto`). Anywhere else it is a page, and fills the
 * viewport from 320 px: Firefox for Android opens the popup as a full-screen page, and the context
 * menu's check view and the tests open it in a tab.
 */
import { browser } from 'wxt/browser';

export const POPUP_VIEW_CLASS = 'js-popup-view';

export function isToolbarPopup(win: Window = window): boolean {
  // A touch-only screen is a phone or a tablet: a page, whatever the browser calls the view.
  if (win.matchMedia?.('(pointer: coarse) and (hover: none)').matches) return false;
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(win);
  } catch {
    return false;
  }
}

/** Marks the document before the first paint, so the popup is drawn at its width from the start. */
export function markPopupView(doc: Document = document): void {
  doc.documentElement.classList.toggle(POPUP_VIEW_CLASS, isToolbarPopup(doc.defaultView ?? window));
}
