// @vitest-environment happy-dom
/**
 * The popup paints its tabs before the background answers, and "This page" fills in when it does.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localeFile, until } from '../ui-helpers';
import { fakeBrowser } from 'wxt/testing';
import type { TabReport } from '../../../src/messaging/messages';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { PopupApp } = await import('../../../src/ui/popup/App');

const TEXT = 'Girls wanted for work abroad. Come on a tourist visa, papers sorted on arrival.';
const REPORT: TabReport = {
  url: 'https://example.test/jobs',
  highest: 'high',
  items: [
    {
      key: 'ad-1',
      title: 'Waitress abroad',
      assessment: {
        level: 'high',
        score: 9,
        lang: 'en',
        checked: true,
        partial: false,
        findings: [
          {
            rule: 'en.irregular-visa.tourist-visa',
            category: 'irregular-visa',
            strength: 'strong',
            evidence: 'a tourist visa',
            start: TEXT.indexOf('a tourist visa'),
            end: TEXT.indexOf('a tourist visa') + 'a tourist visa'.length,
            advice: 'flag-visa',
          },
        ],
      },
    },
    {
      key: 'ad-2',
      assessment: { level: 'none', score: 0, lang: 'en', checked: true, partial: false, findings: [] },
    },
  ],
};

describe('popup', () => {
  let answer: (value: unknown) => void;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('fetch', async (url: string) => new Response(localeFile(String(url))));
    history.replaceState(null, '', '/popup.html?tab=7');
    fakeBrowser.runtime.sendMessage = vi.fn(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    ) as unknown as typeof fakeBrowser.runtime.sendMessage;
  });
  afterEach(() => {
    render(null, document.body);
    vi.unstubAllGlobals();
  });

  it('shows its tabs while the background has not answered, then the report', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, language: 'en' } });
    render(<PopupApp />, document.body);
    await until(() => document.querySelectorAll('[role="tab"]').length === 6);
    expect(document.querySelector('#panel-page')!.textContent).toBe('This pageChecking this page…');
    await until(() => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length > 0);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'get-tab-report', tabId: 7 });

    answer(REPORT);
    await until(() => document.querySelector('.page') !== null);
    expect(document.querySelector('.page__summary')!.textContent).toContain('1 ad needs attention');
    expect([...document.querySelectorAll('.ad')].length).toBe(1); // the ordinary ad is not listed
    expect(document.querySelector('.ad mark')!.textContent).toBe('a tourist visa');
    expect(document.querySelector('.findings__advice')!.textContent).toContain('work visa');
  });

  it('treats an answer that is not a report as no answer', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, language: 'ru' } });
    render(<PopupApp />, document.body);
    await until(() => document.querySelectorAll('[role="tab"]').length === 6);
    await until(() => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length > 0);
    answer({ items: 'lots' });
    await until(() => document.querySelector('#panel-page [role="alert"]') !== null);
    expect(document.querySelector('#panel-page [role="alert"]')!.textContent).toMatch(
      /^JobSafe не получил ответа/,
    );
  });

  it('never counts ads in unchecked languages as clear (ru plurals)', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, language: 'ru' } });
    render(<PopupApp />, document.body);
    await until(() => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length > 0);
    const uk = (key: string) => ({
      key,
      text: 'Робота в Польщі для дівчат, досвід не потрібен.',
      assessment: { level: 'none', score: 0, lang: 'uk', checked: false, partial: false, findings: [] },
    });
    answer({ ...REPORT, highest: 'none', items: [REPORT.items[1], uk('u1'), uk('u2')] });
    await until(() => document.querySelector('.page') !== null);
    const summary = document.querySelector('.page__summary')!.textContent;
    expect(summary).toContain('Проверено объявлений: 1.');
    expect(summary).toContain('2 объявления на других языках не проверены');
  });
});
