/**
 * Generated hh.ru-style search listings for the speed and hostile-page tests: N vacancy cards with the
 * markup the hh adapter reads (src/sites/hh.ts), texts built from hand-written phrase pools (not from
 * real ads), about one card in ten carrying lure phrases, deterministic for a seed.
 *
 * Used in-process by tests/e2e/perf.test.ts, tests/e2e/hostile.test.ts and scripts/bench-browser.ts
 * (served as a route body). As a command it writes the pages for a look in a browser:
 *   npx tsx scripts/perf-listing.ts [cards=50] [out=tests/fixtures/pages/perf/hh-<cards>.html]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ListingOptions {
  cards: number;
  seed?: number;
  /** Every n-th card carries lure phrases (0: none). Default 10. */
  riskyEvery?: number;
  /** Markup inserted verbatim at the end of <body> (a test's page script). */
  tail?: string;
  /** Number the cards from here (pages appended by a test continue the numbering). */
  firstId?: number;
}

const TITLES = [
  'Официант',
  'Продавец-консультант',
  'Кассир',
  'Водитель-экспедитор',
  'Менеджер по продажам',
  'Оператор колл-центра',
  'Кладовщик',
  'Повар',
  'Администратор салона',
  'Курьер',
  'Бухгалтер',
  'Frontend developer',
  'Customer support agent',
];
const EMPLOYERS = [
  'ООО Ромашка',
  'Сеть кофеен Зерно',
  'ТК Северный',
  'ИП Смирнова',
  'Логистик Плюс',
  'Acme Ltd',
];
const PLACES = ['Москва', 'Санкт-Петербург', 'Казань', 'Екатеринбург', 'Новосибирск', 'Тверь'];
const DUTIES = [
  'Обслуживание покупателей, выкладка товара, работа с кассой.',
  'Приём и обработка заказов, консультирование клиентов по телефону.',
  'Доставка заказов по городу, работа с документами.',
  'Приготовление блюд по технологическим картам, соблюдение санитарных норм.',
  'Ведение первичной документации, сверка с контрагентами.',
  'Приёмка, хранение и отгрузка товара, инвентаризация.',
  'Встреча гостей, запись на услуги, контроль порядка в зале.',
  'Build and maintain web interfaces, review pull requests, write tests.',
  'Answer customer questions by chat and e-mail, keep tickets up to date.',
];
const TERMS = [
  'Официальное оформление по ТК РФ, график 5/2, оплачиваемый отпуск.',
  'Медицинская книжка или готовность оформить. Опыт работы от года.',
  'Обучение за счёт компании, стабильная зарплата два раза в месяц.',
  'Сменный график 2/2, форма и питание предоставляются.',
  'Знание 1С, внимательность, ответственность.',
  'Full-time contract, paid leave, office in the city centre.',
];
const LURES = [
  'Работа за границей для девушек, официантки и хостес, опыт не нужен.',
  'Перелёт, виза и проживание за счёт работодателя, расходы вычтем из зарплаты.',
  'Выезд по туристической визе, на месте всё оформим. Паспорт храним у координатора.',
  'Зарплата от 300 000 рублей, звоните только на мобильный или пишите в WhatsApp.',
  // Russian only, as on hh.ru. (An English lure here fails in the built extension as of 2026-11-22: the
  // background's English NLP is a dynamic import(), which a service worker may not make. Reported.)
];

/** mulberry32: a small, fast, seedable PRNG, so a listing is the same in every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface CardContent {
  id: number;
  title: string;
  salary?: string;
  employer: string;
  place: string;
  /** Snippet texts as HTML (callers escape plain text with escapeHtml). */
  snippetsHtml: string[];
}

/** One card in hh.ru's search-result markup (see tests/fixtures/sites/hh/listing.html). */
export function cardHtml(c: CardContent): string {
  const salary = c.salary
    ? `<div class="compensation-labels--uUto7"><span class="bloko-text"><span class="compensation-text--kTJ0_">${escapeHtml(c.salary)}</span></span></div>`
    : '';
  const snippets = c.snippetsHtml
    .map(
      (html, i) =>
        `<div data-qa="vacancy-serp__vacancy_snippet_${i ? 'requirement' : 'responsibility'}" class="bloko-text"><span>${html}</span></div>`,
    )
    .join('');
  return `<div class="vacancy-search-item__card serp-item_link" data-qa="vacancy-serp__vacancy vacancy-serp__vacancy_standard">
<h2 data-qa="bloko-header-2"><a class="bloko-link" href="/vacancy/${c.id}"><span class="serp-item__title-link" data-qa="serp-item__title">${escapeHtml(c.title)}</span></a></h2>
${salary}
<div class="info-section"><a data-qa="vacancy-serp__vacancy-employer" href="/employer/${c.id % 997}">${escapeHtml(c.employer)}</a>
<span data-qa="vacancy-serp__vacancy-address">${escapeHtml(c.place)}</span></div>
<div class="g-user-content">${snippets}</div>
</div>`;
}

