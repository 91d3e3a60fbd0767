import { describe, expect, it } from 'vitest';
import { chunk, inPool, ramped } from '../../../src/page/batches';

describe('batches', () => {
  it('chunk splits into batches of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 50)).toEqual([]);
  });

  it('ramped makes the first batch smaller than the others', () => {
    expect(ramped([1, 2, 3, 4, 5, 6, 7, 8], 2, 4)).toEqual([
      [1, 2],
      [3, 4, 5, 6],
      [7, 8],
    ]);
    expect(ramped([1, 2], 2, 4)).toEqual([[1, 2]]);
    expect(ramped([], 2, 4)).toEqual([]);
  });

  it('inPool keeps at most `size` calls pending and runs every item once', async () => {
    let pending = 0;
    let most = 0;
    const seen: number[] = [];
    await inPool([1, 2, 3, 4, 5, 6, 7], 2, async (n) => {
      pending++;
      most = Math.max(most, pending);
      await new Promise((r) => setTimeout(r, 5 * (n % 3)));
      seen.push(n);
      pending--;
    });
    expect(most).toBe(2);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
