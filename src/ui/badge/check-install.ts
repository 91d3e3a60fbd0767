/**
 * Installs the check runtime (checked-page.ts) in the extension's isolated world of a page, once: the
 * background finds it there by RUNTIME_SYMBOL in the functions it injects next (check-tab.ts), and the
 * popup's "Show on page" reaches it through runtime messages.
 */
import { browser } from 'wxt/browser';
import { extractGeneric } from '../../extract';
import { ScrollToAdSchema } from '../../messaging/messages';
import { createCheckRuntime, isCheckKey, RUNTIME_KEY, type CheckRuntime } from './checked-page';

export function installCheckRuntime(): void {
  const global = globalThis as unknown as Record<symbol, CheckRuntime | undefined>;
  const symbol = Symbol.for(RUNTIME_KEY);
  if (global[symbol]) return;
  const runtime = createCheckRuntime(document, () => location.href, extractGeneric);
  global[symbol] = runtime;
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = ScrollToAdSchema.safeParse(raw);
    // A job site's content script answers for its own ads; undefined leaves the message to it.
    if (!message.success || !isCheckKey(message.data.key)) return undefined;
    return Promise.resolve(runtime.scrollTo(message.data.key));
  });
}
