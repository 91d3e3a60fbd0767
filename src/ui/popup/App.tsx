/**
 * The popup. It paints its header at once and its tabs as soon as the locale file is read (a local file,
 * no round trip to the background); "This page" then asks the background for the tab's report.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../i18n';
import { RU_HOTLINE } from '../../knowledge/content';
import { I18nContext, useT, useUiTranslator } from '../shared/i18n-context';
import { LoadError } from '../shared/LoadError';
import { CheckTab } from './CheckTab';
import { HelpTab } from './HelpTab';
import { FlagsTab, LearnTab, RulesTab } from './KnowledgeTabs';
import { PageTab } from './PageTab';
import { Tabs } from './Tabs';

export const TAB_IDS = ['page', 'check', 'flags', 'rules', 'help', 'learn'] as const;
export type TabId = (typeof TAB_IDS)[number];

/** `#check` opens "Check an ad" directly (the context menu and tests use it). */
function initialTab(hash: string): TabId {
  const id = hash.replace(/^#/, '');
  return (TAB_IDS as readonly string[]).includes(id) ? (id as TabId) : 'page';
}

export function PopupApp() {
  const { translator, error } = useUiTranslator();
  return (
    <div class="popup">
      <header class="popup__header">
        <img src="/icon/32.png" width={24} height={24} alt="" />
        <h1>JobSafe</h1>
        {translator && <span class="popup__tagline">{translator.t('app_tagline')}</span>}
        {translator && (
          <a
            class="popup__settings"
            href={browser.runtime.getURL('/options.html')}
            target="_blank"
            rel="noopener"
          >
            {translator.t('ui_settings')}
          </a>
        )}
      </header>
      {translator ? (
        <I18nContext.Provider value={translator}>
          <PopupBody />
        </I18nContext.Provider>
      ) : (
        <main class="popup__main" aria-busy={error ? undefined : 'true'}>
          {error !== undefined && <LoadError />}
        </main>
      )}
    </div>
  );
}

function PopupBody() {
  const { t } = useT();
  const [tab, setTab] = useState<TabId>(() => initialTab(location.hash));
  // For the browser tests and DevTools: when the tabs were first on screen, before any background answer.
  useEffect(() => void performance.mark('jobsafe:tabs-painted'), []);
  const tabs = TAB_IDS.map((id) => ({ id, label: t(`tab_${id}` as MessageKey) }));
  const panel = (id: TabId) => (
    <>
      <h2 class="js-visually-hidden">{t(`tab_${id}` as MessageKey)}</h2>
      {id === 'page' && <PageTab />}
      {id === 'check' && <CheckTab />}
      {id === 'flags' && <FlagsTab />}
      {id === 'rules' && <RulesTab />}
      {id === 'help' && <HelpTab navigatorLanguage={navigator.language} />}
      {id === 'learn' && <LearnTab />}
    </>
  );
  return (
    <>
      <main class="popup__main" data-ready="true">
        <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('ui_tabs_label')} renderPanel={panel} />
      </main>
      {/* Sticky: the hotline stays on screen on every tab, however long the tab's content is. */}
      <footer class="popup__footer">
        <p class="popup__hotline">
          {t('ui_hotline_short')}{' '}
          <a
            href={`tel:${RU_HOTLINE.tel}`}
            class="call tel"
            aria-label={t('help_call', [RU_HOTLINE.display])}
          >
            {RU_HOTLINE.display}
          </a>
        </p>
        <p class="popup__privacy">{t('ui_privacy')}</p>
      </footer>
    </>
  );
}
