/**
 * The toolbar icon's badge for a tab: how many ads on the page need attention, red when one of them is
 * high risk, amber when the worst is "caution", empty when none. The title says the same in words,
 * since colour alone tells nothing to a screen reader or a colour-blind user.
 */
import type { TabReport } from '../messaging/messages';
import type { MessageKey, Translator } from '../i18n';
import { DEFAULT_TOOLBAR_ICON, toolbarIcon, type ToolbarIcon } from '../ui/shared/toolbar-icons';
import { riskyCount } from './tab-reports';

export const BADGE_COLORS = {
  high: '#B71C1C',
  caution: '#F9A825',
} as const;
/** Text on the badge: white on red, near-black on amber (contrast). */
export const BADGE_TEXT_COLORS = {
  high: '#FFFFFF',
  caution: '#1A1A1A',
} as const;

export interface BadgeState {
  text: string;
  /** Undefined when the badge is empty. */
  color?: string;
  textColor?: string;
  title: string;
  /** The shield with the worst level's icon (the badge's and the popup's); the plain shield when undefined. */
  icon?: ToolbarIcon;
}

/** Badges fit about four characters. */
const MAX_SHOWN = 99;

export function badgeFor(report: TabReport | undefined, t: Translator): BadgeState {
  const name = t.t('extName');
  if (!report) return { text: '', title: name };
  const risky = riskyCount(report.items);
  if (risky === 0 || report.highest === 'none') {
    return { text: '', title: report.items.length ? `${name}: ${t.t('level_none')}` : name };
  }
  const level = report.highest;
  return {
    text: risky > MAX_SHOWN ? `${MAX_SHOWN}+` : String(risky),
    color: BADGE_COLORS[level],
    textColor: BADGE_TEXT_COLORS[level],
    icon: toolbarIcon(level),
    title: `${name}: ${t.tp('pg_risky', risky)} (${t.t(`level_${level}` satisfies MessageKey)})`,
  };
}

/** The parts of the action API used here; `browserAction` in Firefox MV2 has the same methods. */
export interface ActionApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
  setBadgeTextColor?(details: { color: string; tabId?: number }): Promise<void>;
  setTitle(details: { title: string; tabId?: number }): Promise<void>;
  setIcon?(details: { path: Record<string, string>; tabId?: number }): Promise<void>;
}

export async function applyBadge(action: ActionApi, tabId: number, state: BadgeState): Promise<void> {
  const work: Promise<void>[] = [
    action.setBadgeText({ tabId, text: state.text }),
    action.setTitle({ tabId, title: state.title }),
  ];
  if (state.color) work.push(action.setBadgeBackgroundColor({ tabId, color: state.color }));
  if (state.textColor && action.setBadgeTextColor)
    work.push(action.setBadgeTextColor({ tabId, color: state.textColor }));
  if (action.setIcon) work.push(action.setIcon({ tabId, path: state.icon ?? DEFAULT_TOOLBAR_ICON }));
  await Promise.all(work);
}
