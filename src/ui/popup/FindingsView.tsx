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
  item: { text: string; title?: string };
  showQuotes?: boolean;
}) {
  const { t } = useT();
  const { categories, quotes, advice } = summarize(assessment);
  if (categories.length === 0) return null;
  return (
    <div class="findings">
      <h4 class="findings__label">{t('pg_why')}</h4>
      <ul class="findings__reasons">
        {categories.map((c) => (
          <li key={c}>{t(`cat_${c.replaceAll('-', '_')}` as MessageKey)}</li>
        ))}
      </ul>
      {showQuotes && quotes.length > 0 && (
        <ul class="findings__quotes">
          {quotes.map((f) => {
            const source = fieldText(f, item);
            return (
              <li key={`${f.field ?? 'text'}:${f.start}`}>
                {source !== undefined && source.slice(f.start, f.end) === f.evidence ? (
                  <Quoted text={source} span={f} />
                ) : (
                  <q class="js-quote">
                    <mark class="js-mark">{f.evidence}</mark>
                  </q>
                )}
              </li>
            );
          })}
        </ul>
      )}
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
