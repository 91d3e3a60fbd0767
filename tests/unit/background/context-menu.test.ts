import { describe, expect, it, vi } from 'vitest';
import {
  CHECK_SELECTION_MENU_ID,
  createMenu,
  onMenuClick,
  type MenuClickDeps,
} from '../../../src/background/context-menu';
import { memoryArea } from '../../../src/background/tab-reports';
import { PENDING_CHECK_TTL_MS, takePendingCheck } from '../../../src/background/pending-check';

const SELECTION =
  'Девушки 18-25, работа за границей, паспорт хранится у работодателя. Звоните +7 916 000-00-00';

function fakeDeps() {
  const session = memoryArea();
  const openTab = vi.fn(async (props: { url: string; openerTabId?: number; index?: number }) => props);
  const deps: MenuClickDeps = { session, getURL: (p) => `chrome-extension://ext-id${p}`, openTab };
  return { deps, session, openTab };
}

describe('createMenu', () => {
  it('replaces any earlier item with one selection item', async () => {
    const calls: string[] = [];
    await createMenu(
      {
        removeAll: async () => void calls.push('removeAll'),
        create: (props) => calls.push(`create ${props.id} ${props.title} ${props.contexts.join()}`),
      },
      'Проверить объявление',
    );
    expect(calls).toEqual(['removeAll', `create ${CHECK_SELECTION_MENU_ID} Проверить объявление selection`]);
  });
});

describe('onMenuClick', () => {
  it('hands the selection to the check view through session storage, never through the URL', async () => {
    const { deps, session, openTab } = fakeDeps();
    const opened = await onMenuClick(
      deps,
      { menuItemId: CHECK_SELECTION_MENU_ID, selectionText: `  ${SELECTION}\n` },
      { id: 12, index: 3 },
    );
    expect(opened).toBe(true);
    expect(openTab).toHaveBeenCalledWith({
      url: 'chrome-extension://ext-id/popup.html#check',
      openerTabId: 12,
      index: 4,
    });
    const url = openTab.mock.calls[0]?.[0].url ?? '';
    for (const word of ['паспорт', '916', encodeURIComponent('паспорт')]) expect(url).not.toContain(word);
    const pending = await takePendingCheck(session);
    expect(pending?.text).toBe(SELECTION);
    // Taken once: a second popup does not re-check it.
    expect(await takePendingCheck(session)).toBeUndefined();
  });

  it('ignores other menu items and empty selections', async () => {
    const { deps, openTab } = fakeDeps();
    expect(await onMenuClick(deps, { menuItemId: 'other', selectionText: SELECTION })).toBe(false);
    expect(await onMenuClick(deps, { menuItemId: CHECK_SELECTION_MENU_ID, selectionText: '   ' })).toBe(
      false,
    );
    expect(await onMenuClick(deps, { menuItemId: CHECK_SELECTION_MENU_ID })).toBe(false);
    expect(openTab).not.toHaveBeenCalled();
  });

  it('opens the view without an opener when the click came from no tab (e.g. a PDF viewer)', async () => {
    const { deps, openTab } = fakeDeps();
    await onMenuClick(deps, { menuItemId: CHECK_SELECTION_MENU_ID, selectionText: SELECTION }, { id: -1 });
    expect(openTab).toHaveBeenCalledWith({ url: 'chrome-extension://ext-id/popup.html#check' });
  });
});

describe('takePendingCheck', () => {
  it('drops a stale or malformed pending text', async () => {
    const area = memoryArea();
    await area.set({ 'pending-check': { text: 'old', at: 0 } });
    expect(await takePendingCheck(area, PENDING_CHECK_TTL_MS + 1)).toBeUndefined();
    await area.set({ 'pending-check': { text: 42, at: Date.now() } });
    expect(await takePendingCheck(area)).toBeUndefined();
    expect(await area.get('pending-check')).toEqual({});
  });
});
