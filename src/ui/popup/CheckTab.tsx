/** "Check an ad": paste any text and get the same assessment, with the phrases highlighted. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Assessment } from '../../analysis/types';
import { useT } from '../shared/i18n-context';
import { Highlighted } from '../shared/Highlighted';
import { LevelChip } from '../shared/LevelChip';
import { shownOf, type Shown } from '../shared/levels';
import { analyzeText, pendingCheck } from './client';
import { WarningView } from './WarningView';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'empty' }
  | { kind: 'no-answer' }
  | { kind: 'result'; text: string; assessment: Assessment };

/** The verdict in one sentence: the badge's for a risky text, the check's own for a clear or unread one. */
const VERDICTS = {
  high: 'page_verdict_high',
  caution: 'page_verdict_caution',
  none: 'chk_none_hint',
  unchecked: 'chk_lang_unsupported',
} as const satisfies Record<Shown, string>;

export function CheckTab() {
  const { t } = useT();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLTextAreaElement>(null);

  const run = async (value: string, lang?: string): Promise<void> => {
    if (!value.trim()) {
      setState({ kind: 'empty' });
      input.current?.focus();
      return;
    }
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'result', text: value, assessment: await analyzeText(value, lang) });
    } catch {
      setState({ kind: 'no-answer' });
    }
  };

  // Opened from the context menu: check the selected text at once.
  useEffect(() => {
    pendingCheck().then(
      (pending) => {
        if (!pending) return;
        setText(pending.text);
        void run(pending.text, pending.lang);
      },
      () => undefined,
    );
  }, []);

  const submit = (event: Event): void => {
    event.preventDefault();
    void run(text);
  };

  const shown = state.kind === 'result' ? shownOf(state.assessment) : undefined;

  return (
    <div class="check">
      <p>{t('chk_intro')}</p>
      <form onSubmit={submit} class="check__form">
        <label for="check-text" class="check__label">
          {t('chk_label')}
        </label>
        <textarea
          id="check-text"
          ref={input}
          rows={6}
          maxLength={200_000}
          value={text}
          placeholder={t('chk_placeholder')}
          aria-describedby={state.kind === 'empty' ? 'check-empty' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="check__actions">
          <button type="submit" class="js-button" disabled={state.kind === 'busy'}>
            {state.kind === 'busy' ? t('chk_busy') : t('chk_button')}
          </button>
          <button
            type="button"
            class="js-button js-button--quiet"
            onClick={() => {
              setText('');
              setState({ kind: 'idle' });
              input.current?.focus();
            }}
          >
            {t('chk_clear')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {state.kind === 'empty' && (
          <p id="check-empty" class="js-status">
            {t('chk_empty')}
          </p>
        )}
        {state.kind === 'no-answer' && (
          <p class="js-status js-status--error" role="alert">
            {t('ui_no_answer')}
          </p>
        )}
        {state.kind === 'result' && (
          <section
            class="check__result"
            aria-labelledby="check-result-title"
            data-level={state.assessment.level}
            data-shown={shown}
          >
            <h3 id="check-result-title">
              {t('chk_result')}: <LevelChip level={shown ?? 'none'} />
            </h3>
            <p class="check__verdict">{t(VERDICTS[shown ?? 'none'])}</p>
            {state.assessment.findings.length > 0 && (
              <figure class="check__text">
                <figcaption class="js-visually-hidden">{t('chk_highlighted')}</figcaption>
                <Highlighted
                  text={state.text}
                  spans={state.assessment.findings.filter((f) => (f.field ?? 'text') === 'text')}
                />
              </figure>
            )}
            <WarningView assessment={state.assessment} showQuotes={false} />
          </section>
        )}
      </div>
    </div>
  );
}
