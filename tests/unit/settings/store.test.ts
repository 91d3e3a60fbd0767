import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { loadSettings, migrateStoredSettings, resetSettings, saveSettings, watchSettings } =
  await import('../../../src/settings/store');
const { loadPageSettings } = await import('../../../src/page/settings');
const { DEFAULT_SETTINGS, SETTINGS_KEY } = await import('../../../src/settings/schema');

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch, keeps the other fields and stores a parsed object', async () => {
    await saveSettings({ language: 'ru' });
    const saved = await saveSettings({ sites: { hh: false } });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, language: 'ru', sites: { hh: false } });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(saved);
  });

  it('rejects an invalid patch without writing', async () => {
    await saveSettings({ sensitivity: 'cautious' });
    // @ts-expect-error: the point is a value the type does not allow, as a bug elsewhere could send
    await expect(saveSettings({ sensitivity: 'loud' })).rejects.toThrow();
    expect((await loadSettings()).sensitivity).toBe('cautious');
  });

  it('migrates what an older version stored when reading it', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['hh'], lang: 'en' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sites: { hh: false }, language: 'en' });
  });

  it('writes migrated settings back once, in the current version', async () => {
    const v0 = { disabledSites: ['hh'], warnLevel: 'low', lang: 'en' };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v0 });
    expect(await migrateStoredSettings()).toBe(true);
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toEqual({
      ...DEFAULT_SETTINGS,
      sites: { hh: false },
      sensitivity: 'strong-only',
      language: 'en',
    });
    expect(await migrateStoredSettings()).toBe(false);
  });

  it('leaves a newer build’s settings as they are, and keeps their unknown fields when saving', async () => {
    const v7 = { version: 7, sites: { hh: false }, language: 'ru', newer: { keep: true } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v7 });
    expect(await migrateStoredSettings()).toBe(false);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(v7);
    await saveSettings({ showOrdinary: false });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
      ...DEFAULT_SETTINGS,
      ...v7,
      showOrdinary: false,
      version: 7,
    });
  });

  it.each([
    ['the prototype (v0)', { disabledSites: ['hh'], hideSafe: true, warnLevel: 'high' }],
    [
      'a newer build (v3)',
      { version: 3, sites: { hh: false }, showOrdinary: false, sensitivity: 'cautious' },
    ],
    ['an unreadable version', { version: 'two', sites: { hh: false, avito: 'no' } }],
    ['the current version', { version: 1, sites: { hh: false }, showOrdinary: false, language: 'ru' }],
  ])('the content script reads %s exactly as the options page and the background do', async (_name, raw) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: raw });
    const full = await loadSettings();
    expect(await loadPageSettings()).toEqual({
      sites: full.sites,
      showOrdinary: full.showOrdinary,
      sensitivity: full.sensitivity,
    });
    expect(full.sites.hh).toBe(false);
  });

  it('reset restores the defaults', async () => {
    await saveSettings({ showOrdinary: false, language: 'en' });
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('watchSettings reports parsed changes until unsubscribed', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.language));
    await saveSettings({ language: 'ru' });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, language: 'nonsense' } });
    stop();
    await saveSettings({ language: 'en' });
    expect(seen).toEqual(['ru', 'browser']);
  });
});
