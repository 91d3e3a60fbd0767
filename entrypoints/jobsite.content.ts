import { SITE_MATCHES } from '../src/sites/registry';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.jobsafeLoaded = 'true';
  },
});
