import type { Level } from '../../analysis/types';
import { useT } from './i18n-context';

/** Shapes differ per level too, so the chip reads without colour: ✓ none, ! caution, ✕ high. */
const ICONS: Record<Level, string> = { none: '✓', caution: '!', high: '✕' };

export function LevelChip({ level }: { level: Level }) {
  const { t } = useT();
  return (
    <span class={`js-level js-level--${level}`} data-level={level}>
      <span class="js-level__icon" aria-hidden="true">
        {ICONS[level]}
      </span>
      {t(`level_${level}`)}
    </span>
  );
}
