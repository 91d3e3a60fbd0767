/**
 * The opt-in sites' content script follows their host permission: registered once granted, unregistered
 * once removed, never twice, and left alone when nothing changed (counted calls on a fake browser).
 */
import { describe, expect, it } from 'vitest';
import {
  JOBSITE_SCRIPT,
  scriptId,
  startOptionalSites,
  syncOptionalSites,
  type OptionalSitesApi,
  type RegisteredScript,
} from '../../../src/background/optional-sites';
import { OPT_IN_SITES, type OptInSite } from '../../../src/sites/opt-in';

const [telegram, vk] = OPT_IN_SITES;
if (!telegram || !vk) throw new Error('expected the Telegram and VK opt-in sites');

/** A browser that holds granted origins and registered scripts, and counts the calls that change them. */
function fakeBrowser(granted: string[] = []) {
  const origins = new Set(granted);
  const scripts = new Map<string, RegisteredScript>();
  const calls = { register: 0, unregister: 0 };
  const added: (() => void)[] = [];
  const removed: (() => void)[] = [];
  const api: OptionalSitesApi = {
    permissions: { contains: async ({ origins: asked }) => asked.every((o) => origins.has(o)) },
    scripting: {
      getRegisteredContentScripts: async (filter) =>
        [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (list) => {
        calls.register++;
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        calls.unregister++;
        for (const id of ids) scripts.delete(id);
      },
    },
  };
  const events = {
    onAdded: { addListener: (l: () => void) => added.push(l) },
    onRemoved: { addListener: (l: () => void) => removed.push(l) },
  };
  return {
    api,
    events,
    scripts,
    calls,
    grant: (site: OptInSite) => {
      for (const o of site.origins) origins.add(o);
      added.forEach((l) => l());
    },
    revoke: (site: OptInSite) => {
      for (const o of site.origins) origins.delete(o);
      removed.forEach((l) => l());
    },
  };
}

describe('opt-in site registration', () => {
  it('registers nothing while no permission is granted (the state at install)', async () => {
    const b = fakeBrowser();
    expect(await syncOptionalSites(b.api)).toEqual([]);
    expect(b.calls).toEqual({ register: 0, unregister: 0 });
  });

  it("registers the job-site script for a granted site's pages only", async () => {
    const b = fakeBrowser([...telegram.origins]);
    expect(await syncOptionalSites(b.api)).toEqual([scriptId(telegram)]);
    expect(b.scripts.get(scriptId(telegram))).toEqual({
      id: 'jobsafe-opt-in-telegram',
      matches: [...telegram.adapter.matches],
      js: [JOBSITE_SCRIPT],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('follows permission events, one sync at a time, and never registers an id twice', async () => {
    const b = fakeBrowser();
    const sync = startOptionalSites(b.api, b.events);
    await sync();
    b.grant(telegram);
    b.grant(telegram);
    await sync();
    expect([...b.scripts.keys()]).toEqual([scriptId(telegram)]);
    expect(b.calls.register).toBe(1);

    b.grant(vk);
    await sync();
    expect([...b.scripts.keys()].sort()).toEqual([scriptId(telegram), scriptId(vk)]);

    b.revoke(telegram);
    await sync();
    expect([...b.scripts.keys()]).toEqual([scriptId(vk)]);
    expect(b.calls.unregister).toBe(1);
  });

  it('unregisters a script whose permission was removed while the background slept', async () => {
    const b = fakeBrowser([...vk.origins]);
    await syncOptionalSites(b.api);
    b.revoke(vk); // no listener here: the event was missed
    expect(await syncOptionalSites(b.api)).toEqual([]);
    expect(b.scripts.size).toBe(0);
  });
});
