/**
 * "Help": where the person is (their choice, or a guess from the browser shown as one), the lines for
 * that place, "if you are already in trouble", IOM Russia's hotline and centres, then every other line.
 * A number is a call link only where it can be dialled; elsewhere it is plain text saying from where.
 */
import { useEffect, useState } from 'preact/hooks';
import { RU_HOTLINE, TROUBLE, TROUBLE_RULES, adviceKey } from '../../knowledge/content';
import { canDial, chooseHelplines } from '../../knowledge/helplines';
import type { Helpline, Place } from '../../knowledge/helplines';
import { placeFor } from '../../knowledge/place';
import type { RegionSetting } from '../../knowledge/place';
import { loadSettings, saveSettings, watchSettings } from '../../settings/store';
import { useT } from '../shared/i18n-context';
import { RegionSelect } from '../shared/RegionSelect';
import { IomSource } from '../shared/Source';

function Call({ display, tel }: { display: string; tel: string }) {
  const { t } = useT();
  return (
    <a class="call" href={`tel:${tel}`} aria-label={t('help_call', [display])}>
      <span aria-hidden="true" class="call__icon">
        ☎
      </span>
      {display}
    </a>
  );
}

/** A number: a call link where it can be dialled from the place, else the number and where it works. */
function PhoneNumber({
  display,
  tel,
  from,
  place,
}: {
  display: string;
  tel: string;
  from: readonly string[];
  place: Place;
}) {
  const { t, region, list } = useT();
  if (canDial(from, place)) return <Call display={display} tel={tel} />;
  return (
    <span class="help__number" data-dialable="false">
      <strong>{display}</strong>{' '}
      <span class="js-source">{t('help_dial_from', [list(from.map(region))])}</span>
    </span>
  );
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function HelplineItem({ line, place }: { line: Helpline; place: Place }) {
  const { t, date } = useT();
  return (
    <li class="card" data-helpline={line.id}>
      <h4>{t(line.name)}</h4>
      {line.numbers.map((n) => (
        <p key={n.tel}>
          <PhoneNumber display={n.display} tel={n.tel} from={n.from} place={place} />
        </p>
      ))}
      {line.sms && canDial(line.sms.from, place) && <p>{t('help_text_sms', [line.sms.display])}</p>}
      <p>{t(line.note)}</p>
      {line.url && (
        <p>
          <a href={line.url} target="_blank" rel="noopener noreferrer">
            {t('hl_open_site')}: {hostOf(line.url)}
          </a>
        </p>
      )}
      <p class="js-source">
        {t('help_checked_against', [date(line.checkedOn)])}{' '}
        {line.sources.map((url, i) => (
          <span key={url}>
            {i > 0 && ', '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {hostOf(url)}
            </a>
          </span>
        ))}
      </p>
    </li>
  );
}

function RussiaSection({ place }: { place: Place }) {
  const { t } = useT();
  const dialable = canDial(RU_HOTLINE.from, place);
  return (
    <section aria-labelledby="help-ru">
      <h3 id="help-ru">{t('help_ru_title')}</h3>
      <div class="card card--hotline">
        <h4>{t('help_hotline_name')}</h4>
        <p>
          <PhoneNumber
            display={RU_HOTLINE.display}
            tel={RU_HOTLINE.tel}
            from={RU_HOTLINE.from}
            place={place}
          />
        </p>
        {!dialable && <p>{t('help_hotline_abroad')}</p>}
        <p>{t('help_hotline_hours')}</p>
        <p>{t('help_hotline_after_hours')}</p>
      </div>
      <div class="card">
        <h4>{t('help_moscow_title')}</h4>
        <p>{t('help_moscow_text')}</p>
      </div>
      <div class="card">
        <h4>{t('help_spb_title')}</h4>
        <p>{t('help_spb_text')}</p>
      </div>
      <IomSource />
    </section>
  );
}

/** Abroad, passport taken, or in debt: the seeds' advice, then IOM Russia's rules 9–11. */
function TroubleSection() {
  const { t } = useT();
  return (
    <section aria-labelledby="help-trouble">
      <h3 id="help-trouble">{t('trouble_title')}</h3>
      <p>{t('trouble_intro')}</p>
      {TROUBLE.map((item) => (
        <div key={item.title} class="card" data-trouble={item.title}>
          <h4>{t(item.title)}</h4>
          <p>{t(item.text)}</p>
        </div>
      ))}
      <h4>{t('trouble_rules_title')}</h4>
      <ol class="cards cards--numbered" start={9}>
        {TROUBLE_RULES.map((rule) => (
          <li key={rule.advice} class="card">
            <strong>{t(rule.title)}.</strong> {t(adviceKey(rule.advice))}
          </li>
        ))}
      </ol>
      <IomSource />
    </section>
  );
}

export function HelpView({
  region,
  navigatorLanguages,
  onRegionChange,
  saveFailed = false,
}: {
  region: RegionSetting;
  navigatorLanguages: readonly string[];
  onRegionChange: (region: RegionSetting) => void;
  saveFailed?: boolean;
}) {
  const translator = useT();
  const { t } = translator;
  const place = placeFor(region, navigatorLanguages, translator.lang);
  const { here, others } = chooseHelplines(place, translator.lang);
  const inRussia = place.regions.includes('RU');
  const noLocalLine = !inRussia && here.every((line) => line.regions.includes('*'));
  return (
    <div class="help">
      <p class="js-status">{t('help_emergency')}</p>
      <div class="help__place">
        <label for="help-region" class="card__label">
          {t('help_place_label')}
        </label>{' '}
        <RegionSelect
          id="help-region"
          value={region}
          onChange={onRegionChange}
          describedBy={place.chosen ? undefined : 'help-place-guess'}
        />
        {!place.chosen && (
          <p id="help-place-guess" class="js-source">
            {t('help_place_guess', [translator.list(place.regions.map(translator.region))])}
          </p>
        )}
        {saveFailed && (
          <p class="js-status js-status--error" role="alert">
            {t('opt_save_failed')}
          </p>
        )}
      </div>
      {inRussia && <RussiaSection place={place} />}
      <section aria-labelledby="help-here">
        <h3 id="help-here">{t('help_here_title')}</h3>
        {noLocalLine && <p>{t('help_here_none')}</p>}
        <ul class="cards">
          {here.map((line) => (
            <HelplineItem key={line.id} line={line} place={place} />
          ))}
        </ul>
      </section>
      <TroubleSection />
      {!inRussia && <RussiaSection place={place} />}
      {others.length > 0 && (
        <section aria-labelledby="help-other">
          <h3 id="help-other">{t('help_other_title')}</h3>
          <ul class="cards">
            {others.map((line) => (
              <HelplineItem key={line.id} line={line} place={place} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The stored region setting, following changes from the options page; a failed save is reported. */
function useRegionSetting(): { region: RegionSetting; choose: (r: RegionSetting) => void; failed: boolean } {
  const [region, setRegion] = useState<RegionSetting>('auto');
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => live && setRegion(s.region),
      () => undefined,
    );
    const stop = watchSettings((s) => setRegion(s.region));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const choose = (next: RegionSetting): void => {
    setRegion(next);
    saveSettings({ region: next }).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  };
  return { region, choose, failed };
}

export function HelpTab({
  navigatorLanguage,
  navigatorLanguages,
}: {
  navigatorLanguage: string;
  /** The browser's language list (navigator.languages); the first guess at the country uses all of it. */
  navigatorLanguages?: readonly string[];
}) {
  const { region, choose, failed } = useRegionSetting();
  const languages =
    navigatorLanguages ?? (navigator.languages?.length ? navigator.languages : [navigatorLanguage]);
  return (
    <HelpView region={region} navigatorLanguages={languages} onRegionChange={choose} saveFailed={failed} />
  );
}
