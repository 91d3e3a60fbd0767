/**
 * Wires the page controller to the browser: settings, the background, WXT's SPA-navigation event,
 * the popup's "scroll to ad", and teardown when the extension is reloaded, updated or disabled.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor } from '../sites/registry';
import { runtimeClient } from './client';
import { PageController } from './controller';
import type { Schedule } from './observer';
import { PAGE_DEFAULTS, loadPageSettings, watchPageSettings } from './settings';
import { WireScrollToAdSchema } from './wire';

/** How long a busy page may delay a batch of new badges. */
const IDLE_TIMEOUT_MS = 300;

export async function startJobSafe(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadPageSettings().catch((e: unknown) => {
    console.warn('JobSafe: settings unreadable, using defaults', e);
    return PAGE_DEFAULTS;
  });
  if (ctx.isInvalid) return;

  const controller = new PageController(
    {
      doc: document,
      url: () => location.href,
      adapterFor,
      client: runtimeClient(),
      schedule: idleScheduleFor(ctx),
      alive: () => ctx.isValid,
    },
    settings,
  );
  ctx.onInvalidated(() => controller.destroy());
  ctx.onInvalidated(watchPageSettings((next) => controller.applySettings(next)));
  ctx.addEventListener(window, 'wxt:locationchange', (event) =>
    controller.onLocationChange(event.newUrl.href),
  );

  const onMessage = (raw: unknown): Promise<boolean> | undefined => {
    const message = WireScrollToAdSchema.safeParse(raw);
    // Not ours: leave it for other listeners (undefined means "no answer from here").
    return message.success ? Promise.resolve(controller.scrollTo(message.data.key)) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  controller.start();
}

/** Idle callbacks through the context, so none fires after the extension is reloaded. */
function idleScheduleFor(ctx: ContentScriptContext): Schedule {
  return (cb) => {
    const id = ctx.requestIdleCallback(cb, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  };
}
