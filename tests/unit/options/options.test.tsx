// @vitest-environment happy-dom
/**
 * The options page rendered with a fake browser: the real locale files, the real settings store.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localeFile, until } from '../ui-helpers';
import { fakeBrowser } from 'wxt/testing';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { OptionsApp } = await import('../../../src/ui/options/App');
const { loadSettings, saveSettings } = await import('../../../src/settings/store');
const { ADAPTERS } = await import('../../../src/sites/registry');

const legends = (): string[] => [...document.querySelectorAll('legend')].map((l) => l.textContent ?? '');

describe('options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('fetch', async (url: string) => new Response(localeFile(String(url))));
  });
  afterEach(() => {
    render(null, document.body);
    vi.unstubAllGlobals();
  });

  it('lists every site adapter and saves a switch', async () => {
    render(<OptionsApp />, document.body);
    await until(() => document.querySelectorAll('input[name="site"]').length > 0);
    const ids = [...document.querySelectorAll<HTMLInputElement>('input[name="site"]')].map((i) => i.value);
    expect(ids).toEqual(ADAPTERS.map((a) => a.id));
    document.querySelector<HTMLInputElement>(`input[value="${ids[0]}"]`)!.click();
    await until(() => document.querySelector('[role="status"]')?.textContent !== '');
    expect((await loadSettings()).sites).toEqual({ [ids[0]!]: false });
  });

  it('follows the stored language, and a change made elsewhere', async () => {
    await saveSettings({ language: 'ru' });
    render(<OptionsApp />, document.body);
    await until(() => legends()[0] === 'Значки на сайтах вакансий');
    expect(document.documentElement.lang).toBe('ru');
    await saveSettings({ language: 'en' });
    await until(() => legends()[0] === 'Badges on job sites');
  });

  it('says so, in both languages, when the texts cannot be loaded', async () => {
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    // A fresh module graph: the earlier tests left the loaded messages in loadMessages' cache.
    vi.resetModules();
    const { OptionsApp: FreshOptionsApp } = await import('../../../src/ui/options/App');
    render(<FreshOptionsApp />, document.body);
    await until(() => document.querySelector('[role="alert"]') !== null);
    expect(document.querySelector('[role="alert"] [lang="ru"]')!.textContent).toMatch(/^JobSafe не смог/);
  });
});
