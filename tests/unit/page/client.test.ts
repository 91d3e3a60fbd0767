/**
 * How the content script's messaging calls fail (src/page/client.ts): the extension gone (the lifetime
 * ends), an answer lost (worth a retry), the background refusing; and the popup's "Show on page", which
 * succeeds only when the content script answered that it did.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = { id: 'ext' as string | undefined, sendMessage: vi.fn() };
const tabs = { sendMessage: vi.fn() };
vi.mock('wxt/browser', () => ({ browser: { runtime, tabs } }));

const { GoneError, RefusedError, runtimeClient } = await import('../../../src/page/client');
const { LostAnswerError } = await import('../../../src/page/retry');
const { extensionLifetime } = await import('../../../src/page/lifetime');
const { scrollToAd } = await import('../../../src/ui/popup/client');

const none = { level: 'none', score: 0, lang: 'ru', checked: true, partial: false, findings: [] };

beforeEach(() => {
  runtime.id = 'ext';
  runtime.sendMessage.mockReset();
  tabs.sendMessage.mockReset();
});

describe('runtimeClient', () => {
  it('parses the answer', async () => {
    runtime.sendMessage.mockResolvedValue({ results: [{ key: 'k', assessment: none, seal: 's' }] });
    const client = runtimeClient(extensionLifetime(() => runtime.id));
    expect(await client.analyze([{ key: 'k', ad: { text: 'x' } }])).toEqual([
      { key: 'k', assessment: none, seal: 's' },
    ]);
  });

  it.each([
    ['no answer (a worker stopped meanwhile)', () => runtime.sendMessage.mockResolvedValue(undefined)],
    ['an unreadable answer', () => runtime.sendMessage.mockResolvedValue({ results: 'x' })],
    [
      'a closed port',
      () =>
        runtime.sendMessage.mockRejectedValue(
          new Error('The message port closed before a response was received.'),
        ),
    ],
  ])('calls %s a lost answer', async (_name, arrange) => {
    arrange();
    const client = runtimeClient(extensionLifetime(() => runtime.id));
    await expect(client.analyze([])).rejects.toBeInstanceOf(LostAnswerError);
  });

  it('calls a refusal a refusal, and an answer that never comes lost after the timeout', async () => {
    runtime.sendMessage.mockResolvedValue({ error: 'invalid-message' });
    await expect(runtimeClient(extensionLifetime(() => runtime.id)).messages()).rejects.toBeInstanceOf(
      RefusedError,
    );
    runtime.sendMessage.mockReturnValue(new Promise(() => undefined));
    await expect(
      runtimeClient(
        extensionLifetime(() => runtime.id),
        10,
      ).messages(),
    ).rejects.toBeInstanceOf(LostAnswerError);
  });

  it('ends the lifetime when the extension is gone, and sends nothing more', async () => {
    runtime.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    const lifetime = extensionLifetime(() => runtime.id);
    const client = runtimeClient(lifetime);
    await expect(client.report({ items: [] })).rejects.toBeInstanceOf(GoneError);
    expect(lifetime.alive()).toBe(false);
    await expect(client.report({ items: [] })).rejects.toBeInstanceOf(GoneError);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
    // The farewell (an empty report) is tried all the same, and never throws.
    await client.farewell();
    expect(runtime.sendMessage).toHaveBeenCalledTimes(2);
    expect(runtime.sendMessage).toHaveBeenLastCalledWith({ type: 'page-report', items: [] });
  });
});

describe("the popup's Show on page", () => {
  it('succeeds only when the content script answered true', async () => {
    tabs.sendMessage.mockResolvedValueOnce(true);
    expect(await scrollToAd(1, 'k')).toBe(true);
    tabs.sendMessage.mockResolvedValueOnce(false);
    expect(await scrollToAd(1, 'k')).toBe(false);
    tabs.sendMessage.mockResolvedValueOnce(undefined);
    expect(await scrollToAd(1, 'k')).toBe(false);
    tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.'));
    expect(await scrollToAd(1, 'k')).toBe(false);
  });
});
