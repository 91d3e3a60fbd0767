/**
 * What JobSafe says about one ad, and the one set of level icons the badge, the popup and the toolbar
 * share. Each level has its own shape and its own mark, so it reads without colour and without words:
 * a stop sign for high risk ("do not go on"), a warning triangle for "check carefully", a circle with a
 * tick for no risk found, and a square with a question mark for an ad that was not read. (High risk was
 * a ✕ in the popup, which reads as "close".) The words always come with the icon; the icon is decoration.
 */
import type { Assessment, Level } from '../../analysis/types';

/** A level, or `unchecked` for an ad the analyzer did not read (never shown as clear). */
export type Shown = Level | 'unchecked';

export const SHOWN: readonly Shown[] = ['high', 'caution', 'none', 'unchecked'];

/** The analyzer says whether it read the ad (`checked`); nothing here works it out again. */
export function shownOf(assessment: Pick<Assessment, 'level' | 'checked'>): Shown {
  return assessment.checked || assessment.level !== 'none' ? assessment.level : 'unchecked';
}

export interface LevelIcon {
  /** The filled shape (SVG path data in a 20 × 20 box). */
  shape: string;
  /** The mark on it, stroked with round caps (a dot is a zero-length stroke). */
  mark: string;
}

export const ICON_VIEWBOX = '0 0 20 20';
export const ICON_MARK_WIDTH = 2.4;

export const LEVEL_ICONS: Readonly<Record<Shown, LevelIcon>> = {
  // Octagon: the stop sign.
  high: { shape: 'M6.1 1h7.8L19 6.1v7.8L13.9 19H6.1L1 13.9V6.1z', mark: 'M10 5.4v5.4M10 14.4v.1' },
  // Triangle with rounded corners: the warning sign.
  caution: {
    shape: 'M8.6 2.1a1.6 1.6 0 0 1 2.8 0l7.9 14.3a1.6 1.6 0 0 1-1.4 2.4H2.1a1.6 1.6 0 0 1-1.4-2.4z',
    mark: 'M10 7.2v4.6M10 15.1v.1',
  },
  // Circle with a tick.
  none: { shape: 'M10 1a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', mark: 'M5.8 10.3l2.8 2.8l5.6-5.8' },
  // Rounded square with a question mark: not read, so neither clear nor risky.
  unchecked: {
    shape:
      'M4 1.5h12A2.5 2.5 0 0 1 18.5 4v12a2.5 2.5 0 0 1-2.5 2.5H4A2.5 2.5 0 0 1 1.5 16V4A2.5 2.5 0 0 1 4 1.5z',
    mark: 'M7.6 7.6a2.5 2.5 0 1 1 3.6 2.2c-.8.4-1.2.9-1.2 1.7v.4M10 14.7v.1',
  },
};

/** The toolbar's and the popup's colours for each shape (WCAG AA against white for the shapes). */
export const LEVEL_COLORS: Readonly<Record<Shown, string>> = {
  high: '#b3261e',
  caution: '#8a6500',
  none: '#1d5b31',
  unchecked: '#5f6368',
};
