/**
 * The reading layer's fast path is gated by SUSPICIOUS_PLAIN, written with explicit letter ranges for speed.
 * On any text the fast path accepts (PLAIN), it must say exactly what the Unicode-property form says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUSPICIOUS_PLAIN } from '../../../src/analysis/reading/index';

// The gate as first written, with Unicode properties (exact, and eight times slower).
const EXACT =
  /[0-9@][\p{L}]|\p{L}[0-9@]|(?:^|[^\p{L}\p{N}])\p{L}[ .\-_*·|/•,+~]{1,3}\p{L}[ .\-_*·|/•,+~]{1,3}\p{L}(?![\p{L}\p{N}])|\p{L}-?\n\p{Ll}/u;
const BROKEN_LINE = /\p{L}-?\n/u;

// Characters a PLAIN text may hold, with the edges of every range and the non-letters inside them.
const CHARS = [
  ...'aZ09@ .-_*·|/•,+~\n\t!?«»',
  ...'\u00c0\u00d6\u00d7\u00d8\u00f6\u00f7\u00f8\u00ff\u0100\u024f\u00df',
  ...'\u0400\u0410\u042f\u0430\u044f\u0450\u045f\u0460\u0481\u0482\u0489\u048a\u04ff',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));

describe('the reading layer’s fast-path gate', () => {
  it('flags every PLAIN text the exact form flags, and more only after a word broken by a line', () => {
    fc.assert(
      fc.property(text, (t) => {
        const gate = SUSPICIOUS_PLAIN.test(t);
        if (EXACT.test(t)) expect(gate, JSON.stringify(t)).toBe(true);
        else if (gate) expect(BROKEN_LINE.test(t), JSON.stringify(t)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});
