// @vitest-environment happy-dom
/**
 * The content script's lifetime comes from the extension alone (src/page/lifetime.ts): the runtime's id
 * gone, or a runtime call failing with "Extension context invalidated". Page events, and a worker that is
 * merely restarting, are no end. Navigation hints are re-read from `location` (location.ts).
 */
import { describe, expect, it } from 'vitest';
import { extensionLifetime, isExtensionGone } from '../../../src/page/lifetime';
import { watchLocation } from '../../../src/page/location';
import { ResultCache } from '../../../src/page/cache';
import { LostAnswerError, withRetry } from '../../../src/page/retry';
import { immediately, whenNearViewport } from '../../../src/page/visibility';

describe('extensionLifetime', () => {
  it('ends once the runtime id is gone, and runs the end callbacks once', () => {
    let id: string | undefined = 'ext';
    const life = extensionLifetime(() => id);
    let ends = 0;
    life.onEnd(() => ends++);
    expect(life.alive()).toBe(true);
    id = undefined;
    expect(life.alive()).toBe(false);
    expect(life.alive()).toBe(false);
    expect(ends).toBe(1);
    expect(life.signal.aborted).toBe(true);
    let late = 0;
    life.onEnd(() => late++);
    expect(late).toBe(1);
  });

  it('ends on "Extension context invalidated", not on a worker that is restarting', () => {
    const life = extensionLifetime(() => 'ext');
    expect(life.failed(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(
      true,
    );
    expect(life.failed(new Error('The message port closed before a response was received.'))).toBe(true);
    expect(life.alive()).toBe(true);
    expect(isExtensionGone(new Error('Extension context invalidated.'))).toBe(true);
    expect(life.failed(new Error('Extension context invalidated.'))).toBe(false);
    expect(life.alive()).toBe(false);
  });

  it('is not ended by any page event', () => {
    const life = extensionLifetime(() => 'ext');
    document.dispatchEvent(
      new CustomEvent('ext:jobsite:wxt:content-script-started', {
        detail: { contentScriptName: 'jobsite', messageId: 'x' },
      }),
    );
    window.dispatchEvent(new Event('ext:jobsite:wxt:locationchange'));
    expect(life.alive()).toBe(true);
  });
});

describe('watchLocation', () => {
  it('turns a burst of hints into one check, after the current task, until stopped', async () => {
    const stop = new AbortController();
    let checks = 0;
    watchLocation(window, stop.signal, () => checks++);
    for (let i = 0; i < 20; i++) window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(checks).toBe(0);
    await Promise.resolve();
    expect(checks).toBe(1);
    stop.abort();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
    expect(checks).toBe(1);
  });
});

describe('withRetry', () => {
  it('asks again after a lost answer, with the delays, and gives up after them', async () => {
    const waits: number[] = [];
    let calls = 0;
    const sleep = async (ms: number) => void waits.push(ms);
    const lost = () => {
      calls++;
      return Promise.reject(new LostAnswerError('lost'));
    };
    await expect(withRetry(lost, { stop: () => false, delaysMs: [1, 2, 3], sleep })).rejects.toThrow('lost');
    expect(calls).toBe(4);
    expect(waits).toEqual([1, 2, 3]);
  });

  it('does not retry a refusal, and stops when told to', async () => {
    let calls = 0;
    const refused = () => {
      calls++;
      return Promise.reject(new Error('background: invalid-message'));
    };
    await expect(withRetry(refused, { stop: () => false, delaysMs: [1] })).rejects.toThrow('invalid-message');
    expect(calls).toBe(1);
    let stopped = 0;
    const lost = () => {
      stopped++;
      return Promise.reject(new LostAnswerError('lost'));
    };
    await expect(withRetry(lost, { stop: () => true, delaysMs: [1, 1] })).rejects.toThrow('lost');
    expect(stopped).toBe(1);
  });
});

describe('ResultCache', () => {
  it('keeps the most recently seen entries within the bound', () => {
    const cache = new ResultCache();
    const result = (hash: string) => ({
      hash,
      seal: 's',
      assessment: {
        level: 'none' as const,
        score: 0,
        lang: 'ru',
        checked: true,
        partial: false,
        findings: [],
      },
    });
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, result(String(i)));
    cache.get('k0'); // seen again: now the most recent
    cache.prune(3);
    expect(cache.size).toBe(3);
    expect(cache.get('k0')?.hash).toBe('0');
    expect(cache.get('k9')?.hash).toBe('9');
    expect(cache.get('k1')).toBeUndefined();
  });
});

describe('whenNearViewport', () => {
  it('builds at once where there is no IntersectionObserver', () => {
    let built = 0;
    const near = whenNearViewport({} as Window);
    expect(near).toBe(immediately);
    near(document.body, () => built++);
    expect(built).toBe(1);
  });

  /** An IntersectionObserver the test drives: what is observed, and "this one came near". */
  function fakeWindow() {
    const observed = new Set<Element>();
    let callback: IntersectionObserverCallback = () => undefined;
    class FakeObserver {
      constructor(cb: IntersectionObserverCallback) {
        callback = cb;
      }
      observe(el: Element) {
        observed.add(el);
      }
      unobserve(el: Element) {
        observed.delete(el);
      }
    }
    const comesNear = (el: Element) =>
      callback([{ target: el, isIntersecting: true } as IntersectionObserverEntry], {} as never);
    /** The first callback for a card the page does not render: not intersecting, and no box. */
    const unrendered = (el: Element) =>
      callback(
        [
          {
            target: el,
            isIntersecting: false,
            boundingClientRect: { width: 0, height: 0 },
          } as IntersectionObserverEntry,
        ],
        {} as never,
      );
    return {
      win: { IntersectionObserver: FakeObserver } as unknown as Window,
      observed,
      comesNear,
      unrendered,
    };
  }

  it('observes only the ends of each group of neighbours, and builds a whole group when one end comes near', async () => {
    const { win, observed, comesNear } = fakeWindow();
    const near = whenNearViewport(win, '0px', 4);
    const cards: Element[] = Array.from({ length: 10 }, () => document.createElement('div'));
    const built: number[] = [];
    cards.forEach((c, i) => near(c, () => built.push(i)));
    await Promise.resolve();
    // Groups 0-3, 4-7 and 8-9: six elements observed, not ten.
    expect([...observed].map((el) => cards.indexOf(el)).sort((a, b) => a - b)).toEqual([0, 3, 4, 7, 8, 9]);
    comesNear(cards[7]!);
    expect(built).toEqual([4, 5, 6, 7]);
    expect([...observed].map((el) => cards.indexOf(el)).sort((a, b) => a - b)).toEqual([0, 3, 8, 9]);
    // An end taken down while it waits: the group is watched through its new end.
    const cancel = near(cards[0]!, () => built.push(100));
    cancel();
    expect(observed.has(cards[0]!)).toBe(true); // its first callback still waits
    const c2 = document.createElement('div');
    const later = near(c2, () => built.push(200));
    await Promise.resolve();
    later();
    expect(observed.has(c2)).toBe(false);
    comesNear(cards[0]!);
    expect(built).toEqual([4, 5, 6, 7, 0, 1, 2, 3]);
    expect(observed.size).toBe(2);
  });

  it('watches past the cards the page does not render, so the shown ones between still get built', async () => {
    const { win, observed, comesNear, unrendered } = fakeWindow();
    const near = whenNearViewport(win, '0px', 4);
    const cards: Element[] = Array.from({ length: 4 }, () => document.createElement('div'));
    const built: number[] = [];
    cards.forEach((c, i) => near(c, () => built.push(i)));
    await Promise.resolve();
    // Both ends are hidden: their neighbours are observed as well, and one of them comes near.
    unrendered(cards[0]!);
    unrendered(cards[3]!);
    expect(cards.map((c) => observed.has(c))).toEqual([true, true, true, true]);
    comesNear(cards[2]!);
    expect(built).toEqual([0, 1, 2, 3]);
    expect(observed.size).toBe(0);
  });

  it('keeps a group watched when its first card is cancelled', async () => {
    const { win, observed, comesNear } = fakeWindow();
    const near = whenNearViewport(win, '0px', 4);
    const cards: Element[] = Array.from({ length: 4 }, () => document.createElement('div'));
    const built: number[] = [];
    const cancels = cards.map((c, i) => near(c, () => built.push(i)));
    await Promise.resolve();
    cancels[0]!();
    expect(observed.has(cards[0]!)).toBe(false);
    expect(observed.has(cards[1]!)).toBe(true);
    comesNear(cards[1]!);
    expect(built).toEqual([1, 2, 3]);
    expect(observed.size).toBe(0);
    // A cancelled card that still comes near builds nothing.
    comesNear(cards[0]!);
    expect(built).toEqual([1, 2, 3]);
  });
});
