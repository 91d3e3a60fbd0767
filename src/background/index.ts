/**
 * The background: wires the browser's events to the modules of this folder. Every listener is added
 * synchronously in startBackground(), as an MV3 service worker requires (a worker woken by an event
 * must find its listener registered during its first turn).
 */
import { packagedAnalyzer } from './catalogue';
import { CATALOGUE_FILE } from './catalogue-file';
import { browser } from 'wxt/browser';
import type { TabReport } from '../messaging/messages';
import { loadSettings, migrateStoredSettings, watchSettings } from '../settings/store';
import { AnalysisQueue } from './analyzer';
import { checkSelection, checkTab, type CheckTabDeps, type ScriptingApi } from './check-tab';
import { createMenu, onMenuClick } from './context-menu';
import { createHandlers, reportRejected } from './handlers';
import { startOptionalSites, type OptionalSitesApi, type PermissionEvents } from './optional-sites';
import { createRouter } from './router';
import { createSealer } from './seals';
import { memoryArea, TabReports, type KeyValueArea } from './tab-reports';
import { applyBadge, badgeFor, type ActionApi } from './toolbar-badge';
import { pageStrings, translatorFor } from './ui-strings';

/**
 * storage.session (Chrome 102+, Firefox 115+): in memory, survives a worker restart, not the browser;
 * content scripts cannot read it (its default access level).
 */
function sessionArea(): KeyValueArea {
  const session = browser.storage.session;
  if (!session) return memoryArea();
  return {
    get: (key) => session.get(key),
    set: (items) => session.set(items),
    remove: (key) => session.remove(key),
    keys: async () => Object.keys(await session.get(null)),
  };
}

/** MV3 `action`, MV2 (Firefox) `browserAction`: the same badge methods. */
function actionApi(): ActionApi {
  return (browser.action ?? browser.browserAction) as unknown as ActionApi;
}

export function startBackground(): void {
  const reports = new TabReports(sessionArea());
  const analyze = packagedAnalyzer(
    // Not one of WXT's typed public paths: it is added to the build by a hook (wxt.config.ts).
    browser.runtime.getURL(`/${CATALOGUE_FILE}` as '/'),
  );
  const queue = new AnalysisQueue((ad, sensitivity) => analyze(ad, { sensitivity }));
  const sealer = createSealer(sessionArea());
  const translator = async () => translatorFor(await loadSettings(), navigator.language);

  const showBadge = async (tabId: number, report: TabReport | undefined): Promise<void> => {
    try {
      await applyBadge(actionApi(), tabId, badgeFor(report, await translator()));
    } catch {
      // The tab closed meanwhile: nothing to show.
    }
  };

  // The polyfill types `func` as a no-argument function returning void; ours takes the marks and counts.
  const scripting = browser.scripting as unknown as ScriptingApi;
  const sensitivity = async () => (await loadSettings()).sensitivity;
  const pageStringsNow = async () => pageStrings(await loadSettings(), navigator.language);
  // What checking a page outside the job sites needs: inject, analyze, and the in-page strings to draw.
  const checkDeps: CheckTabDeps = {
    scripting,
    analyze: async (ads) => queue.run('extension', ads, await sensitivity()),
    messages: async () => (await pageStringsNow()).messages,
  };

  const route = createRouter(
    createHandlers({
      reports,
      analyze: (sender, ads, s) => queue.run(sender, ads, s),
      sealer,
      sensitivity,
      pageStrings: pageStringsNow,
      checkTab: (tabId) => checkTab(checkDeps, tabId),
      showBadge,
    }),
    { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
    async (type, context) => {
      if (type === 'page-report' && context?.origin === 'content')
        await reportRejected({ reports, showBadge }, context);
    },
  );
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));

  browser.tabs.onRemoved.addListener((tabId) => void reports.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    void reports.navigated(tabId, change.url ?? tab.url).then((dropped) => {
      if (dropped) return showBadge(tabId, undefined);
    });
  });

  // Settings an older version stored are written back migrated, now and whenever they are written again
  // (every reader migrates them the same way meanwhile: src/settings/parse.ts).
  void migrateStoredSettings().catch((e: unknown) => console.warn('JobSafe: settings not migrated', e));
  watchSettings(() => void migrateStoredSettings().catch(() => undefined));

  // Telegram Web and VK get the content script only while the user lets JobSafe read them.
  startOptionalSites(
    { permissions: browser.permissions, scripting: browser.scripting } as unknown as OptionalSitesApi,
    browser.permissions as unknown as PermissionEvents,
  );

  // Firefox for Android has no context menus: there the selection check is simply not offered.
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (!menus) return;
  const setUpMenu = async (): Promise<void> => {
    await createMenu(menus, (await translator()).t('menu_check_selection'));
  };
  // Chrome keeps menu items across restarts; Firefox forgets them when the browser closes.
  browser.runtime.onInstalled.addListener(() => void setUpMenu());
  browser.runtime.onStartup.addListener(() => void setUpMenu());
  // The menu's title follows the interface language the user picks.
  watchSettings(() => void setUpMenu());
  menus.onClicked.addListener((info, tab) => {
    void onMenuClick(
      {
        session: sessionArea(),
        getURL: (path) => browser.runtime.getURL(path as '/'),
        openTab: (props) => browser.tabs.create(props),
        checkOnPage: (tabId) => checkSelection(checkDeps, tabId),
        // The selection becomes the tab's report only where there is none (a job site's stays).
        report: async (tabId, result) => {
          if (await reports.get(tabId)) return;
          await showBadge(tabId, await reports.set(tabId, result.url, result.items));
        },
      },
      info,
      tab,
    );
  });
}
