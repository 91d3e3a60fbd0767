// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n';
import { I18nContext } from '../../../src/ui/shared/i18n-context';
import { HelpTab } from '../../../src/ui/popup/HelpTab';

// Keys stand in for messages, so the test reads which line is where without depending on the wording.
const translator = createTranslator('en', {});

function renderHelp(navigatorLanguage: string): void {
  render(
    <I18nContext.Provider value={translator}>
      <HelpTab navigatorLanguage={navigatorLanguage} />
    </I18nContext.Provider>,
    document.body,
  );
}
const ids = (section: string): string[] =>
  [...document.querySelectorAll(`[aria-labelledby="${section}"] [data-helpline]`)].map(
    (el) => el.getAttribute('data-helpline') ?? '',
  );

describe('HelpTab', () => {
  afterEach(() => render(null, document.body));

  it.each([
    ['en-GB', 'uk'],
    ['en-US', 'us'],
    ['fr-CA', 'ca'],
    ['ru-BY', 'by'],
    ['pl-PL', 'eu'],
  ])('%s puts the %s line first for the region', (nav, first) => {
    renderHelp(nav);
    expect(ids('help-region')[0]).toBe(first);
    expect(ids('help-region')).toContain('gmsd');
    expect(ids('help-other')).not.toContain(first);
  });

  it('the Russian hotline comes first, as a tap-to-call link, whatever the region', () => {
    renderHelp('de-DE');
    const first = document.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(first.getAttribute('href')).toBe('tel:88003330016');
    expect(first.textContent).toContain('8-800-333-00-16');
    expect(first.closest('section')!.getAttribute('aria-labelledby')).toBe('help-ru');
  });
});
