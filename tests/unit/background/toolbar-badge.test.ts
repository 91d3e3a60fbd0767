import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Level } from '../../../src/analysis/types';
import { createTranslator, flattenMessages, type UiLang } from '../../../src/i18n';
import type { TabReport } from '../../../src/messaging/messages';
import { highestLevel } from '../../../src/background/tab-reports';
import { applyBadge, badgeFor, BADGE_COLORS, type ActionApi } from '../../../src/background/toolbar-badge';

function translator(lang: UiLang) {
  const raw: unknown = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  return createTranslator(lang, flattenMessages(raw));
}

function report(...levels: Level[]): TabReport {
  const items = levels.map((level, i) => ({
    key: String(i),
    text: 'ad',
    assessment: { level, score: 0, lang: 'ru', checked: true, partial: false, findings: [] },
  }));
  return { url: 'https://hh.ru/search', items, highest: highestLevel(items) };
}

describe('badgeFor', () => {
  const en = translator('en');
  const ru = translator('ru');

  it('is empty without a report or without risky ads, and the title says so', () => {
    expect(badgeFor(undefined, en)).toEqual({ text: '', title: en.t('extName') });
    const clear = badgeFor(report('none', 'none'), en);
    expect(clear.text).toBe('');
    expect(clear.color).toBeUndefined();
    expect(clear.title).toContain(en.t('level_none'));
  });

  it('counts caution and high ads, red when one is high', () => {
    const state = badgeFor(report('none', 'caution', 'high', 'caution'), en);
    expect(state.text).toBe('3');
    expect(state.color).toBe(BADGE_COLORS.high);
    expect(state.title).toBe(`${en.t('extName')}: ${en.tp('pg_risky', 3)} (${en.t('level_high')})`);
  });

  it('is amber when the worst is caution', () => {
    const state = badgeFor(report('caution', 'none'), en);
    expect(state.text).toBe('1');
    expect(state.color).toBe(BADGE_COLORS.caution);
    expect(state.title).toContain(en.t('level_caution'));
  });

  it('uses Russian plural forms in the title', () => {
    expect(badgeFor(report('high'), ru).title).toContain('1 объявление');
    expect(badgeFor(report('high', 'caution'), ru).title).toContain('2 объявления');
    expect(badgeFor(report(...Array<Level>(5).fill('caution')), ru).title).toContain('5 объявлений');
  });

  it('caps the number at what a badge can show', () => {
    expect(badgeFor(report(...Array<Level>(120).fill('caution')), en).text).toBe('99+');
  });
});

describe('applyBadge', () => {
  it('sets text, title and colours for the tab only', async () => {
    const action: ActionApi = {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setBadgeTextColor: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
    };
    await applyBadge(action, 4, { text: '2', color: '#B71C1C', textColor: '#FFFFFF', title: 'JobSafe: 2' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '2' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 4, color: '#B71C1C' });
    expect(action.setBadgeTextColor).toHaveBeenCalledWith({ tabId: 4, color: '#FFFFFF' });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 4, title: 'JobSafe: 2' });
  });

  it('works where setBadgeTextColor is missing (Chrome before 110)', async () => {
    const action: ActionApi = {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
    };
    await applyBadge(action, 4, { text: '', title: 'JobSafe' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '' });
    expect(action.setBadgeBackgroundColor).not.toHaveBeenCalled();
  });
});
