import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { quotedPhrase } from '../../../src/analysis/phrases';
import type { Assessment } from '../../../src/analysis/types';
import { createTranslator, flattenMessages, type UiLang } from '../../../src/i18n';
import { RU_HOTLINE } from '../../../src/knowledge/content';
import { shareOrCopy, shareText, type ShareNavigator } from '../../../src/ui/shared/share';
import { warningOf } from '../../../src/ui/shared/warning';

function t(lang: UiLang) {
  const raw: unknown = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  const translator = createTranslator(lang, flattenMessages(raw));
  return (key: string, subs?: readonly string[]) => translator.t(key as never, subs);
}

const TEXT = 'Девушки 18-25 лет в клуб в Дубае. Едем по туристической визе, паспорт хранится у работодателя.';
const span = (e: string) => {
  const start = TEXT.indexOf(e);
  const end = start + e.length;
  return { start, end, evidence: e, phrase: quotedPhrase(TEXT, { start, end }) };
};
const HIGH: Assessment = {
  level: 'high',
  score: 9,
  lang: 'ru',
  checked: true,
  partial: false,
  findings: [
    {
      rule: 'a',
      category: 'targeted-appearance',
      strength: 'strong',
      advice: 'flag-ad-text',
      ...span('Девушки 18-25 лет'),
    },
    {
      rule: 'b',
      category: 'irregular-visa',
      strength: 'strong',
      advice: 'flag-visa',
      ...span('по туристической визе'),
    },
    {
      rule: 'c',
      category: 'document-retention',
      strength: 'strong',
      advice: 'rule-passport',
      ...span('паспорт хранится у работодателя'),
    },
  ],
};

describe('shareText', () => {
  it.each(['ru', 'en'] as const)(
    'says in %s what a friend needs: verdict, the ad, quoted flags, checks, hotline',
    (lang) => {
      const tr = t(lang);
      const text = shareText(
        warningOf(HIGH),
        { title: 'Хостес в Дубай', url: 'https://hh.ru/vacancy/1' },
        tr,
      );
      const lines = text.split('\n');
      expect(lines[0]).toBe(tr('page_share_heading'));
      expect(lines[1]).toBe(tr('page_verdict_high'));
      expect(lines).toContain('Хостес в Дубай');
      expect(lines).toContain('https://hh.ru/vacancy/1');
      expect(lines).toContain(`– ${tr('cat_targeted_appearance')}: «Девушки 18-25 лет в клуб в Дубае»`);
      expect(lines).toContain(`– ${tr('cat_irregular_visa')}: «Едем по туристической визе»`);
      expect(lines).toContain(`– ${tr('advice_rule_passport')}`);
      expect(text).toContain(RU_HOTLINE.display);
      // No message key left untranslated.
      expect(text).not.toMatch(/\b(page|cat|advice)_[a-z_]+\b/);
    },
  );

  it('says when the ad was only partly read', () => {
    const tr = t('en');
    expect(shareText(warningOf({ ...HIGH, partial: true }), {}, tr)).toContain(tr('page_partial'));
  });
});

describe('shareOrCopy', () => {
  it('hands the text to the share sheet where there is one', async () => {
    const nav: ShareNavigator = {
      share: vi.fn(async () => undefined),
      clipboard: { writeText: vi.fn(async () => undefined) },
    };
    expect(await shareOrCopy('hello', nav)).toBe('shared');
    expect(nav.share).toHaveBeenCalledWith({ text: 'hello' });
    expect(nav.clipboard?.writeText).not.toHaveBeenCalled();
  });

  it('takes a closed share sheet as the answer, and copies where sharing fails or is missing', async () => {
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    expect(await shareOrCopy('x', { share: async () => Promise.reject(abort) })).toBe('cancelled');
    const writeText = vi.fn(async () => undefined);
    expect(
      await shareOrCopy('x', {
        share: async () => Promise.reject(new Error('no')),
        clipboard: { writeText },
      }),
    ).toBe('copied');
    expect(await shareOrCopy('y', { canShare: () => false, share: vi.fn(), clipboard: { writeText } })).toBe(
      'copied',
    );
    expect(writeText).toHaveBeenLastCalledWith('y');
  });

  it('falls back to a selected text area, and says when nothing could copy', async () => {
    const denied = { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } };
    expect(await shareOrCopy('x', denied, () => true)).toBe('copied');
    expect(await shareOrCopy('x', denied, () => false)).toBe('failed');
    expect(await shareOrCopy('x', {})).toBe('failed');
  });
});
