import { ICON_MARK_WIDTH, ICON_VIEWBOX, LEVEL_ICONS, type Shown } from './levels';
import { useT } from './i18n-context';

/** The shared level icon (levels.ts): decoration, the words beside it carry the meaning. */
export function LevelIcon({ shown, class: className = 'js-level__icon' }: { shown: Shown; class?: string }) {
  const { shape, mark } = LEVEL_ICONS[shown];
  return (
    <svg class={className} viewBox={ICON_VIEWBOX} aria-hidden="true" focusable="false">
      <path class="js-icon__shape" d={shape} />
      <path class="js-icon__mark" d={mark} stroke-width={ICON_MARK_WIDTH} />
    </svg>
  );
}

/** A level in words with its icon; `unchecked` (not read) is never shown as clear. */
export function LevelChip({ level }: { level: Shown }) {
  const { t } = useT();
  return (
    <span class={`js-level js-level--${level}`} data-level={level}>
      <LevelIcon shown={level} />
      {t(`level_${level}`)}
    </span>
  );
}
