/**
 * The opt-in sites (Telegram Web, VK: src/sites/opt-in.ts) get the job-site content script only while
 * their host permission is granted. The options page requests or removes the permission; here the
 * registrations follow it: on start-up (Firefox forgets dynamic scripts of a temporary add-on, and a
 * permission may have been removed while the worker slept) and whenever a permission is added or
 * removed, in the options page or in the browser's own site-access settings.
 *
 * One mechanism for both browsers: scripting.registerContentScripts exists in Chrome MV3 and in Firefox
 * MV2 since 102 (persistAcrossSessions since 105; the manifest asks for 115).
 */
import { OPT_IN_SITES, type OptInSite } from '../sites/opt-in';

/** The bundle WXT writes for entrypoints/jobsite.content.ts: the same script the job sites get. */
export const JOBSITE_SCRIPT = 'content-scripts/jobsite.js';

/** Registration ids are ours alone: `jobsafe-opt-in-telegram`. */
export const scriptId = (site: OptInSite): string => `jobsafe-opt-in-${site.adapter.id}`;

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The parts of browser.permissions and browser.scripting used here (the tests give fakes). */
export interface OptionalSitesApi {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

export interface PermissionEvents {
  onAdded: { addListener(listener: () => void): void };
  onRemoved: { addListener(listener: () => void): void };
}

/** Registers the script of each granted site and unregisters the others'; returns the ids registered. */
export async function syncOptionalSites(api: OptionalSitesApi): Promise<string[]> {
  const registered = new Set(
    (await api.scripting.getRegisteredContentScripts({ ids: OPT_IN_SITES.map(scriptId) })).map((s) => s.id),
  );
  const toRegister: RegisteredScript[] = [];
  const toUnregister: string[] = [];
  for (const site of OPT_IN_SITES) {
    const granted = await api.permissions.contains({ origins: [...site.origins] });
    const id = scriptId(site);
    if (granted && !registered.has(id)) {
      toRegister.push({
        id,
        matches: [...site.adapter.matches],
        js: [JOBSITE_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      });
    } else if (!granted && registered.has(id)) {
      toUnregister.push(id);
    }
  }
  if (toUnregister.length) await api.scripting.unregisterContentScripts({ ids: toUnregister });
  if (toRegister.length) await api.scripting.registerContentScripts(toRegister);
  return OPT_IN_SITES.map(scriptId).filter(
    (id) => toRegister.some((s) => s.id === id) || (registered.has(id) && !toUnregister.includes(id)),
  );
}

/**
 * Keeps the registrations in step with the permissions. Listeners are added synchronously (an MV3 worker
 * woken by a permission event must find them); syncs run one after another, so two events in a row
 * cannot register the same id twice.
 */
export function startOptionalSites(api: OptionalSitesApi, events: PermissionEvents): () => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  const sync = (): Promise<void> => {
    const next = queue.then(() => syncOptionalSites(api));
    queue = next.catch((error: unknown) => console.warn('JobSafe: opt-in sites not updated', error));
    return queue.then(() => undefined);
  };
  events.onAdded.addListener(() => void sync());
  events.onRemoved.addListener(() => void sync());
  void sync();
  return sync;
}
