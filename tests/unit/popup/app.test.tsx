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
    expect(summary).toContain('Проверено 1 объявление: тревожных признаков не найдено.');
    expect(summary).toContain('2 объявления на языках, которые JobSafe пока не читает, не проверены');
  });

  it('says which ads were only partly read, in the summary and on the ad (ru plurals)', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, language: 'ru' } });
    render(<PopupApp />, document.body);
    await until(() => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length > 0);
    const [risky, ordinary] = REPORT.items as [TabReport['items'][number], TabReport['items'][number]];
    const partly = <T extends { assessment: object }>(item: T, key: string): T => ({
      ...item,
      key,
      assessment: { ...item.assessment, partial: true },
    });
    answer({ ...REPORT, items: [partly(risky, 'p1'), partly(ordinary, 'p2'), ordinary] });
    await until(() => document.querySelector('.page') !== null);
    expect(document.querySelector('.page__partial')!.textContent).toBe(
      '2 объявления прочитаны не полностью: они длиннее, чем читает JobSafe.',
    );
    expect(document.querySelector('.ad .findings__partial')!.textContent).toBe(
      'Объявление длинное: JobSafe прочитал только его начало, остальное не проверено.',
    );
  });

  it('leads each risky ad with what to do, the hotline first, and shares from there', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, language: 'en' } });
    render(<PopupApp />, document.body);
    await until(() => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length > 0);
    answer(REPORT);
    await until(() => document.querySelector('.page') !== null);
    const first = document.querySelector('.ad .findings__advice li');
    expect(first?.className).toBe('findings__hotline');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('tel:88003330016');
    expect(document.querySelector('.ad .share__button')?.textContent).toBe('Share this warning');
    // The hotline also stays in the footer, on every tab.
    expect(document.querySelector('.popup__footer a.tel')?.textContent).toBe('8-800-333-00-16');
  });

  it('never shows a tick for a pasted text the analyzer did not read', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, language: 'en' } });
    history.replaceState(null, '', '/popup.html#check');
    render(<PopupApp />, document.body);
    await until(() => document.querySelector('#check-text') !== null);
    const area = document.querySelector('#check-text') as HTMLTextAreaElement;
    area.value = 'Робота в Польщі для дівчат, досвід не потрібен.';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0)); // Preact renders the typed text before the submit reads it
    (document.querySelector('form.check__form button[type="submit"]') as HTMLButtonElement).click();
    await until(() =>
      vi
        .mocked(fakeBrowser.runtime.sendMessage)
        .mock.calls.some(([m]) => (m as { type?: string }).type === 'analyze-text'),
    );
    answer({ level: 'none', score: 0, lang: 'uk', checked: false, partial: false, findings: [] });
    await until(() => document.querySelector('.check__result') !== null);
    const chip = document.querySelector('.check__result .js-level');
    expect(chip?.getAttribute('data-level')).toBe('unchecked');
    const en = JSON.parse(localeFile('/_locales/en/messages.json')) as Record<string, { message: string }>;
    expect(chip?.textContent).toBe(en.level_unchecked?.message);
    expect(chip?.textContent).not.toBe(en.level_none?.message);
    expect(document.querySelector('.check__verdict')?.textContent).toBe(en.chk_lang_unsupported?.message);
  });
});
