import { installCheckRuntime } from '../src/ui/badge/check-install';

/**
 * "Check this page" and "Check this job ad" on any page: injected by the background into the active
 * tab (activeTab + scripting), it installs the page runtime that collects the ads and draws their
 * badges (src/ui/badge/checked-page.ts). Not declared in the manifest.
 */
export default defineUnlistedScript(() => installCheckRuntime());
