// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { quotedPhrase } from '../../../src/analysis/phrases';
import type { Assessment, Finding } from '../../../src/analysis/types';
import { BADGE_ATTR, BADGE_SELECTOR, HOTLINE, HOTLINE_TEL, createBadge } from '../../../src/ui/badge/badge';
import { LEVEL_ICONS } from '../../../src/ui/shared/levels';

const MESSAGES = {
  level_high: 'Высокий риск',
  level_caution: 'Проверьте внимательно',
  level_none: 'Рисков не найдено',
  level_unchecked: 'Не проверено: язык',
  page_summary_unchecked: 'JobSafe проверяет объявления на русском и английском.',
  page_verdict_high: 'Высокий риск: сильные признаки вербовки.',
  page_reasons: 'Почему:',
  page_todo: 'Что делать:',
  page_hotline: 'Горячая линия:',
  page_source: 'Источник: МОМ в России',
  page_partial_short: 'прочитано частично',
  page_partial: 'Прочитано только начало.',
  page_share_button: 'Поделиться',
  cat_irregular_visa: 'Работа по туристической визе',
  cat_upfront_fee: 'Оплата вперёд',
  cat_work_abroad: 'Работа за границей',
  advice_flag_visa: 'Нужна рабочая виза.',
  advice_flag_cash: 'Не платите наличными без чека.',
  advice_rule_learn_country: 'Узнайте о стране.',
};

const TEXT =
  'Работа в Турции (Анталья, Кемер). Едем по туристической визе, документы на месте. ' +
  'Оформление — оплата 5000 руб. до выезда. <img src=x onerror=alert(1)>';

function at(evidence: string, over: Partial<Finding>): Finding {
  const start = TEXT.indexOf(evidence);
  if (start < 0) throw new Error(evidence);
  return {
    rule: 'r',
    category: 'urgency',
    strength: 'medium',
    evidence,
    start,
    end: start + evidence.length,
    // As the analyzer gives it: the phrase it cut around the evidence (the badge quotes it).
    phrase: quotedPhrase(TEXT, { start, end: start + evidence.length }),
    ...over,
  };
}

const HIGH: Assessment = {
  level: 'high',
  score: 9,
  lang: 'ru',
  checked: true,
  partial: false,
  findings: [
    at('Работа в Турции', { category: 'work-abroad', strength: 'weak', advice: 'rule-learn-country' }),
    at('оплата 5000 руб.', { category: 'upfront-fee', strength: 'medium', advice: 'flag-cash' }),
    at('туристической визе', { category: 'irregular-visa', strength: 'strong', advice: 'flag-visa' }),
    at('<img src=x onerror=alert(1)>', {
      category: 'irregular-visa',
      strength: 'strong',
      advice: 'flag-visa',
    }),
  ],
};

