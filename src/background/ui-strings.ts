/**
 * The background's own texts (toolbar title, context menu) and the in-page UI strings it sends to
 * content scripts (get-messages), in the user's language: the setting, else the browser's.
 */
import { createTranslator, loadMessages, resolveUiLanguage, type Translator, type UiLang } from '../i18n';
import type { Settings } from '../settings/schema';

/** Key prefixes the in-page UI uses (see GetMessagesSchema in src/messaging/messages.ts). */
export const PAGE_KEY_PREFIXES = ['page_', 'cat_', 'advice_', 'level_'] as const;

export function uiLanguage(settings: Settings, navigatorLanguage: string): UiLang {
  return resolveUiLanguage(settings.language, navigatorLanguage);
}

export async function translatorFor(settings: Settings, navigatorLanguage: string): Promise<Translator> {
  const lang = uiLanguage(settings, navigatorLanguage);
  return createTranslator(lang, await loadMessages(lang));
}

/** Only the keys the page needs, so the content script receives a few KB instead of the whole locale. */
export function pageMessages(all: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => PAGE_KEY_PREFIXES.some((p) => key.startsWith(p))),
  );
}

export async function pageStrings(
  settings: Settings,
  navigatorLanguage: string,
): Promise<{ lang: UiLang; messages: Record<string, string> }> {
  const lang = uiLanguage(settings, navigatorLanguage);
  return { lang, messages: pageMessages(await loadMessages(lang)) };
}
