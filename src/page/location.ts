/**
 * Single-page-app navigation, noticed without trusting the page. Navigation events (the Navigation API's
 * `navigate`, `popstate`, `hashchange`) are only hints: a page can dispatch any of them, with any data.
 * On a hint the URL is read again from `location` itself, after the current task (a pushState that
 * announced the navigation has committed its URL by then), and only a URL that really changed counts.
 * The page controller also compares the URL on every scan, so where the Navigation API is missing a
 * pushState followed by new content is still seen; nothing polls.
 */
export function watchLocation(win: Window, signal: AbortSignal, check: () => void): void {
  let queued = false;
  const hint = (): void => {
    if (queued || signal.aborted) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!signal.aborted) check();
    });
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function')
    navigation.addEventListener('navigate', hint, { signal });
  win.addEventListener('popstate', hint, { signal });
  win.addEventListener('hashchange', hint, { signal });
}