/** The cards' content, without markup (the benchmark also feeds these texts to the analyzer). */
export function listingCards(opts: ListingOptions): CardContent[] {
  const random = rng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const riskyEvery = opts.riskyEvery ?? 10;
  const first = opts.firstId ?? 900_100_000;
  return Array.from({ length: opts.cards }, (_, i) => {
    const risky = riskyEvery > 0 && i % riskyEvery === riskyEvery - 1;
    const pay = 30 + Math.floor(random() * 120);
    const text = risky ? [pick(LURES), pick(LURES)] : [pick(DUTIES), pick(TERMS)];
    return {
      id: first + i,
      title: risky ? 'Работа за границей' : pick(TITLES),
      ...(random() < 0.8 ? { salary: `от ${pay} 000 ₽ на руки` } : {}),
      employer: pick(EMPLOYERS),
      place: pick(PLACES),
      snippetsHtml: text.map(escapeHtml),
    };
  });
}

export function pageHtml(title: string, cardsHtml: string, tail = ''): string {
  return `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<div class="main-content" data-qa="main-content">
<h1>${escapeHtml(title)}</h1>
<div id="a11y-main-content">
${cardsHtml}
</div>
</div>
${tail}
</body>
</html>
`;
}

/** A whole listing page with `opts.cards` cards. */
export function perfListingHtml(opts: ListingOptions): string {
  const cards = listingCards(opts).map(cardHtml).join('\n');
  return pageHtml(`Вакансии: ${opts.cards} (generated for JobSafe tests)`, cards, opts.tail);
}

/** The page-side measurements the probe script leaves in `window.__jobsafeProbe`. */
/**
 * 12 cards whose tel: links hold a megabyte of digits each, and more contacts than any ad shows (issue 14's
 * finding 5): the e2e hostile tests check what the content script sends, `npm run bench:hostile` times it.
 */
export function hugeContactsListingHtml(): string {
  const cards = listingCards({ cards: 12, riskyEvery: 2, seed: 13 }).map((c) =>
    cardHtml(c).replace(
      '<div class="g-user-content">',
      `<div class="g-user-content"><a href="tel:+7${'9'.repeat(1_000_000)}">позвонить</a>${Array.from(
        { length: 30 },
        (_, i) => `<a href="tel:+7916000${String(i).padStart(4, '0')}">${i}</a>`,
      ).join('')}`,
    ),
  );
  return pageHtml('hostile: huge contacts', cards.join('\n'));
}

export interface ProbeResult {
  cards: number;
  /** Cards carrying `data-jobsafe-risk` now. */
  badged: number;
  /** performance.now() (ms since navigation start) when the first / the last card was marked. */
  firstBadgeAt: number | null;
  allBadgedAt: number | null;
  /** The longest gap between two turns of a setTimeout(0) loop: how long the page could not react. */
  maxGapMs: number;
  /**
   * Long animation frames (over 50 ms, the Long Animation Frames API: a frame's tasks and its rendering
   * together) that started after the page's load event: how many, the longest, and their blocking time.
   * The page's own loading frames come before (a 1,000-card listing's take 60-200 ms, laying out what
   * the parser gave them), and the page draws nothing after, so these are the frames the extension
   * caused; without it they are 0. (The Long Tasks API saw none: in Chromium it leaves out the rendering
   * a frame does after its task, where the badges cost most, and the content script's own tasks are cut
   * below 50 ms. Its row read 0 / 0 on every run. Firefox has neither API: 0 there.)
   */
  lateLongFrames: number;
  lateLongFrameMaxMs: number;
  lateBlockingMs: number;
}

/**
 * A page script (main world) that measures, from navigation start until `stopProbe()` is called: when
 * the cards get their marks, and how responsive the page stays (a setTimeout(0) loop's worst gap, long
 * tasks). It reads only the DOM, as any page script can.
 */
export const PROBE_SCRIPT = `<script>
(() => {
  const CARD = '[data-qa~="vacancy-serp__vacancy"]';
  const p = (window.__jobsafeProbe = {
    cards: 0, badged: 0, firstBadgeAt: null, allBadgedAt: null,
    maxGapMs: 0, lateLongFrames: 0, lateLongFrameMaxMs: 0, lateBlockingMs: 0,
  });
  let running = true;
  let frames;
  window.stopProbe = () => {
    // Entries come a frame late: the ones not handed over yet count too.
    if (frames) late(frames.takeRecords());
    running = false;
    return p;
  };
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    p.maxGapMs = Math.max(p.maxGapMs, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  let loadedAt = Infinity;
  addEventListener('load', () => (loadedAt = performance.now()));
  const late = (entries) => {
    for (const e of entries) {
      if (!running || e.startTime < loadedAt) continue;
      p.lateLongFrames++;
      p.lateLongFrameMaxMs = Math.max(p.lateLongFrameMaxMs, e.duration);
      p.lateBlockingMs += e.blockingDuration;
    }
  };
  try {
    frames = new PerformanceObserver((list) => late(list.getEntries()));
    frames.observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const count = () => {
    p.cards = document.querySelectorAll(CARD).length;
    p.badged = document.querySelectorAll(CARD + '[data-jobsafe-risk]').length;
    const now = performance.now();
    if (p.badged > 0 && p.firstBadgeAt === null) p.firstBadgeAt = now;
    if (p.cards > 0 && p.badged === p.cards && p.allBadgedAt === null) p.allBadgedAt = now;
  };
  new MutationObserver(() => { if (running) count(); }).observe(document.documentElement, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-jobsafe-risk'],
  });
  count();
})();
</script>`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cards = Number(process.argv[2] ?? 50);
  const out = process.argv[3] ?? `tests/fixtures/pages/perf/hh-${cards}.html`;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, perfListingHtml({ cards }));
  console.log(`wrote ${out} (${cards} cards)`);
}
