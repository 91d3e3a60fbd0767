/**
 * When this content script is over: only when the extension itself says so, never because of anything
 * the page does.
 *
 * Why not WXT's ContentScriptContext (`ctx`, wxt 0.20.27, node_modules/wxt/dist/utils/
 * content-script-context.mjs): it decides that a newer copy of the script has started when `document`
 * receives a CustomEvent named `<extension id>:<entrypoint>:wxt:content-script-started` whose detail names
 * the same entrypoint with another message id (listenForNewerScripts, verifyScriptStartedEvent), and then
 * aborts: every ctx.onInvalidated teardown runs and every ctx timer and idle callback stops. The event
 * name holds nothing secret (WXT dispatches it on `document` itself at start, in view of the page, and
 * the extension id is in every chrome-extension:// URL), so one `document.dispatchEvent(new
 * CustomEvent(...))` from the page switched JobSafe off (issue 14). Its SPA location watcher delivers
 * `<id>:<entrypoint>:wxt:locationchange` on `window`, an event the page can dispatch as well, without
 * the `newUrl` listeners read. WXT builds the context before `main()` runs (its
 * content-script-isolated-world-entrypoint), so it cannot be switched off; JobSafe leaves it unused:
 * no ctx.onInvalidated, ctx.addEventListener or ctx timers anywhere.
 *
 * The extension's own signals instead: `runtime.id` is gone once the extension is reloaded, updated,
 * disabled or removed (Chrome leaves the old content script running, cut off), and a runtime call then
 * fails with "Extension context invalidated". A page can cause neither. Other failures of a runtime
 * call (a service worker that is restarting: "Receiving end does not exist", "message port closed") are
 * not an end: the caller retries.
 */
export interface Lifetime {
  /** False once the extension is gone; asking notices it (and runs the end callbacks once). */
  alive(): boolean;
  /** A runtime call failed with `error`: ends the lifetime when the error says the extension is gone. */
  failed(error: unknown): boolean;
  /** Called once, when the lifetime ends. */
  onEnd(cb: () => void): void;
  readonly signal: AbortSignal;
}

/** What a runtime call throws once the extension is gone (Chrome; Firefox unloads the script instead). */
const GONE = /extension context invalidated/i;

export function isExtensionGone(error: unknown): boolean {
  return GONE.test(error instanceof Error ? error.message : String(error));
}

/** A lifetime read from the extension runtime: `runtimeId()` is `browser.runtime?.id`. */
export function extensionLifetime(runtimeId: () => string | undefined): Lifetime {
  const controller = new AbortController();
  const callbacks: (() => void)[] = [];
  const end = (): void => {
    if (controller.signal.aborted) return;
    controller.abort(new Error('JobSafe: the extension is gone'));
    for (const cb of callbacks.splice(0)) {
      try {
        cb();
      } catch (error) {
        console.warn('JobSafe: teardown step failed', error);
      }
    }
  };
  const alive = (): boolean => {
    if (controller.signal.aborted) return false;
    let id: string | undefined;
    try {
      id = runtimeId();
    } catch {
      id = undefined;
    }
    if (!id) end();
    return !controller.signal.aborted;
  };
  return {
    alive,
    failed(error) {
      if (isExtensionGone(error)) end();
      return alive();
    },
    onEnd(cb) {
      if (controller.signal.aborted) cb();
      else callbacks.push(cb);
    },
    signal: controller.signal,
  };
}
