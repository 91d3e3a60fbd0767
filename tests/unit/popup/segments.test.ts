import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeSpans, quote, segment } from '../../../src/ui/shared/segments';

describe('segment', () => {
  it('marks the spans and keeps the text between them', () => {
    expect(segment('Work on a tourist visa, pay later', [{ start: 8, end: 22 }])).toEqual([
      { text: 'Work on ', marked: false },
      { text: 'a tourist visa', marked: true },
      { text: ', pay later', marked: false },
    ]);
  });

  it('merges overlapping and touching spans, drops empty and out-of-range ones', () => {
    expect(
      mergeSpans(
        [
          { start: 5, end: 9 },
          { start: 0, end: 3 },
          { start: 3, end: 4 },
          { start: 7, end: 12 },
          { start: 50, end: 60 },
          { start: 6, end: 6 },
        ],
        20,
      ),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
  });

  it('always reassembles the original text exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(
          fc.record({ start: fc.integer({ min: -5, max: 220 }), end: fc.integer({ min: -5, max: 220 }) }),
        ),
        (text, spans) => {
          const parts = segment(text, spans);
          expect(parts.map((p) => p.text).join('')).toBe(text);
          // Marked parts never touch: merged spans leave unmarked text between them.
          for (let i = 1; i < parts.length; i++) expect(parts[i]!.marked && parts[i - 1]!.marked).toBe(false);
        },
      ),
    );
  });
});

describe('quote', () => {
  const text =
    'We are a family restaurant in the centre. Girls wanted for work abroad, flight and housing paid by the employer. Apply today.';

  it('keeps whole words of context and adds ellipses where the text goes on', () => {
    const start = text.indexOf('flight');
    const q = quote(text, { start, end: start + 'flight and housing paid'.length }, 16);
    expect(q.match).toBe('flight and housing paid');
    expect(q.before.startsWith('…')).toBe(true);
    expect(q.after.endsWith('…')).toBe(true);
    expect(text).toContain(q.before.slice(1));
    expect(text).toContain(q.after.slice(0, -1));
  });

  it('no ellipsis at the start or end of the text', () => {
    const q = quote('Pay in an envelope', { start: 7, end: 18 });
    expect(q).toEqual({ before: 'Pay in ', match: 'an envelope', after: '' });
  });
});
