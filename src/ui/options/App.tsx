/**
 * The options page: badges per site, the quiet badge on ordinary ads, sensitivity, interface language,
 * the country for help lines and reset. Every change is saved at once (no Save button to forget) and announced in a live region.
 */
import { useEffect, useState } from 'preact/hooks';
import { SENSITIVITIES } from '../../analysis/types';
import type { Sensitivity } from '../../analysis/types';
import type { MessageKey } from '../../i18n';
import { UiLanguageSchema } from '../../settings/schema';
import type { Settings } from '../../settings/schema';
import { resetSettings, saveSettings } from '../../settings/store';
import { ADAPTERS } from '../../sites/registry';
import { I18nContext, useT, useUiTranslator } from '../shared/i18n-context';
import { LoadError } from '../shared/LoadError';
import { RegionSelect } from '../shared/RegionSelect';
import { OptInSites } from './OptInSites';

type Status = 'saved' | 'reset' | 'failed' | undefined;

const STATUS_KEYS: Record<Exclude<Status, undefined>, MessageKey> = {
  saved: 'opt_saved',
  reset: 'opt_reset_done',
  failed: 'opt_save_failed',
};

export function OptionsApp() {
  const { translator, settings, error } = useUiTranslator();
  if (error !== undefined)
    return (
      <main class="options">
        <LoadError />
      </main>
    );
  if (!translator || !settings) return <main class="options" aria-busy="true" />;
  return (
    <I18nContext.Provider value={translator}>
      <OptionsForm initial={settings} />
    </I18nContext.Provider>
  );
}

function OptionsForm({ initial }: { initial: Settings }) {
  const { t } = useT();
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<Status>();
  // Another window (or a language switch, which reloads the translator) may change the settings.
  useEffect(() => setSettings(initial), [initial]);
  useEffect(() => {
    document.title = t('opt_title');
  }, [t]);

  const save = async (patch: Partial<Settings>): Promise<void> => {
    try {
      setSettings(await saveSettings(patch));
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <main class="options">
      <header class="options__header">
        <img src="/icon/48.png" width={40} height={40} alt="" />
        <h1>{t('opt_title')}</h1>
      </header>

      <fieldset>
        <legend>{t('opt_sites_title')}</legend>
        <p class="options__hint" id="sites-hint">
          {ADAPTERS.length ? t('opt_sites_hint') : t('opt_sites_none')}
        </p>
        <ul class="options__sites">
          {ADAPTERS.map((site) => (
            <li key={site.id}>
              <label class="options__check">
                <input
                  type="checkbox"
                  name="site"
                  value={site.id}
                  checked={settings.sites[site.id] !== false}
                  aria-describedby="sites-hint"
                  onChange={(e) => save({ sites: { ...settings.sites, [site.id]: e.currentTarget.checked } })}
                />
                {site.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <OptInSites />

      <fieldset>
        <legend>{t('opt_ordinary_title')}</legend>
        <label class="options__check">
          <input
            type="checkbox"
            name="showOrdinary"
            checked={settings.showOrdinary}
            onChange={(e) => save({ showOrdinary: e.currentTarget.checked })}
          />
          {t('opt_ordinary_label')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('opt_sensitivity_title')}</legend>
        {SENSITIVITIES.map((s: Sensitivity) => (
          <label class="options__check" key={s}>
            <input
              type="radio"
              name="sensitivity"
              value={s}
              checked={settings.sensitivity === s}
              onChange={() => save({ sensitivity: s })}
            />
            {t(`opt_sens_${s.replaceAll('-', '_')}` as MessageKey)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('opt_language_title')}</legend>
        {UiLanguageSchema.options.map((lang) => (
          <label class="options__check" key={lang}>
            <input
              type="radio"
              name="language"
              value={lang}
              checked={settings.language === lang}
              onChange={() => save({ language: lang })}
            />
            <span lang={lang === 'browser' ? undefined : lang}>{t(`opt_lang_${lang}`)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('opt_region_title')}</legend>
        <p class="options__hint" id="region-hint">
          {t('opt_region_hint')}
        </p>
        <label class="options__check" for="options-region">
          {t('help_place_label')}
        </label>
        <RegionSelect
          id="options-region"
          value={settings.region}
          describedBy="region-hint"
          onChange={(region) => save({ region })}
        />
      </fieldset>

      <div class="options__actions">
        <button
          type="button"
          class="js-button js-button--quiet"
          onClick={async () => {
            setSettings(await resetSettings());
            setStatus('reset');
          }}
        >
          {t('opt_reset')}
        </button>
        <p class="options__status" role="status">
          {status && t(STATUS_KEYS[status])}
        </p>
      </div>
      <p class="js-source">{t('ui_privacy')}</p>
    </main>
  );
}
