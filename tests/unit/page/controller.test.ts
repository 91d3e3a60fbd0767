// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { BATCH_SIZE, FIRST_BATCH_SIZE, MAX_REPAIRS, PageController } from '../../../src/page/controller';
import { extensionLifetime } from '../../../src/page/lifetime';
import { BADGE_SELECTOR } from '../../../src/ui/badge/badge';
import { FakeBackground, fakeSeal, manualSchedule, settle, testAdapter } from './fakes';

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
      retryDelaysMs: [1, 1, 1],
    },
    settings,
  );
  return controller;
}

/** The badge hosts on the page, as the page sees them. */
const badges = () => [...document.querySelectorAll(BADGE_SELECTOR)];
/** What each badge says, read through the content script's own handles (the roots are closed). */
const badgeTexts = () => controller.badges().map((b) => b.shadow.querySelector('button')?.textContent ?? '');
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
    expect(badgeTexts()).toEqual([
      expect.stringContaining('Высокий риск'),
      expect.stringContaining('Осторожно'),
      expect.stringContaining('Признаков нет'),
    ]);
    // The badge goes right after the card's heading, not inside it, and the page cannot look inside it.
    const host = document.querySelector('.card h2')?.nextElementSibling;
    expect(host?.matches(BADGE_SELECTOR)).toBe(true);
    expect(host?.shadowRoot).toBeNull();
    expect(badges()).toHaveLength(3);
  });

  it('marks an ad it could not read as not checked, and drops that mark once the ad is read', async () => {
    const kazakh = 'Шетелде жұмыс, тәжірибе керек емес, айлық жоғары.';
    document.querySelector('#list')?.insertAdjacentHTML('beforeend', card('4', 'Жұмыс', kazakh));
    setup().start();
    await settle();
    const root = (id: string) => document.querySelector(`a[href$="/vacancy/${id}"]`)?.closest('.card');
    expect([risk('4'), root('4')?.getAttribute('data-jobsafe-checked')]).toEqual(['none', 'false']);
    // Read ads carry no such mark: `none` there is a clear.
    expect(root('3')?.hasAttribute('data-jobsafe-checked')).toBe(false);
    const text = root('4')?.querySelector('.text');
    if (text) text.textContent = ORDINARY;
    await settle();
    schedule.flush();
    await settle();
    expect([risk('4'), root('4')?.hasAttribute('data-jobsafe-checked')]).toEqual(['none', false]);
    controller.destroy();
    expect(document.querySelectorAll('[data-jobsafe-checked]')).toHaveLength(0);
  });

  it('reports keys, titles and the sealed assessments, and no ad text', async () => {
    setup().start();
    await settle();
    const last = bg.reports[bg.reports.length - 1] ?? [];
    expect(last.map((i) => [i.title, i.assessment.level, i.seal])).toEqual([
      ['Официантка', 'high', fakeSeal('test:https://test.example/vacancy/1', 'Официантка')],
      ['Хостес', 'caution', fakeSeal('test:https://test.example/vacancy/2', 'Хостес')],
      // An ordinary ad's title is not sent: the popup lists only the risky ones by title.
      [undefined, 'none', fakeSeal('test:https://test.example/vacancy/3', undefined)],
    ]);
    expect(JSON.stringify(last)).not.toContain('оформление по ТК РФ');
  });

  it(`sends ${FIRST_BATCH_SIZE} ads first, then at most ${BATCH_SIZE} per message`, async () => {
    const n = FIRST_BATCH_SIZE + BATCH_SIZE + 20;
    document.body.innerHTML = Array.from({ length: n }, (_, i) =>
      card(String(i), `Job ${i}`, `${ORDINARY} ${i}`),
    ).join('');
    setup().start();
    await settle();
    expect(bg.batches.map((b) => b.length)).toEqual([FIRST_BATCH_SIZE, BATCH_SIZE, 20]);
    expect(document.querySelectorAll('[data-jobsafe-risk="none"]')).toHaveLength(n);
  });

  it('throttles page reports on a long listing but always ends with the full page', async () => {
    const n = FIRST_BATCH_SIZE + 3 * BATCH_SIZE;
    document.body.innerHTML = Array.from({ length: n }, (_, i) =>
      card(String(i), `Job ${i}`, `${ORDINARY} ${i}`),
    ).join('');
    // An interval far longer than the page's analysis: the first answer is reported at once, the other
    // three batches' answers wait for the interval and go in one report.
    setup(DEFAULT_SETTINGS, 3_000).start();
    await settle();
    expect(bg.batches).toHaveLength(4);
    expect(bg.sent).toHaveLength(1);
    await vi.waitFor(() => expect(bg.sent).toHaveLength(2), { timeout: 10_000, interval: 100 });
    expect(bg.reports.at(-1)).toHaveLength(n);
  });

  it('reports each ad of a long listing once, however many batches it loads in', async () => {
    const n = FIRST_BATCH_SIZE + 3 * BATCH_SIZE + 10;
    document.body.innerHTML = Array.from({ length: n }, (_, i) =>
      card(String(i), `Job ${i}`, `${ORDINARY} ${i}`),
    ).join('');
    setup().start(); // a report after every batch (no throttling)
    await settle();
    expect(bg.batches.length).toBe(5);
    expect(bg.sent.length).toBeGreaterThanOrEqual(2);
    expect(bg.sent.reduce((sum, r) => sum + r.items.length, 0)).toBe(n);
    expect(bg.reports.at(-1)).toHaveLength(n);
  });

  it('after the first report sends only what changed, and the whole report when asked', async () => {
    setup().start();
    await settle();
    const keyOf = (id: string) => `test:https://test.example/vacancy/${id}`;
    expect(bg.sent.map((r) => [r.base, r.items.length])).toEqual([[undefined, 3]]);
    // A card comes and one goes: the change names them alone, based on the report before.
    document.getElementById('list')?.insertAdjacentHTML('beforeend', card('4', 'Повар', ORDINARY));
    document.querySelector('a[href$="/vacancy/3"]')?.closest('.card')?.remove();
    await settle();
    schedule.flush();
    await settle();
    // (The removal may go in a change of its own, before the new card's answer.)
    const changes = bg.sent.slice(1);
    changes.forEach((c, i) => expect(c.base).toBe(bg.sent[i]?.seq));
    expect(changes.flatMap((c) => c.items.map((i) => i.key))).toEqual([keyOf('4')]);
    expect(changes.flatMap((c) => c.removed ?? [])).toEqual([keyOf('3')]);
    expect(bg.reports.at(-1)?.map((i) => i.key)).toEqual([keyOf('1'), keyOf('2'), keyOf('4')]);
    // A background that lost the report (a restarted worker) asks for all of it, and gets it at once.
    bg.resendNext = true;
    document.getElementById('list')?.insertAdjacentHTML('beforeend', card('5', 'Повар', ORDINARY));
    await settle();
    schedule.flush();
    await settle();
    expect(bg.sent.slice(-2).map((r) => [r.base === undefined, r.items.length])).toEqual([
      [false, 1],
      [true, 4],
    ]);
    expect(bg.reports.at(-1)).toHaveLength(4);
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

  it('puts back a badge the page removed, from the cache, and stops after a few times', async () => {
    setup().start();
    await settle();
    for (let round = 1; round <= MAX_REPAIRS + 2; round++) {
      badges()[0]?.remove();
      await settle();
      // The removal is noticed (one scan scheduled), the badge comes back while repairs are left.
      expect(schedule.pending()).toBe(1);
      schedule.flush();
      await settle();
      expect(badges()).toHaveLength(round <= MAX_REPAIRS ? 3 : 2);
    }
    expect(bg.sentKeys().filter((k) => k.endsWith('/1'))).toHaveLength(1);
  });

  it('notices a badge moved to another card and a mark rewritten, and puts both right', async () => {
    setup().start();
    await settle();
    const [lure, , plain] = [...document.querySelectorAll('.card')];
    // The page moves the lure's "high" badge onto the ordinary card and marks the lure as safe.
    const lureBadge = lure?.querySelector(BADGE_SELECTOR);
    if (lureBadge) plain?.append(lureBadge);
    lure?.setAttribute('data-jobsafe-risk', 'none');
    await settle();
    schedule.flush();
    await settle();
    expect(risk('1')).toBe('high');
    expect(lure?.querySelectorAll(BADGE_SELECTOR)).toHaveLength(1);
    expect(plain?.querySelectorAll(BADGE_SELECTOR)).toHaveLength(1);
    const lureHandle = controller.badges().find((b) => lure?.contains(b.host));
    expect(lureHandle?.shadow.textContent).toContain('Высокий риск');
    expect(bg.batches).toHaveLength(1); // repaired from the cache
  });

  it('builds a card’s badge only when the card comes near the screen, and marks it at once', async () => {
    const near = new Map<Element, () => void>();
    controller = new PageController(
      {
        doc: document,
        url: () => url,
        adapterFor: () => testAdapter,
        client: bg,
        schedule,
        reportIntervalMs: 0,
        whenNear: (el, cb) => {
          near.set(el, cb);
          return () => near.delete(el);
        },
      },
      DEFAULT_SETTINGS,
    );
    controller.start();
    await settle();
    expect([risk('1'), risk('2'), risk('3')]).toEqual(['high', 'caution', 'none']);
    expect(badges()).toHaveLength(0);
    expect(bg.reports.at(-1)).toHaveLength(3); // the report does not wait for the badges
    // A page change meanwhile is no reason to rebuild the waiting badges.
    document.getElementById('list')?.insertAdjacentHTML('beforeend', '<p>news</p>');
    await settle();
    schedule.flush();
    await settle();
    expect(near.size).toBe(3);
    const [first] = document.querySelectorAll('.card');
    near.get(first as Element)?.();
    expect(badges()).toHaveLength(1);
    expect(first?.querySelector(BADGE_SELECTOR)).not.toBeNull();
    // "Show on page" builds the badge it focuses, and a card that goes away stops waiting.
    expect(controller.scrollTo('test:https://test.example/vacancy/2')).toBe(true);
    await settle();
    expect(badges()).toHaveLength(2);
    document.querySelectorAll('.card')[2]?.remove();
    await settle();
    schedule.flush();
    await settle();
    expect(near.size).toBe(1);
  });

  it('reads a long listing in pieces, with a break for the page between them', async () => {
    document.body.innerHTML = `<main id="list">${Array.from({ length: 600 }, (_, i) =>
      card(String(i), `Job ${i}`, i % 7 ? `${ORDINARY} ${i}` : RISKY),
    ).join('')}</main>`;
    let pauses = 0;
    controller = new PageController(
      {
        doc: document,
        url: () => url,
        adapterFor: () => testAdapter,
        client: bg,
        schedule,
        reportIntervalMs: 0,
        pause: async () => void pauses++,
      },
      DEFAULT_SETTINGS,
    );
    controller.start();
    await settle();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelectorAll('[data-jobsafe-risk]')).toHaveLength(600);
    expect(document.querySelectorAll('[data-jobsafe-risk="high"]')).toHaveLength(86);
    expect(bg.sentKeys()).toHaveLength(600);
    expect(new Set(bg.sentKeys()).size).toBe(600);
    // 600 cards of 4 elements: two pieces of 1,500 elements at most, three slices of 250 ads, breaks between.
    expect(pauses).toBeGreaterThanOrEqual(4);
  }, 20_000);

  it('keeps one failing badge from stopping the others', async () => {
    document.body.innerHTML = `<main id="list">${card('1', 'Официантка', RISKY)}${card('2', 'Хостес', PAID)}${card('3', 'Кассир', ORDINARY)}</main>`;
    // The page breaks the second card so that placing a badge there throws.
    const second = document.querySelectorAll('.card')[1] as HTMLElement;
    const warn = console.warn;
    console.warn = () => undefined;
    second.prepend = () => {
      throw new Error('the page broke this card');
    };
    (second.querySelector('h2') as HTMLElement).after = () => {
      throw new Error('the page broke this card');
    };
    try {
      setup().start();
      await settle();
    } finally {
      console.warn = warn;
    }
    expect([risk('1'), risk('2'), risk('3')]).toEqual(['high', 'caution', 'none']);
    expect(badges()).toHaveLength(2);
    expect(bg.reports[bg.reports.length - 1]).toHaveLength(3);
  });

  it('asks again for a batch whose answer got lost, with backoff', async () => {
    bg.loseAnswers = 2;
    setup().start();
    await settle();
    await new Promise((r) => setTimeout(r, 20));
    expect(bg.batches).toHaveLength(3); // two lost answers, then the third attempt
    expect([risk('1'), risk('2'), risk('3')]).toEqual(['high', 'caution', 'none']);
  });

  it('analyzes again the ads whose seals the background no longer accepts', async () => {
    setup().start();
    await settle();
    // A background with a new secret has lost its session storage, so the report the change is based on
    // too: it asks for the whole report, and rejects the old seals in it.
    bg.resendNext = true;
    bg.rejectSeals = ['test:https://test.example/vacancy/2'];
    document.getElementById('list')?.insertAdjacentHTML('beforeend', card('4', 'Повар', ORDINARY));
    await settle();
    schedule.flush();
    await settle();
    expect(bg.sentKeys().filter((k) => k.endsWith('/2'))).toHaveLength(2);
    expect(risk('2')).toBe('caution');
  });

  it('keeps its result cache bounded over many SPA pages', async () => {
    setup().start();
    await settle();
    for (let p = 0; p < 12; p++) {
      url = `https://test.example/search?page=${p}`;
      document.body.innerHTML = `<main id="list">${Array.from({ length: 200 }, (_, i) =>
        card(`${p}-${i}`, `Job ${i}`, `${ORDINARY} ${p} ${i}`),
      ).join('')}</main>`;
      controller.onLocationChange(url);
      await settle();
    }
    const cached = (controller as unknown as { cache: { size: number } }).cache.size;
    expect(bg.sentKeys()).toHaveLength(3 + 12 * 200);
    expect(cached).toBeLessThanOrEqual(200 + 2_000);
  }, 30_000);

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
    expect(bg.reports[bg.reports.length - 1]).toHaveLength(3);
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

  it('tears down, with an empty report, once the extension runtime is gone, and only then', async () => {
    let runtimeId: string | undefined = 'ext-id';
    const lifetime = extensionLifetime(() => runtimeId);
    controller = new PageController(
      {
        doc: document,
        url: () => url,
        adapterFor: () => testAdapter,
        client: bg,
        schedule,
        lifetime,
        reportIntervalMs: 0,
      },
      DEFAULT_SETTINGS,
    );
    controller.start();
    await settle();
    // Page events are no signal: WXT's "newer script" event changes nothing here.
    document.dispatchEvent(
      new CustomEvent('ext-id:jobsite:wxt:content-script-started', {
        detail: { contentScriptName: 'jobsite', messageId: 'page' },
      }),
    );
    window.dispatchEvent(new Event('ext-id:jobsite:wxt:locationchange'));
    await settle();
    expect(badges()).toHaveLength(3);
    runtimeId = undefined; // the extension was reloaded
    document.getElementById('list')?.insertAdjacentHTML('beforeend', card('9', 'X', RISKY));
    await settle();
    schedule.flush();
    await settle();
    expect(bg.batches).toHaveLength(1);
    expect(badges()).toHaveLength(0);
    expect(document.querySelectorAll('[data-jobsafe-risk]')).toHaveLength(0);
    expect(bg.reports[bg.reports.length - 1]).toEqual([]);
  });

  it('neither marks nor badges a site the user switched off', async () => {
    setup({ ...DEFAULT_SETTINGS, sites: { test: false } }).start();
    await settle();
    expect(bg.batches).toHaveLength(0);
    expect(document.querySelectorAll('[data-jobsafe-risk]')).toHaveLength(0);
    expect(badges()).toHaveLength(0);
    expect(bg.reports[bg.reports.length - 1]).toEqual([]);
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
    expect(controller.badges()[1]?.shadow.activeElement?.localName).toBe('button');
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
    expect(document.querySelectorAll(`mark, ${BADGE_SELECTOR}, [data-jobsafe-risk]`)).toHaveLength(0);
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