function mount(
  assessment: Assessment,
  messages: Record<string, string> = MESSAGES,
  source: { title?: string; url?: string } = {},
) {
  const badge = createBadge(document, assessment, messages, source);
  document.body.append(badge.host);
  const shadow = badge.shadow;
  const button = shadow.querySelector('button') as HTMLButtonElement;
  const panel = shadow.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
  return { badge, shadow, button, panel };
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent);

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
  ] as const)(
    'says the level %s in words, with its own icon shape, and carries it as a class',
    (level, words) => {
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
      expect(shadow.querySelector('.icon .shape')?.getAttribute('d')).toBe(LEVEL_ICONS[level].shape);
    },
  );

  it('does not vouch for an ad the analyzer did not read (checked: false): no tick, and says why', () => {
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
    expect(shadow.querySelector('.icon .shape')?.getAttribute('d')).toBe(LEVEL_ICONS.unchecked.shape);
    expect(shadow.querySelector('.icon .shape')?.getAttribute('d')).not.toBe(LEVEL_ICONS.none.shape);
    button.click();
    expect(panel.textContent).toContain('на русском и английском');
  });

  it('says on the button and in the panel when only part of the ad was read', () => {
    const { button, panel } = mount({ ...HIGH, partial: true });
    expect(button.textContent).toContain('(прочитано частично)');
    button.click();
    expect(panel.querySelector('.partial')?.textContent).toBe('Прочитано только начало.');
    const whole = mount(HIGH);
    expect(whole.button.textContent).not.toContain('прочитано частично');
  });

  it('opens the warning: verdict, what to do (hotline first, then the ad’s actions), why, share, source', () => {
    const { button, panel } = mount(HIGH);
    expect(panel.hidden).toBe(true);
    button.click();
    expect(panel.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.firstElementChild?.className).toBe('verdict');
    expect(panel.querySelector('.verdict')?.textContent).toBe('Высокий риск: сильные признаки вербовки.');
    const todo = [...(panel.querySelector('.todo')?.children ?? [])];
    expect(todo[0]?.className).toBe('hotline');
    const tel = todo[0]?.querySelector('a');
    expect(tel?.getAttribute('href')).toBe(HOTLINE_TEL);
    expect(tel?.textContent).toBe(HOTLINE);
    // The strongest and most urgent first; "learn about the country" (preparation) never first, here
    // not at all (two actions at most).
    expect(texts(panel, '.todo .action')).toEqual(['Нужна рабочая виза.', 'Не платите наличными без чека.']);
    expect(texts(panel, '.reason .cat')).toEqual([
      'Работа по туристической визе',
      'Оплата вперёд',
      'Работа за границей',
    ]);
    // One quote per reason, the clause around the evidence (brackets kept whole).
    expect(texts(panel, '.reason q')).toEqual([
      'Едем по туристической визе',
      'оплата 5000 руб. до выезда',
      'Работа в Турции (Анталья, Кемер)',
    ]);
    expect(panel.querySelector('.share-button')?.textContent).toBe('Поделиться');
    expect(panel.lastElementChild?.textContent).toBe('Источник: МОМ в России');
    // What to do comes before why: the hotline is near the top.
    const order = [...panel.children].map((c) => c.className);
    expect(order.indexOf('todo')).toBeLessThan(order.indexOf('reasons'));
  });

  it('builds the panel only when first opened, and never turns ad text into markup', () => {
    const markup: Assessment = {
      ...HIGH,
      findings: [at('<img src=x onerror=alert(1)>', { category: 'upfront-fee', strength: 'strong' })],
    };
    const { button, panel } = mount(markup);
    expect(panel.childNodes).toHaveLength(0);
    button.click();
    expect(texts(panel, 'q')).toEqual(['<img src=x onerror=alert(1)>']);
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

  it('keeps key presses and clicks inside the badge away from the page (a card’s click handler)', () => {
    const { button } = mount(HIGH);
    const seen: string[] = [];
    for (const type of ['keydown', 'click', 'mousedown', 'pointerdown']) {
      document.addEventListener(type, () => seen.push(type));
    }
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    button.click();
    expect(seen).toEqual([]);
  });

  it('falls back to English words when the background sent no strings', () => {
    const { button, panel } = mount(HIGH, {});
    button.click();
    expect(button.textContent).toContain('High risk');
    expect(panel.querySelector('.verdict')?.textContent).toMatch(/^High risk: /);
    expect(panel.textContent).toContain('Source: IOM Russia');
    // Without a translation the reason still shows, by its id.
    expect(panel.querySelector('.reason .cat')?.textContent).toBe('irregular-visa');
  });

  it('quotes the phrase the assessment carries, and the evidence alone from a finding without one', () => {
    const quoted = mount(HIGH);
    quoted.button.click();
    expect(texts(quoted.panel, '.reason q')[0]).toBe('Едем по туристической визе');
    const bare = mount({ ...HIGH, findings: HIGH.findings.map(({ phrase: _p, ...f }) => f) }, MESSAGES);
    bare.button.click();
    expect(texts(bare.panel, '.reason q')[0]).toBe('туристической визе');
  });

  it('is removed by destroy', () => {
    const { badge } = mount(HIGH);
    badge.destroy();
    expect(document.querySelector(BADGE_SELECTOR)).toBeNull();
  });
});
