/**
 * One ad's warning in the popup, laid out like the badge's panel (src/ui/shared/warning.ts): what to do
 * with the hotline first and the one or two actions that matter most, then the top three reasons with
 * a clean quote each (the rest behind a button), and "Share this warning".
 */
import { useState } from 'preact/hooks';
import type { Assessment } from '../../analysis/types';
import type { MessageKey } from '../../i18n';
import { adviceKey, RU_HOTLINE } from '../../knowledge/content';
import { useT } from '../shared/i18n-context';
import { ShareButton } from '../shared/ShareButton';
import type { SharedAd } from '../shared/share';
import { warningOf, MAX_REASONS } from '../shared/warning';

export function WarningView({
  assessment,
  ad = {},
  showQuotes = true,
}: {
  assessment: Assessment;
  ad?: SharedAd;
  showQuotes?: boolean;
}) {
  const { t } = useT();
  const [all, setAll] = useState(false);
  const warning = warningOf(assessment, all ? Infinity : MAX_REASONS);
  const risky = warning.shown === 'high' || warning.shown === 'caution';
  return (
    <div class="findings">
      {warning.partial && <p class="findings__partial">{t('page_partial')}</p>}
      {risky && (
        <>
          <h4 class="findings__label">{t('pg_what_to_do')}</h4>
          <ul class="findings__advice">
            <li class="findings__hotline">
              {t('page_hotline')}{' '}
              <a class="tel" href={`tel:${RU_HOTLINE.tel}`}>
                {RU_HOTLINE.display}
              </a>
            </li>
            {warning.actions.map((a) => (
              <li key={a}>{t(adviceKey(a))}</li>
            ))}
          </ul>
        </>
      )}
      {warning.reasons.length > 0 && (
        <>
          <h4 class="findings__label">{t('pg_why')}</h4>
          <ul class="findings__reasons">
            {warning.reasons.map(({ category, quote }) => (
              <li key={category} data-category={category}>
                <span class="findings__reason">
                  {t(`cat_${category.replaceAll('-', '_')}` as MessageKey)}
                </span>
                {showQuotes && quote && (
                  <q class="js-quote">
                    {quote.before}
                    <mark class="js-mark">{quote.match}</mark>
                    {quote.after}
                  </q>
                )}
              </li>
            ))}
          </ul>
          {(all || warning.moreReasons > 0) && (
            <button type="button" class="js-link-button" aria-expanded={all} onClick={() => setAll(!all)}>
              {all
                ? t('pg_top_reasons')
                : t('pg_all_reasons', [warning.reasons.length + warning.moreReasons])}
            </button>
          )}
        </>
      )}
      {risky && <ShareButton warning={warning} ad={ad} />}
    </div>
  );
}
