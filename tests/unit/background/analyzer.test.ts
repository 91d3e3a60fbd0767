/**
 * The background's analyzer queue: senders take turns ad by ad, with a break for other messages after
 * each, so a tab with a long queue (or a compromised one) delays another tab's answer by about one ad.
 * Counted in turns, not in milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { AnalysisQueue, macrotask } from '../../../src/background/analyzer';
import type { AdInput, Assessment } from '../../../src/analysis/types';

const none = (ad: AdInput): Assessment => ({
  id: ad.id,
  level: 'none',
  score: 0,
  lang: 'ru',
  checked: true,
  partial: false,
  findings: [],
});

describe('AnalysisQueue', () => {
  it('answers a second tab after one ad of the first, however many the first sent', async () => {
    const order: string[] = [];
    const queue = new AnalysisQueue(async (ad) => {
      order.push(String(ad.id));
      return none(ad);
    });
    const flood = Array.from({ length: 4 }, (_, b) =>
      queue.run(
        'tab:1',
        Array.from({ length: 50 }, (_, i) => ({ id: `a${b}-${i}`, text: 'x' })),
        'balanced',
      ),
    );
    const other = queue.run('tab:2', [{ id: 'b', text: 'y' }], 'balanced');
    const [answer] = await other;
    expect(answer?.id).toBe('b');
    // tab:2's ad was the second one analyzed: one of tab:1's 200 before it.
    expect(order.indexOf('b')).toBe(1);
    const all = await Promise.all(flood);
    expect(all.flat()).toHaveLength(200);
    expect(queue.analyzed).toBe(201);
  });

  it('keeps each sender’s order and hands a failure to its own batch only', async () => {
    const queue = new AnalysisQueue(async (ad) => {
      if (ad.id === 'bad') throw new Error('analyzer failed');
      return none(ad);
    });
    const failing = queue.run(
      'tab:1',
      [
        { id: 'ok', text: 'x' },
        { id: 'bad', text: 'x' },
      ],
      'balanced',
    );
    const fine = queue.run(
      'tab:2',
      [
        { id: '1', text: 'x' },
        { id: '2', text: 'x' },
      ],
      'balanced',
    );
    await expect(failing).rejects.toThrow('analyzer failed');
    expect((await fine).map((a) => a.id)).toEqual(['1', '2']);
  });

  it('pauses for the event loop after every ad', async () => {
    const events: string[] = [];
    const queue = new AnalysisQueue(
      async (ad) => {
        events.push(`ad ${String(ad.id)}`);
        return none(ad);
      },
      async () => void events.push('pause'),
    );
    await queue.run(
      'tab:1',
      [1, 2, 3].map((id) => ({ id, text: 'x' })),
      'balanced',
    );
    expect(events).toEqual(['ad 1', 'pause', 'ad 2', 'pause', 'ad 3', 'pause']);
  });

  it('pauses with a task, not a microtask', async () => {
    let done = false;
    void macrotask()().then(() => (done = true));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(done).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(true);
  });
});
