// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../src/i18n';
import type { UiLang } from '../../../src/i18n';
import type { RegionSetting } from '../../../src/knowledge/place';
import { I18nContext } from '../../../src/ui/shared/i18n-context';
import { HelpView } from '../../../src/ui/popup/HelpTab';

// Keys stand in for messages, so the test reads which line is where without depending on the wording.
function renderHelp(
  region: RegionSetting,
  languages: string[],
  lang: UiLang = 'en',
  onChange = vi.fn(),
  messages: Record<string, string> = {},
): void {
  render(
    <I18nContext.Provider value={createTranslator(lang, messages)}>
      <HelpView region={region} navigatorLanguages={languages} onRegionChange={onChange} />
    </I18nContext.Provider>,
    document.body,
  );
}
const ids = (section: string): string[] =>
  [...document.querySelectorAll(`[aria-labelledby="${section}"] [data-helpline]`)].map(
    (el) => el.getAttribute('data-helpline') ?? '',
  );
const sections = (): string[] =>
  [...document.querySelectorAll('.help > section')].map((s) => s.getAttribute('aria-labelledby') ?? '');
const telLinks = (): string[] =>
  [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href') ?? '');

describe('HelpView', () => {
  afterEach(() => render(null, document.body));

  it.each([
    ['GB', 'uk'],
    ['US', 'us'],
    ['CA', 'ca'],
    ['BY', 'by'],
    ['PL', 'pl-kcik'],
    ['DE', 'de-hilfetelefon'],
    ['CZ', 'cz-lastrada'],
    ['MD', 'md-lastrada'],
    ['KZ', 'kz-11616'],
  ])('a person in %s gets the %s line first', (region, first) => {
    renderHelp(region, ['en-US']);
    expect(ids('help-here')[0]).toBe(first);
    expect(ids('help-here')).toContain('gmsd');
    expect(ids('help-other')).not.toContain(first);
  });

  it('in Russia, the Russian hotline comes first as a call link', () => {
    renderHelp('RU', ['de-DE']);
    expect(sections()[0]).toBe('help-ru');
    const first = document.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(first.getAttribute('href')).toBe('tel:88003330016');
    expect(first.closest('section')!.getAttribute('aria-labelledby')).toBe('help-ru');
  });

  it('abroad, 8-800 is plain text that says where it works, after the local lines and the trouble section', () => {
    renderHelp('PL', ['ru-RU'], 'ru');
    expect(sections()).toEqual(['help-here', 'help-trouble', 'help-ru', 'help-other']);
    expect(telLinks()).not.toContain('tel:88003330016');
    const ru = document.querySelector('[aria-labelledby="help-ru"]')!.textContent!;
    expect(ru).toContain('8-800-333-00-16');
    expect(ru).toContain('help_hotline_abroad');
    // Poland's line is international and 116 006 does not work there.
    expect(telLinks()).toContain('tel:+48226280120');
    expect(telLinks()).not.toContain('tel:116006');
  });

  it('116 006 is a call link in Germany but not in Italy', () => {
    renderHelp('DE', ['de-DE']);
    expect(telLinks()).toContain('tel:116006');
    renderHelp('IT', ['it-IT']);
    expect(telLinks()).not.toContain('tel:116006');
  });

  it('an en-US browser, not yet told where it is, shows the US line and keeps Russia callable', () => {
    renderHelp('auto', ['en-US', 'en']);
    expect(sections()[0]).toBe('help-ru');
    expect(ids('help-here')).toEqual(['us', 'gmsd']);
    expect(telLinks()).toEqual(expect.arrayContaining(['tel:88003330016', 'tel:+18883737888']));
    expect(document.querySelector('#help-place-guess')).not.toBeNull();
    expect(document.querySelector<HTMLSelectElement>('#help-region')!.value).toBe('auto');
  });

  it('a Ukrainian reader in Czechia gets the Czech lines, then Ukraine’s line for citizens abroad as a call link', () => {
    renderHelp('CZ', ['uk'], 'uk');
    expect(ids('help-here').slice(0, 3)).toEqual(['cz-lastrada', 'eu', 'ua-527']);
    expect(telLinks()).toContain('tel:+380442841915');
    expect(telLinks()).not.toContain('tel:527');
    expect(telLinks()).toContain('tel:+420222717171');
  });

  it('a country with no checked line says so, and still offers the trouble section and the directory', () => {
    renderHelp('UZ', ['uz-UZ'], 'ru');
    expect(document.querySelector('[aria-labelledby="help-here"]')!.textContent).toContain('help_here_none');
    expect(ids('help-here')).toEqual(['gmsd']);
    expect(document.querySelector('[aria-labelledby="help-trouble"]')).not.toBeNull();
  });

  it('the trouble section has the three situations and rules 9 to 11', () => {
    renderHelp('RU', ['ru']);
    const trouble = document.querySelector('[aria-labelledby="help-trouble"]')!;
    expect(
      [...trouble.querySelectorAll('[data-trouble]')].map((e) => e.getAttribute('data-trouble')),
    ).toEqual(['trouble_abroad_title', 'trouble_passport_title', 'trouble_debt_title']);
    expect(trouble.querySelector('ol')!.getAttribute('start')).toBe('9');
    expect(trouble.textContent).toContain('advice_rule_passport');
    expect(trouble.textContent).toContain('advice_rule_ngos');
  });

  it('each line shows when it was checked, as a date in the interface language, and its sources', () => {
    renderHelp('UA', ['uk'], 'uk', vi.fn(), { help_checked_against: 'Перевірено $1 за джерелами:' });
    const card = document.querySelector('[data-helpline="ua-1547"]')!;
    expect(card.querySelector('.js-source')!.textContent).toContain('1 грудня 2026 р.');
    expect(card.querySelector('.js-source a')!.getAttribute('href')).toMatch(/^https:\/\/dn\.gov\.ua\//);
  });

  it('choosing a country reports it', () => {
    const onChange = vi.fn();
    renderHelp('auto', ['en-US'], 'en', onChange);
    const select = document.querySelector<HTMLSelectElement>('#help-region')!;
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenCalledWith('DE');
  });
});
