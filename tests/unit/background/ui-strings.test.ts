import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenMessages } from '../../../src/i18n';
import { pageMessages, uiLanguage } from '../../../src/background/ui-strings';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

const all = (lang: 'en' | 'ru') =>
  flattenMessages(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as unknown);

describe('in-page strings', () => {
  it('sends only the keys the page UI uses, with their text', () => {
    const en = all('en');
    const page = pageMessages(en);
    expect(Object.keys(page).length).toBeGreaterThan(0);
    for (const key of Object.keys(page)) expect(key).toMatch(/^(page|cat|advice|level)_/);
    expect(page.level_high).toBe(en.level_high);
    expect(page).not.toHaveProperty('extName');
    expect(page).not.toHaveProperty('opt_title');
  });

  it('follows the language setting, else the browser', () => {
    expect(uiLanguage({ ...DEFAULT_SETTINGS, language: 'ru' }, 'en-US')).toBe('ru');
    expect(uiLanguage({ ...DEFAULT_SETTINGS, language: 'browser' }, 'ru-RU')).toBe('ru');
    expect(uiLanguage({ ...DEFAULT_SETTINGS, language: 'browser' }, 'de-DE')).toBe('en');
  });
});
