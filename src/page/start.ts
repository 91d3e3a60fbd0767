/**
 * Wires the page controller to the browser: settings, the background, SPA navigation, the popup's
 * "scroll to ad", and teardown when the extension is reloaded, updated or disabled.
 *
 * WXT hands main() a ContentScriptContext; it is not used here, on purpose: a page can abort it with one
 * DOM event and feed its location listeners with fake ones (lifetime.ts says how). The lifetime comes
 * from the extension runtime instead, and navigation from `location` itself (location.ts).
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ScrollToAdSchema } from '../messaging/messages';
import { adapterFor } from '../sites/registry';
import { nextTask } from './batches';
import { runtimeClient } from './client';
import { PageController } from './controller';
import { extensionLifetime, type Lifetime } from './lifetime';
import { watchLocation } from './location';
import type { Schedule } from './observer';
import { PAGE_DEFAULTS, loadPageSettings, watchPageSettings } from './settings';
import { whenNearViewport } from './visibility';

// zod compiles an object schema's parser with `new Function` on its first parse. The content script parses
// each schema a handful of times per page, mostly once, so that code generation costs more than it saves
// (50-result batch in Chromium: 1.8-2.3 ms first parse without it, 2.1-3.0 ms with it).
z.config({ jitless: true });

/** How long a busy page may delay a batch of new badges. */
const IDLE_TIMEOUT_MS = 300;

export async function startJobSafe(): Promise<void> {
  const lifetime = extensionLifetime(() => browser.runtime?.id);
  const settings = await loadPageSettings().catch((e: unknown) => {
    if (lifetime.failed(e)) console.warn('JobSafe: settings unreadable, using defaults', e);
    return PAGE_DEFAULTS;
  });
  if (!lifetime.alive()) return;

  const controller = new PageController(
    {
      doc: document,
      url: () => location.href,
      adapterFor,
      client: runtimeClient(lifetime),
      schedule: idleScheduleFor(lifetime),
      lifetime,
      whenNear: whenNearViewport(window),
      pause: nextTask(),
    },
    settings,
  );
  watchPageSettings((next) => controller.applySettings(next), lifetime.signal);
  watchLocation(window, lifetime.signal, () => controller.checkLocation());

  const onMessage = (raw: unknown): Promise<boolean> | undefined => {
    const message = ScrollToAdSchema.safeParse(raw);
    // Not ours: leave it for other listeners (undefined means "no answer from here").
    return message.success ? Promise.resolve(controller.scrollTo(message.data.key)) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.onEnd(() => browser.runtime.onMessage.removeListener(onMessage));

  controller.start();
}

/** Idle callbacks that do not run once the extension is gone (the callback checks; none is queued then). */
function idleScheduleFor(lifetime: Lifetime): Schedule {
  return (cb) => {
    if (!lifetime.alive()) return () => undefined;
    const id = requestIdleCallback(() => lifetime.alive() && cb(), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  };
}
