/** "Share this warning" in the popup: the same text as the badge's (share.ts), sent only where the user sends it. */
import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n';
import { useT } from './i18n-context';
import { copyWithTextArea, shareOrCopy, shareText, type ShareOutcome, type SharedAd } from './share';
import type { Warning } from './warning';

const STATUS: Record<ShareOutcome, MessageKey | undefined> = {
  shared: 'page_share_done',
  copied: 'page_share_copied',
  cancelled: undefined,
  failed: 'page_share_failed',
};

export function ShareButton({ warning, ad }: { warning: Warning; ad: SharedAd }) {
  const { t } = useT();
  const [outcome, setOutcome] = useState<ShareOutcome>();
  const [text, setText] = useState('');
  const row = useRef<HTMLDivElement>(null);
  const share = async (): Promise<void> => {
    const value = shareText(warning, ad, (key, subs) => t(key as MessageKey, subs));
    setText(value);
    const fallback = row.current ? copyWithTextArea(row.current, document) : undefined;
    setOutcome(await shareOrCopy(value, navigator, fallback));
  };
  const status = outcome && STATUS[outcome];
  return (
    <div class="share" ref={row}>
      <button type="button" class="js-button js-button--quiet share__button" onClick={share}>
        {t('page_share_button')}
      </button>
      <p class="share__status" role="status">
        {status ? t(status) : ''}
      </p>
      {outcome === 'failed' && (
        <textarea
          class="share__text"
          readOnly
          rows={6}
          value={text}
          aria-label={t('page_share_button')}
          ref={(el) => el?.select()}
        />
      )}
    </div>
  );
}
