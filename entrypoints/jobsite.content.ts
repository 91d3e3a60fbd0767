import { startJobSafe } from '../src/page/start';
import { SITE_MATCHES } from '../src/sites/registry';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // WXT's "script started" notice goes only through a DOM event: its window.postMessage copy would be
  // seen by every message listener of the site (and tell it that JobSafe is installed).
  noScriptStartedPostMessage: true,
  // Thin on purpose: WXT imports this file in Node at build time; all work starts in main. WXT's `ctx`
  // is left unused: a page can invalidate it with one DOM event (src/page/lifetime.ts says how).
  main() {
    return startJobSafe();
  },
});
