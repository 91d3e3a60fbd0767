// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { BATCH_SIZE, PageController } from '../../../src/page/controller';
import { FakeBackground, manualSchedule, settle, testAdapter } from './fakes';

const RISKY = 'Работа в Дубае. Туристическая виза, на месте всё оформим.';
const PAID = 'Официантки за границу, жильё бесплатно.';
const ORDINARY = 'Кассир в супермаркет, оформление по ТК РФ.';

function card(id: string, title: string, text: string): string {
  return `<div class="card"><h2><a href="https://test.example/vacancy/${id}">${title}</a></h2><p class="text">${text}</p></div>`;
}

let bg: FakeBackground;
let schedule: ReturnType<typeof manualSchedule>;
let url: string;
let controller: PageController;

function setup(settings: Settings = DEFAULT_SETTINGS, reportIntervalMs = 0): PageController {
  controller = new PageController(
    {
      doc: document,
      url: () => url,
      adapterFor: (u) => (u.hostname === 'test.example' ? testAdapter : undefined),
      client: bg,
      schedule,
      reportIntervalMs,
    },
    settings,
  );
  return controller;
}

const badges = () => [...document.querySelectorAll('jobsafe-badge')];
const badgeText = (el: Element) => el.shadowRoot?.querySelector('button')?.textContent ?? '';
const risk = (id: string) =>
  document.querySelector(`a[href$="/vacancy/${id}"]`)?.closest('.card')?.getAttribute('data-jobsafe-risk');

beforeEach(() => {
  bg = new FakeBackground();
  schedule = manualSchedule();
  url = 'https://test.example/search?text=work';
  document.body.innerHTML = `<main id="list">${card('1', 'Официантка', RISKY)}${card('2', 'Хостес', PAID)}${card('3', 'Кассир', ORDINARY)}</main>`;
});

afterEach(() => {
  controller.destroy();
  document.body.innerHTML = '';
});

