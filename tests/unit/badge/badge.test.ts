// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/analysis/types';
import { BADGE_ATTR, BADGE_SELECTOR, HOTLINE, createBadge } from '../../../src/ui/badge/badge';

const MESSAGES = {
  level_high: 'Высокий риск',
  level_caution: 'Проверьте внимательно',
  level_none: 'Рисков не найдено',
  level_unchecked: 'Не проверено: язык',
  page_summary_unchecked: 'JobSafe проверяет объявления на русском и английском.',
  page_summary_high: 'Несколько сильных признаков.',
  page_reasons: 'Почему:',
  page_todo: 'Что делать:',
  page_hotline: 'Горячая линия:',
  page_source: 'Источник: МОМ в России',
  cat_irregular_visa: 'Работа по туристической визе',
  cat_upfront_fee: 'Оплата вперёд',
  advice_flag_visa: 'Нужна рабочая виза.',
  advice_flag_cash: 'Не платите наличными без чека.',
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
      category: 'upfront-fee',
      strength: 'medium',
      evidence: 'оплата 5000 руб.',
      start: 40,
      end: 56,
      advice: 'flag-cash',
    },
    {
      rule: 'b',
      category: 'irregular-visa',
      strength: 'strong',
      evidence: 'туристическая виза',
      start: 0,
      end: 18,
      advice: 'flag-visa',
    },
    {
      rule: 'c',
      category: 'irregular-visa',
      strength: 'strong',
      evidence: '<img src=x onerror=alert(1)>',
      start: 20,
      end: 30,
      advice: 'flag-visa',
    },
  ],
};

function mount(assessment: Assessment, messages: Record<string, string> = MESSAGES) {
  const badge = createBadge(document, assessment, messages);
  document.body.append(badge.host);
  const shadow = badge.shadow;
  const button = shadow.querySelector('button') as HTMLButtonElement;
  const panel = shadow.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
  return { badge, shadow, button, panel };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('badge', () => {
  it('is a plain host with a closed shadow root and a button in words, with the icon hidden from screen readers', () => {
    const { badge, button } = mount(HIGH);
    expect(badge.host.localName).toBe('div');
    expect(badge.host.hasAttribute(BADGE_ATTR)).toBe(true);
    expect(badge.host.shadowRoot).toBeNull();
    expect(button.type).toBe('button');
    expect(button.textContent).toContain('Высокий риск');
    expect(button.querySelector('.icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it.each([
    ['none', 'Рисков не найдено'],
    ['caution', 'Проверьте внимательно'],
    ['high', 'Высокий риск'],
  ] as const)('says the level %s in words and carries it as a class for colour', (level, words) => {
    const { shadow, button } = mount({
      level,
      score: 0,
      lang: 'ru',
      checked: true,
      partial: false,
      findings: [],
    });
    expect(button.textContent).toContain(words);
    expect(shadow.querySelector(`.${level}`)).not.toBeNull();
  });

  it('does not vouch for an ad the analyzer did not read (checked: false), whatever its language', () => {
    const unread = mount({
      level: 'none',
      score: 0,
      lang: 'ru',
      checked: false,
      partial: false,
      findings: [],
    });
    expect(unread.button.textContent).not.toContain('Рисков не найдено');
  });

  it('does not vouch for an ad in a language it does not check', () => {
    const { shadow, button, panel } = mount({
      level: 'none',
      score: 0,
      lang: 'uk',
      checked: false,
      partial: false,
      findings: [],
    });
    expect(button.textContent).toContain('Не проверено: язык');
    expect(button.textContent).not.toContain('Рисков не найдено');
    expect(shadow.querySelector('.icon')?.textContent).toBe('?');
    button.click();
    expect(panel.textContent).toContain('на русском и английском');
  });

  it('opens a panel with reasons (strongest first), quotes, advice, the hotline and the source', () => {
    const { button, panel } = mount(HIGH);
    expect(panel.hidden).toBe(true);
    button.click();
    expect(panel.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const reasons = [...panel.querySelectorAll('.reason')];
    expect(reasons.map((r) => r.firstChild?.textContent)).toEqual([
      'Работа по туристической визе',
      'Оплата вперёд',
    ]);
    expect([...(reasons[0]?.querySelectorAll('q') ?? [])].map((q) => q.textContent)).toEqual([
      'туристическая виза',
      '<img src=x onerror=alert(1)>',
    ]);
    expect([...panel.querySelectorAll('.advice li')].map((li) => li.textContent)).toEqual([
      'Не платите наличными без чека.',
      'Нужна рабочая виза.',
    ]);
    const tel = panel.querySelector('a');
    expect(tel?.getAttribute('href')).toBe('tel:+78003330016');
    expect(tel?.textContent).toBe(HOTLINE);
    expect(panel.textContent).toContain('Источник: МОМ в России');
  });

  it('builds the panel only when first opened, and never turns ad text into markup', () => {
    const { button, panel } = mount(HIGH);
    expect(panel.childNodes).toHaveLength(0);
    button.click();
    expect(panel.querySelectorAll('q')).toHaveLength(3);
    expect(panel.querySelector('img')).toBeNull();
  });

  it('closes on Escape and gives focus back to the button', () => {
    const { shadow, button, panel } = mount(HIGH);
    button.click();
    const link = panel.querySelector('a') as HTMLAnchorElement;
    link.focus();
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(button);
  });

  it('keeps key presses inside the badge away from the page', () => {
    const { button } = mount(HIGH);
    let pageSaw = 0;
    document.addEventListener('keydown', () => pageSaw++);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageSaw).toBe(0);
  });

  it('falls back to English words when the background sent no strings', () => {
    const { button, panel } = mount(HIGH, {});
    button.click();
    expect(button.textContent).toContain('High risk');
    expect(panel.textContent).toContain('Source: IOM Russia');
    // Without a translation the reason still shows, by its id.
    expect(panel.querySelector('.reason')?.firstChild?.textContent).toBe('irregular-visa');
  });

  it('is removed by destroy', () => {
    const { badge } = mount(HIGH);
    badge.destroy();
    expect(document.querySelector(BADGE_SELECTOR)).toBeNull();
  });
});
