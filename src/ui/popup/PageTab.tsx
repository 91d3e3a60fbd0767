/**
 * "This page": the current tab's report. The popup is already painted when this asks the background;
 * the answer fills the panel in.
 */
import { useEffect, useState } from 'preact/hooks';
import { LEVELS } from '../../analysis/types';
import { CHECK_KEY_PREFIX } from '../../background/collect-page';
import type { PageItem, TabReport } from '../../messaging/messages';
import { useT } from '../shared/i18n-context';
import { LevelChip } from '../shared/LevelChip';
import { shownOf } from '../shared/levels';
import { BackgroundError, checkTab, currentTabId, getTabReport, scrollToAd } from './client';
import { WarningView } from './WarningView';

type State =
  | { kind: 'loading' }
  | { kind: 'no-answer' }
  | { kind: 'not-checked'; tabId: number }
  | { kind: 'cannot-check' }
  | { kind: 'report'; tabId: number; report: TabReport };

/** Risky ads, high before caution, in page order within a level. */
function riskyItems(report: TabReport): PageItem[] {
  return report.items
    .filter((i) => i.assessment.level !== 'none')
    .sort((a, b) => LEVELS.indexOf(b.assessment.level) - LEVELS.indexOf(a.assessment.level));
}

/** Ads the analyzer did not read: `none`, but unread, so never counted as clear. */
function isUnchecked(item: PageItem): boolean {
  return shownOf(item.assessment) === 'unchecked';
}

export function PageTab() {
  const { t, tp } = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const tabId = await currentTabId();
      if (tabId === undefined) return setState({ kind: 'no-answer' });
      const report = await getTabReport(tabId);
      if (!live) return;
      setState(report ? { kind: 'report', tabId, report } : { kind: 'not-checked', tabId });
    })().catch(() => live && setState({ kind: 'no-answer' }));
    return () => {
      live = false;
    };
  }, []);

  const check = async (tabId: number): Promise<void> => {
    setChecking(true);
    try {
      setState({ kind: 'report', tabId, report: await checkTab(tabId) });
    } catch (error) {
      // Without activeTab (popup not opened from the toolbar) or on browser pages the tab cannot be read.
      const denied = error instanceof BackgroundError && error.code.startsWith('cannot-access-page');
      setState({ kind: denied ? 'cannot-check' : 'no-answer' });
    } finally {
      setChecking(false);
    }
  };

  if (state.kind === 'loading')
    return (
      <p class="js-status" role="status">
        {t('pg_loading')}
      </p>
    );
  if (state.kind === 'no-answer')
    return (
      <p class="js-status js-status--error" role="alert">
        {t('ui_no_answer')}
      </p>
    );
  if (state.kind === 'cannot-check')
    return (
      <p class="js-status js-status--error" role="alert">
        {t('pg_cannot_check')}
      </p>
    );
  if (state.kind === 'not-checked')
    return (
      <div>
        <p class="js-status">{t('pg_not_checked')}</p>
        <button type="button" class="js-button" disabled={checking} onClick={() => check(state.tabId)}>
          {checking ? t('chk_busy') : t('pg_check_button')}
        </button>
      </div>
    );

  const { report, tabId } = state;
  const risky = riskyItems(report);
  const unchecked = report.items.filter(isUnchecked).length;
  const checked = report.items.length - unchecked;
  const partial = report.items.filter((i) => i.assessment.partial).length;
  return (
    <div class="page" data-highest={report.highest}>
      <div class="page__summary" role="status">
        {report.items.length === 0 ? (
          <p>{t('pg_no_ads')}</p>
        ) : risky.length > 0 ? (
          <p>
            <LevelChip level={report.highest} /> <strong>{tp('pg_risky', risky.length)}</strong>{' '}
            {tp('pg_checked_of', checked)}
          </p>
        ) : checked > 0 ? (
          <p>
            <LevelChip level="none" /> {tp('pg_all_clear', checked)}
          </p>
        ) : null}
        {unchecked > 0 && <p class="page__unchecked">{tp('pg_unchecked', unchecked)}</p>}
        {partial > 0 && <p class="page__partial">{tp('pg_partial', partial)}</p>}
      </div>
      <ul class="ads">
        {risky.map((item) => (
          <AdItem key={item.key} item={item} tabId={tabId} />
        ))}
      </ul>
    </div>
  );
}

function AdItem({ item, tabId }: { item: PageItem; tabId: number }) {
  const { t } = useT();
  const [scrolled, setScrolled] = useState<'ok' | 'failed'>();
  const headingId = `ad-${item.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li class={`ad ad--${item.assessment.level}`} aria-labelledby={headingId} data-scrolled={scrolled}>
      <div class="ad__head">
        <LevelChip level={item.assessment.level} />
        <h3 id={headingId} class="ad__title">
          {item.title?.trim() || t('pg_untitled')}
        </h3>
      </div>
      <WarningView assessment={item.assessment} ad={{ title: item.title }} />
      <button
        type="button"
        class="js-button js-button--quiet ad__show"
        onClick={async () => setScrolled((await scrollToAd(tabId, item.key)) ? 'ok' : 'failed')}
      >
        {t('pg_show')}
      </button>
      {scrolled === 'failed' && (
        <p class="ad__error" role="alert">
          {item.key.startsWith(CHECK_KEY_PREFIX) ? t('pg_scroll_failed_checked') : t('pg_scroll_failed')}
        </p>
      )}
    </li>
  );
}
