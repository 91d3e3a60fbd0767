// @vitest-environment happy-dom
/**
 * Extraction is cut to the messaging contract's caps before anything is keyed, hashed or sent: what a
 * page puts in a card (a megabyte of digits in a tel: link, hundreds of contacts, a book-length title)
 * never reaches the background whole, and what is sent always passes the background's schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FIELD_LENGTH, MAX_TEXT_LENGTH } from '../../../src/analysis/limits';
import { AD_LIMITS, BoundedAdSchema } from '../../../src/messaging/background-messages';
import { boundAd, boundLang } from '../../../src/page/bounds';
import { ResultCache } from '../../../src/page/cache';
import { scanPage } from '../../../src/page/scanner';
import type { SiteAdapter } from '../../../src/sites/types';

const MEGABYTE = 1_000_000;

describe('the caps', () => {
  it("follow the analyzer's own limits (the text one character over, so a cut text still reads as longer)", () => {
    expect(AD_LIMITS.text).toBe(MAX_TEXT_LENGTH + 1);
    expect(AD_LIMITS.field).toBe(MAX_FIELD_LENGTH);
    expect(AD_LIMITS.contacts).toBe(20);
    expect(AD_LIMITS.contact).toBe(100);
  });

  it('reject an ad over any of them, in the schema the background parses', () => {
    const ok = { text: 'Работа' };
    expect(BoundedAdSchema.safeParse(ok).success).toBe(true);
    for (const bad of [
      { text: 'x'.repeat(AD_LIMITS.text + 1) },
      { ...ok, title: 't'.repeat(AD_LIMITS.field + 1) },
      { ...ok, contacts: ['+7'.padEnd(MEGABYTE, '9')] },
      { ...ok, contacts: Array.from({ length: 21 }, (_, i) => `+7916000000${i}`) },
      { ...ok, url: `https://hh.ru/${'a'.repeat(3000)}` },
      { ...ok, lang: 'x'.repeat(40) },
    ])
      expect(BoundedAdSchema.safeParse(bad).success).toBe(false);
  });
});

describe('boundAd', () => {
  it('drops a megabyte "phone number" and contacts past the 20th, keeping the real ones', () => {
    const huge = `tel:${'8'.repeat(MEGABYTE)}`;
    const many = Array.from({ length: 30 }, (_, i) => `+7 916 000-00-${String(i).padStart(2, '0')}`);
    const ad = boundAd({ text: 'Работа', contacts: [huge, ...many] });
    expect(ad.contacts).toEqual(many.slice(0, 20));
  });

  it('cuts text and fields, and drops a URL too long to be one', () => {
    const ad = boundAd({
      text: 'а'.repeat(MEGABYTE),
      title: 'т'.repeat(5_000),
      employer: 'e'.repeat(5_000),
      url: `https://hh.ru/${'a'.repeat(5_000)}`,
    });
    expect(ad.text).toHaveLength(AD_LIMITS.text);
    expect(ad.title).toHaveLength(AD_LIMITS.field);
    expect(ad.employer).toHaveLength(AD_LIMITS.field);
    expect(ad.url).toBeUndefined();
  });

  it('always gives what the background accepts', () => {
    const str = fc.oneof(fc.string({ maxLength: 50 }), fc.string({ minLength: 990, maxLength: 1_100 }));
    const arb = fc.record(
      {
        text: fc.oneof(fc.string(), fc.constant('x'.repeat(AD_LIMITS.text + 5))),
        title: str,
        salary: str,
        employer: str,
        location: str,
        contacts: fc.array(fc.oneof(fc.string({ maxLength: 120 }), fc.constant('')), { maxLength: 40 }),
        url: fc.oneof(fc.webUrl(), fc.constant(`https://x.org/${'p'.repeat(2_100)}`)),
      },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        expect(BoundedAdSchema.safeParse(boundAd(raw)).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('reads a language hint only when it looks like one', () => {
    expect(boundLang('ru-RU')).toBe('ru');
    expect(boundLang('EN')).toBe('en');
    expect(boundLang('x'.repeat(1000))).toBeUndefined();
    expect(boundLang(undefined)).toBeUndefined();
  });
});

describe('scanPage', () => {
  it('keys, hashes and sends the bounded ad', () => {
    document.body.innerHTML = `<div class="card"><a href="tel:${'7'.repeat(MEGABYTE)}">call</a></div>`;
    const adapter: SiteAdapter = {
      id: 'test',
      name: 'test',
      matches: [],
      testUrls: [],
      lang: 'ru',
      find: (root) =>
        [...root.querySelectorAll('.card')].map((card) => ({
          root: card,
          kind: 'card' as const,
          ad: {
            text: `Работа ${'и'.repeat(MEGABYTE)}`,
            contacts: [...card.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
          },
        })),
    };
    const { toAnalyze } = scanPage(adapter, document, new URL('https://test.example/'), new ResultCache());
    expect(toAnalyze).toHaveLength(1);
    expect(toAnalyze[0]?.found.ad.contacts).toEqual([]);
    expect(toAnalyze[0]?.found.ad.text).toHaveLength(AD_LIMITS.text);
  });
});
