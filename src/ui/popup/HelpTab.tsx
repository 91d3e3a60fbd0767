/** "Help": the Russian hotline first, then lines for the browser's region, then other countries. */
import { regionOf } from '../../i18n';
import { RU_HOTLINE } from '../../knowledge/content';
import { chooseHelplines, HELPLINES_CHECKED_ON } from '../../knowledge/helplines';
import type { Helpline } from '../../knowledge/helplines';
import { useT } from '../shared/i18n-context';
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

function HelplineItem({ line }: { line: Helpline }) {
  const { t } = useT();
  return (
    <li class="card" data-helpline={line.id}>
      <h4>{t(line.name)}</h4>
      {line.phone && line.tel && (
        <p>
          <Call display={line.phone} tel={line.tel} />
          {line.sms && <> {t('help_text_sms', [line.sms])}</>}
        </p>
      )}
      <p>{t(line.note)}</p>
      <p class="js-source">
        {t('help_source')}{' '}
        <a href={line.url} target="_blank" rel="noopener noreferrer">
          {new URL(line.url).hostname.replace(/^www\./, '')}
        </a>
      </p>
    </li>
  );
}

export function HelpTab({ navigatorLanguage }: { navigatorLanguage: string }) {
  const { t } = useT();
  const { regional, others } = chooseHelplines(regionOf(navigatorLanguage));
  return (
    <div class="help">
      <p class="js-status">{t('help_emergency')}</p>
      <section aria-labelledby="help-ru">
        <h3 id="help-ru">{t('help_ru_title')}</h3>
        <div class="card card--hotline">
          <h4>{t('help_hotline_name')}</h4>
          <p>
            <Call display={RU_HOTLINE.display} tel={RU_HOTLINE.tel} />
          </p>
          <p>{t('help_hotline_hours')}</p>
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
      <section aria-labelledby="help-region">
        <h3 id="help-region">{t('help_region_title')}</h3>
        <ul class="cards">
          {regional.map((line) => (
            <HelplineItem key={line.id} line={line} />
          ))}
        </ul>
      </section>
      {others.length > 0 && (
        <section aria-labelledby="help-other">
          <h3 id="help-other">{t('help_other_title')}</h3>
          <ul class="cards">
            {others.map((line) => (
              <HelplineItem key={line.id} line={line} />
            ))}
          </ul>
        </section>
      )}
      <p class="js-source">{t('help_checked', [HELPLINES_CHECKED_ON])}</p>
    </div>
  );
}
