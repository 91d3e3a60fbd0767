import { startJobSafe } from '../src/page/start';
import { SITE_MATCHES } from '../src/sites/registry';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // Thin on purpose: WXT imports this file in Node at build time; all work starts in main.
  main(ctx) {
    return startJobSafe(ctx);
  },
});
