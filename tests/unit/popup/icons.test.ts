/**
 * One set of level icons for the badge, the popup and the toolbar: each level its own shape and mark
 * (high risk is a stop sign, not the ✕ that reads as "close"), and the toolbar's shields drawn from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { applyBadge, type ActionApi } from '../../../src/background/toolbar-badge';
import { LEVEL_ICONS, SHOWN } from '../../../src/ui/shared/levels';
import { DEFAULT_TOOLBAR_ICON, toolbarIcon, TOOLBAR_ICON_LEVELS } from '../../../src/ui/shared/toolbar-icons';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('level icons', () => {
  it('give every level its own shape and its own mark', () => {
    const shapes = SHOWN.map((s) => LEVEL_ICONS[s].shape);
    const marks = SHOWN.map((s) => LEVEL_ICONS[s].mark);
    expect(new Set(shapes).size).toBe(SHOWN.length);
    expect(new Set(marks).size).toBe(SHOWN.length);
  });

  it('have a toolbar shield for each risky level, at the sizes it names', () => {
    for (const level of TOOLBAR_ICON_LEVELS) {
      for (const [size, path] of Object.entries(toolbarIcon(level))) {
        const file = `public${path}`;
        expect(existsSync(file), file).toBe(true);
        expect(pngSize(file)).toEqual([Number(size), Number(size)]);
      }
    }
    expect(toolbarIcon('none')).toEqual(DEFAULT_TOOLBAR_ICON);
  });

  it('are set on the tab’s toolbar button, and the plain shield again once the page is clear', async () => {
    const setIcon = vi.fn(async () => undefined);
    const action: ActionApi = {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
      setIcon,
    };
    await applyBadge(action, 5, { text: '1', title: 't', icon: toolbarIcon('high') });
    expect(setIcon).toHaveBeenLastCalledWith({
      tabId: 5,
      path: { 16: '/icon/high-16.png', 32: '/icon/high-32.png' },
    });
    await applyBadge(action, 5, { text: '', title: 't' });
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 5, path: DEFAULT_TOOLBAR_ICON });
  });
});
