/** The static tabs: red flags, safety rules and the "Learn" page, all from IOM Russia's guidance. */
import {
  adviceKey,
  AT_RISK,
  CAUSES,
  CONTROL_MEANS,
  FORMS,
  MYTHS,
  RED_FLAGS,
  SAFETY_RULES,
  STAGES,
} from '../../knowledge/content';
import { useT } from '../shared/i18n-context';
import { IomSource } from '../shared/Source';

export function FlagsTab() {
  const { t } = useT();
  return (
    <div>
      <p>{t('rf_intro')}</p>
      <ol class="cards">
        {RED_FLAGS.map((flag) => (
          <li key={flag.advice} class="card">
            <h3>{t(flag.title)}</h3>
            <p>{t(flag.why)}</p>
            <p class="card__example">
              <span class="card__label">{t('rf_example')}</span> {t(flag.example)}
            </p>
            <p>
              <span class="card__label">{t('rf_what_to_do')}</span> {t(adviceKey(flag.advice))}
            </p>
          </li>
        ))}
      </ol>
      <IomSource />
    </div>
  );
}

export function RulesTab() {
  const { t } = useT();
  return (
    <div>
      <p>{t('rules_intro')}</p>
      <ol class="cards cards--numbered">
        {SAFETY_RULES.map((rule) => (
          <li key={rule.advice} class="card">
            <h3>{t(rule.title)}</h3>
            <p>{t(adviceKey(rule.advice))}</p>
          </li>
        ))}
      </ol>
      <IomSource />
    </div>
  );
}

export function LearnTab() {
  const { t } = useT();
  return (
    <div class="learn">
      <h3>{t('learn_what_title')}</h3>
      <p>{t('learn_what_text')}</p>
      <p class="learn__note">{t('learn_what_note')}</p>

      <h3>{t('learn_who_title')}</h3>
      <p>{t('learn_who_text')}</p>
      <ul>
        {AT_RISK.map((r) => (
          <li key={r}>{t(r)}</li>
        ))}
      </ul>

      <h3>{t('learn_causes_title')}</h3>
      <p>{t('learn_causes_text')}</p>
      <ul>
        {CAUSES.map((c) => (
          <li key={c}>{t(c)}</li>
        ))}
      </ul>

      <h3>{t('learn_myths_title')}</h3>
      <dl class="myths">
        {MYTHS.map((m) => (
          <div key={m.myth} class="myth">
            <dt>
              <span class="card__label">{t('learn_myth')}</span> {t(m.myth)}
            </dt>
            <dd>
              <span class="card__label">{t('learn_fact')}</span> {t(m.fact)}
            </dd>
          </div>
        ))}
      </dl>

      <h3>{t('learn_stages_title')}</h3>
      <ol class="stages">
        {STAGES.map((s) => (
          <li key={s.title}>
            <strong>{t(s.title)}.</strong> {t(s.text)}
          </li>
        ))}
      </ol>

      <h3>{t('learn_forms_title')}</h3>
      <ul>
        {FORMS.map((f) => (
          <li key={f}>{t(f)}</li>
        ))}
      </ul>

      <h3>{t('learn_control_title')}</h3>
      <ul>
        {CONTROL_MEANS.map((c) => (
          <li key={c}>{t(c)}</li>
        ))}
      </ul>
      <p class="js-status">{t('learn_help_hint')}</p>
      <IomSource />
    </div>
  );
}
