/**
 * The toolbar icon per tab: the JobSafe shield, or for a page with a risky ad the shield carrying the
 * shared level icon (levels.ts) of the worst one, drawn by src/ui/shared/icons/render.ts into
 * public/icon/<level>-<size>.png. The count stays in the badge text.
 */
import type { Level } from '../../analysis/types';

export const TOOLBAR_ICON_LEVELS = ['high', 'caution'] as const satisfies readonly Level[];
/** The sizes the toolbar uses (1x and 2x screens). */
export const TOOLBAR_ICON_SIZES = [16, 32] as const;

export type ToolbarIcon = Record<`${(typeof TOOLBAR_ICON_SIZES)[number]}`, string>;

/** The plain shield (the manifest's icons). */
export const DEFAULT_TOOLBAR_ICON: ToolbarIcon = { 16: '/icon/16.png', 32: '/icon/32.png' };

export function toolbarIcon(level: Level): ToolbarIcon {
  if (!(TOOLBAR_ICON_LEVELS as readonly Level[]).includes(level)) return DEFAULT_TOOLBAR_ICON;
  return { 16: `/icon/${level}-16.png`, 32: `/icon/${level}-32.png` };
}
