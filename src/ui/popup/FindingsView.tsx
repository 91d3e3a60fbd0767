import type { Assessment } from '../../analysis/types';
import { adviceKey } from '../../knowledge/content';
import type { MessageKey } from '../../i18n';
import { useT } from '../shared/i18n-context';
import { Quoted } from '../shared/Highlighted';
import { fieldText, summarize } from './summary';

/** Why an ad looks risky (reasons with quoted phrases) and what to do. */
export function FindingsView({
  assessment,
  item,
  showQuotes = true,
}: {
  assessment: Assessment;
  item: { text?: string; title?: string };
  showQuotes?: boolean;
}) {
  const { t } = useT();
  const { reasons, advice } = summarize(assessment);
  if (reasons.length === 0) return null;
  return (
    <div class="findings">
      <h4 class="findings__label">{t('pg_why')}</h4>
      <ul class="findings__reasons">
        {reasons.map(({ category, finding }) => {
          const source = fieldText(finding, item);
          return (
            <li key={category} data-category={category}>
              <span class="findings__reason">{t(`cat_${category.replaceAll('-', '_')}` as MessageKey)}</span>
              {showQuotes &&
                (source !== undefined && source.slice(finding.start, finding.end) === finding.evidence ? (
                  <Quoted text={source} span={finding} />
                ) : (
                  <q class="js-quote">
                    <mark class="js-mark">{finding.evidence}</mark>
                  </q>
                ))}
            </li>
          );
        })}
      </ul>
      {advice.length > 0 && (
        <>
          <h4 class="findings__label">{t('pg_what_to_do')}</h4>
          <ul class="findings__advice">
            {advice.map((a) => (
              <li key={a}>{t(adviceKey(a))}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
