// @vitest-environment happy-dom
/**
 * The adapters' text reading (src/sites/dom.ts). plainText reads an element without block or skipped
 * descendants (a title, a salary, a snippet with inline markup) from its textContent in two DOM calls,
 * and walks the tree otherwise: on any markup both must give the same text, or a card would read (and
 * hash, and be keyed) differently depending on which way it went. normalizeText only matches the white
 * space it changes, and must still collapse exactly as "every run to one space, lines trimmed, empty
 * lines dropped" says.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONTACT_HREF_READ,
  contactOfHref,
  contactsIn,
  lineText,
  normalizeText,
  plainText,
  walkedText,
} from '../../../src/sites/dom';

/** Pieces of markup that matter to the reading: inline and block elements, skipped ones, odd spaces. */
const TEXT = fc.constantFrom(
  'Работа',
  'за границей',
  ' ',
  '   ',
  '\u00A0',
  '\u200B',
  '\u00AD',
  '\t',
  '\n',
  '\r\n',
  ' a  b ',
  '\u3000x\u2003',
  '&amp;',
);
const TAGS = ['span', 'b', 'a', 'em', 'div', 'p', 'li', 'h2', 'br', 'script', 'style', 'svg', 'button'];

const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    TEXT,
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        skip: fc.boolean(),
        children: fc.array(tie('node'), { maxLength: 4 }),
      })
      .map(({ tag, skip, children }) =>
        tag === 'br' ? '<br>' : `<${tag}${skip ? ' class="skip"' : ''}>${children.join('')}</${tag}>`,
      ),
  ),
})).node;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('plainText', () => {
  it('gives what the walk gives, for every element of any markup, with and without left-out parts', () => {
    fc.assert(
      fc.property(
        fc.array(markup, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(undefined, '.skip', 'b, .skip'),
        fc.constantFrom(20_000, 12, 3),
        (parts, ignore, maxChars) => {
          document.body.innerHTML = `<section>${parts.join('')}</section>`;
          for (const el of [
            document.body.firstElementChild as Element,
            ...document.body.querySelectorAll('*'),
          ])
            expect(plainText(el, maxChars, ignore)).toBe(walkedText(el, maxChars, ignore));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a flat element from its textContent, without walking its nodes', () => {
    document.body.innerHTML =
      '<div class="snippet"><span>Официантки, <b>хостес</b>\u200B —</span> работа <a href="#">в Дубае</a></div>';
    const snippet = document.querySelector('.snippet') as Element;
    const firstChild = vi.spyOn(Node.prototype, 'firstChild', 'get');
    expect(plainText(snippet)).toBe('Официантки, хостес — работа в Дубае');
    expect(firstChild).not.toHaveBeenCalled();
    // The walk visits every node: a block inside (a line of its own) takes that way.
    document.body.innerHTML = '<div class="snippet"><span>Официантки</span><p>работа в Дубае</p></div>';
    expect(plainText(document.querySelector('.snippet'))).toBe('Официантки\nработа в Дубае');
    expect(firstChild).toHaveBeenCalled();
  });

  it('leaves out skipped elements either way, and reads no further than asked', () => {
    document.body.innerHTML = '<h2 class="t">Кассир<script>track()</script><svg><text>icon</text></svg></h2>';
    expect(lineText(document.querySelector('.t'))).toBe('Кассир');
    document.body.innerHTML = '<span class="t">0123456789</span>';
    expect(plainText(document.querySelector('.t'), 4)).toBe('0123');
  });
});

describe('normalizeText', () => {
  // The rule, spelled out: invisible characters out, every run of spaces one space, lines trimmed and
  // empty ones dropped, then the cut.
  const rule = (raw: string, max: number) =>
    raw
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
      .split(/\r?\n|\r/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
      .slice(0, max);

  it('collapses, trims and cuts as the rule says, one line or many', () => {
    const raw = fc.array(fc.oneof(TEXT, fc.constantFrom('\r', '\u2028', '\v\f', 'x')), { maxLength: 30 });
    fc.assert(
      fc.property(raw, fc.constantFrom(20_000, 5), (parts, max) => {
        const text = parts.join('');
        expect(normalizeText(text, max)).toBe(rule(text, max));
      }),
      { numRuns: 500 },
    );
  });
});

describe('contactsIn', () => {
  it('reads tel:, mailto: and messenger links as the selectors would, and no other link', () => {
    document.body.innerHTML = [
      '<a href="tel:+7%20916%20000-00-01">call</a>',
      '<a href="mailto:hr@example.org?subject=cv">mail</a>',
      '<a href="https://t.me/recruiter_x">tg</a>',
      '<a href="https://wa.me/79160000002">wa</a>',
      '<a href="viber://chat?number=79160000003">viber</a>',
      '<a href="https://example.org/tel:+7916">not a contact</a>',
      '<a href="TEL:+79160000004">upper case, as a CSS selector would not take it</a>',
      '<a>no href</a>',
    ].join('');
    expect(contactsIn(document.body)).toEqual([
      '+7 916 000-00-01',
      'hr@example.org',
      'https://t.me/recruiter_x',
      'https://wa.me/79160000002',
      'viber://chat?number=79160000003',
    ]);
  });

  it('reads no further into a link than CONTACT_HREF_READ, and takes no longer link for a contact', () => {
    const digits = '9'.repeat(1_000_000);
    expect(contactOfHref(`tel:+7${digits}`)).toBeUndefined();
    expect(contactOfHref(`https://t.me/${digits}`)).toBeUndefined();
    // The number ends before the query, within what is read: the rest of a long query does not matter.
    expect(contactOfHref(`tel:+79160000005?x=${digits}`)).toBe('+79160000005');
    const longest = `tel:+7${'9'.repeat(CONTACT_HREF_READ - 6)}`;
    expect(longest).toHaveLength(CONTACT_HREF_READ);
    expect(contactOfHref(longest)).toBe(longest.slice(4));
    expect(contactOfHref(`${longest}9`)).toBeUndefined();
  });
});