describe('PageController', () => {
  it('marks every card with its level and shows a badge with words', async () => {
    setup().start();
    await settle();
    expect([risk('1'), risk('2'), risk('3')]).toEqual(['high', 'caution', 'none']);
    expect(bg.batches).toHaveLength(1);
    expect(bg.batches[0]?.map((a) => a.key)).toEqual([
      'test:https://test.example/vacancy/1',
      'test:https://test.example/vacancy/2',
      'test:https://test.example/vacancy/3',
    ]);
    expect(badges().map(badgeText)).toEqual([
      expect.stringContaining('Высокий риск'),
      expect.stringContaining('Осторожно'),
      expect.stringContaining('Признаков нет'),
    ]);
    // The badge goes right after the card's heading, not inside it.
    expect(document.querySelector('.card h2')?.nextElementSibling?.localName).toBe('jobsafe-badge');
  });

  it('sends the page report with key, title, site, assessment and text', async () => {
    setup().start();
    await settle();
    const last = bg.reports[bg.reports.length - 1];
    expect(last?.url).toBe(url);
    expect(last?.items.map((i) => [i.title, i.site, i.assessment.level, i.text])).toEqual([
      ['Официантка', 'test.example', 'high', RISKY],
      ['Хостес', 'test.example', 'caution', PAID],
      ['Кассир', 'test.example', 'none', ORDINARY],
    ]);
  });

  it(`sends at most ${BATCH_SIZE} ads per message`, async () => {
    document.body.innerHTML = Array.from({ length: 120 }, (_, i) =>
      card(String(i), `Job ${i}`, `${ORDINARY} ${i}`),
    ).join('');
    setup().start();
    await settle();
    expect(bg.batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(document.querySelectorAll('[data-jobsafe-risk="none"]')).toHaveLength(120);
  });

  it('throttles page reports on a long listing but always ends with the full page', async () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) =>
      card(String(i), `Job ${i}`, `${ORDINARY} ${i}`),
    ).join('');
    setup(DEFAULT_SETTINGS, 150).start();
    await settle();
    await new Promise((r) => setTimeout(r, 400));
    expect(bg.batches).toHaveLength(6);
    expect(bg.reports.length).toBeLessThan(6);
    expect(bg.reports[bg.reports.length - 1]?.items).toHaveLength(300);
  });

  it('only records in the observer callback, and analyzes appended cards once, in one batch', async () => {
    setup().start();
    await settle();
    expect(schedule.pending()).toBe(0); // its own badges did not schedule a scan
    const list = document.getElementById('list') as HTMLElement;
    list.insertAdjacentHTML('beforeend', card('4', 'Танцовщица', RISKY));
    list.insertAdjacentHTML('beforeend', card('5', 'Продавец', ORDINARY));
    await settle();
    expect(bg.batches).toHaveLength(1); // nothing analyzed inside the observer callback
    expect(schedule.pending()).toBe(1); // two appends, one scheduled scan
    schedule.flush();
    await settle();
    expect(bg.batches).toHaveLength(2);
    expect(bg.batches[1]?.map((a) => a.key)).toEqual([
      'test:https://test.example/vacancy/4',
      'test:https://test.example/vacancy/5',
    ]);
    expect([risk('4'), risk('5')]).toEqual(['high', 'none']);
    expect(badges()).toHaveLength(5);
  });

  it('re-analyzes a card whose text changed, and only that card', async () => {
    setup().start();
    await settle();
    const text = document
      .querySelector('a[href$="/vacancy/3"]')
      ?.closest('.card')
      ?.querySelector('.text') as HTMLElement;
    text.replaceChildren(document.createTextNode(RISKY));
    await settle();
    schedule.flush();
    await settle();
    expect(bg.batches[1]?.map((a) => a.key)).toEqual(['test:https://test.example/vacancy/3']);
    expect(risk('3')).toBe('high');
    expect(badges()).toHaveLength(3);
  });

  it('survives a page that removes a badge, and restores it from the cache', async () => {
    setup().start();
    await settle();
    badges()[0]?.remove();
    await settle();
    expect(schedule.pending()).toBe(0); // a removed badge alone does not trigger a scan (no fight with the page)
    document.getElementById('list')?.insertAdjacentHTML('beforeend', card('6', 'Повар', ORDINARY));
    await settle();
    schedule.flush();
    await settle();
    expect(badges()).toHaveLength(4);
    expect(bg.sentKeys().filter((k) => k.endsWith('/1'))).toHaveLength(1);
  });

  it('tears down on SPA navigation and re-sends nothing it already knows', async () => {
    setup().start();
    await settle();
    const oldList = document.getElementById('list')?.innerHTML ?? '';
    url = 'https://test.example/search?text=other';
    document.body.innerHTML = `<main id="list">${card('7', 'Горничная', PAID)}</main>`;
    controller.onLocationChange();
    await settle();
    expect(badges()).toHaveLength(1);
    expect(bg.sentKeys()).toContain('test:https://test.example/vacancy/7');
    // Back to the first list, restored from the page's own copy of its markup (stale badge hosts
    // included): the same ads, known results, no new message, one badge per card.
    const sent = bg.batches.length;
    url = 'https://test.example/search?text=work';
    document.body.innerHTML = `<main id="list">${oldList}</main>`;
    controller.onLocationChange();
    await settle();
    expect(bg.batches.length).toBe(sent);
    expect([risk('1'), risk('2'), risk('3')]).toEqual(['high', 'caution', 'none']);
    expect(badges()).toHaveLength(3);
    expect(bg.reports[bg.reports.length - 1]?.items).toHaveLength(3);
  });

  it('removes badges, marks and the observer when destroyed', async () => {
    setup().start();
    await settle();
    controller.destroy();
    expect(badges()).toHaveLength(0);
    expect(document.querySelectorAll('[data-jobsafe-risk],[data-jobsafe-key]')).toHaveLength(0);
    document.getElementById('list')?.insertAdjacentHTML('beforeend', card('8', 'X', RISKY));
    await settle();
    expect(schedule.pending()).toBe(0);
  });

  it('stops scanning once the extension context is gone', async () => {
    let alive = true;
    controller = new PageController(
      {
        doc: document,
        url: () => url,
        adapterFor: () => testAdapter,
        client: bg,
        schedule,
        alive: () => alive,
        reportIntervalMs: 0,
      },
      DEFAULT_SETTINGS,
    );
    controller.start();
    await settle();
    alive = false;
    document.getElementById('list')?.insertAdjacentHTML('beforeend', card('9', 'X', RISKY));
    await settle();
    schedule.flush();
    await settle();
    expect(bg.batches).toHaveLength(1);
  });

  it('neither marks nor badges a site the user switched off', async () => {
    setup({ ...DEFAULT_SETTINGS, sites: { test: false } }).start();
    await settle();
    expect(bg.batches).toHaveLength(0);
    expect(document.querySelectorAll('[data-jobsafe-risk]')).toHaveLength(0);
    expect(badges()).toHaveLength(0);
    expect(bg.reports[bg.reports.length - 1]?.items).toEqual([]);
  });

  it('hides the quiet badge when showOrdinary is off but still marks the card', async () => {
    setup({ ...DEFAULT_SETTINGS, showOrdinary: false }).start();
    await settle();
    expect(risk('3')).toBe('none');
    expect(badges()).toHaveLength(2);
    controller.applySettings({ ...DEFAULT_SETTINGS, showOrdinary: true });
    await settle();
    expect(badges()).toHaveLength(3);
    expect(bg.batches).toHaveLength(1); // display settings do not re-send ads
  });

  it('re-analyzes everything when the sensitivity changes', async () => {
    setup().start();
    await settle();
    controller.applySettings({ ...DEFAULT_SETTINGS, sensitivity: 'cautious' });
    await settle();
    expect(bg.batches).toHaveLength(2);
    expect(bg.batches[1]).toHaveLength(3);
  });

  it('scrolls to an ad and focuses its badge button', async () => {
    setup().start();
    await settle();
    const key = controller.keys()[1] as string;
    expect(controller.scrollTo(key)).toBe(true);
    const host = badges()[1];
    expect(host?.shadowRoot?.activeElement?.localName).toBe('button');
    expect(controller.scrollTo('test:missing')).toBe(false);
  });

  it('removes the highlights of an ad page when the SPA navigates away', async () => {
    url = 'https://test.example/vacancy/10';
    document.body.innerHTML = `<div class="vacancy"><h1>Хостес</h1><div class="description"><p>${RISKY}</p></div></div>`;
    setup().start();
    await settle();
    expect(document.querySelectorAll('mark[data-jobsafe-mark]').length).toBeGreaterThan(0);
    url = 'https://test.example/search?text=x';
    controller.onLocationChange(url);
    expect(document.querySelectorAll('mark, jobsafe-badge, [data-jobsafe-risk]')).toHaveLength(0);
    expect(document.querySelector('.description')?.textContent).toBe(RISKY);
  });

  it('highlights the quoted phrases on an ad page without changing its text', async () => {
    url = 'https://test.example/vacancy/9';
    document.body.innerHTML = `<div class="vacancy"><h1>Официантка</h1><div class="description"><p>Работа в Дубае.</p><p><b>Туристическая</b> виза, на месте всё оформим.</p></div></div>`;
    const before = document.querySelector('.description')?.textContent;
    setup().start();
    await settle();
    const root = document.querySelector('.vacancy');
    expect(root?.getAttribute('data-jobsafe-risk')).toBe('high');
    expect(root?.getAttribute('data-jobsafe-key')).toBe('test:https://test.example/vacancy/9');
    const marks = [...document.querySelectorAll('mark[data-jobsafe-mark]')]
      .map((m) => m.textContent)
      .join('');
    expect(marks).toBe('Туристическая виза');
    expect(document.querySelector('.description')?.textContent).toBe(before);
    controller.destroy();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.querySelector('.description')?.textContent).toBe(before);
  });
});
