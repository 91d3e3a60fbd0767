import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createRouter,
  isErrorResult,
  originOf,
  type Handlers,
  type SenderInfo,
} from '../../../src/background/router';
import { AD_LIMITS } from '../../../src/messaging/background-messages';
import { LIMITS } from '../../../src/messaging/messages';

const env = { runtimeId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const contentScript: SenderInfo = {
  id: 'ext-id',
  url: 'https://hh.ru/vacancy/1',
  tab: { id: 7 },
  frameId: 0,
};
const popup: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const popupInTab: SenderInfo = {
  id: 'ext-id',
  url: 'chrome-extension://ext-id/popup.html#check',
  tab: { id: 9 },
};
const otherExtension: SenderInfo = { id: 'other-id', url: 'https://hh.ru/', tab: { id: 7 } };

const ad = { text: 'Работа официанткой за границей' };

/** Handlers that echo what they were called with, so the tests see what reached them. */
function echoHandlers(): Handlers {
  const echo = async (message: unknown, context: unknown) => ({ handled: message, context });
  return {
    'get-messages': echo,
    'analyze-batch': echo,
    'page-report': echo,
    'get-tab-report': echo,
    'analyze-text': echo,
    'check-tab': echo,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('originOf', () => {
  it.each([
    ['a content script in a tab', contentScript, 'content'],
    ['the popup', popup, 'extension'],
    ['the popup opened as a tab', popupInTab, 'extension'],
    ['another extension', otherExtension, undefined],
    ['our id without a tab or extension URL', { id: 'ext-id', url: 'https://hh.ru/' }, undefined],
    ['a tab with TAB_ID_NONE', { id: 'ext-id', url: 'https://hh.ru/', tab: { id: -1 } }, undefined],
  ] as const)('%s', (_name, sender, expected) => {
    expect(originOf(sender, env)).toBe(expected);
  });
});

describe('router', () => {
  it('passes a valid message from an allowed sender to its handler with the tab and frame', async () => {
    const route = createRouter(echoHandlers(), env);
    const message = { type: 'analyze-batch', ads: [{ key: 'a', ad }] };
    expect(await route(message, contentScript)).toEqual({
      handled: message,
      context: { origin: 'content', tabId: 7, frameId: 0, url: 'https://hh.ru/vacancy/1' },
    });
  });

  it('takes the page URL from the sender, never from the message', async () => {
    const route = createRouter(echoHandlers(), env);
    const result = (await route(
      { type: 'page-report', url: 'https://elsewhere.example/', items: [] },
      contentScript,
    )) as { handled: Record<string, unknown>; context: { url: string } };
    expect(result.handled).toEqual({ type: 'page-report', items: [] });
    expect(result.context.url).toBe('https://hh.ru/vacancy/1');
  });

  it('tells onInvalid about a content script’s page report it rejected', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: unknown[] = [];
    const route = createRouter(echoHandlers(), env, async (type, context) => void seen.push([type, context]));
    const tooMany = {
      type: 'page-report',
      items: Array.from({ length: 10_001 }, () => ({ key: 'k', assessment: {}, seal: 's' })),
    };
    expect(await route(tooMany, contentScript)).toEqual({ error: 'invalid-message' });
    expect(seen).toEqual([
      ['page-report', { origin: 'content', tabId: 7, frameId: 0, url: 'https://hh.ru/vacancy/1' }],
    ]);
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a missing field', { type: 'analyze-batch' }],
    ['a wrong field type', { type: 'get-tab-report', tabId: 'seven' }],
    [
      'too many ads',
      {
        type: 'analyze-batch',
        ads: Array.from({ length: LIMITS.batch + 1 }, (_, i) => ({ key: `k${i}`, ad })),
      },
    ],
    ['an ad without text', { type: 'analyze-batch', ads: [{ key: 'a', ad: { title: 'x' } }] }],
    [
      'a megabyte contact',
      { type: 'analyze-batch', ads: [{ key: 'a', ad: { ...ad, contacts: ['8'.repeat(1_000_000)] } }] },
    ],
    [
      'more than 20 contacts',
      { type: 'analyze-batch', ads: [{ key: 'a', ad: { ...ad, contacts: Array(21).fill('+79160000000') } }] },
    ],
    [
      'a text over the cap',
      { type: 'analyze-batch', ads: [{ key: 'a', ad: { text: 'x'.repeat(AD_LIMITS.text + 1) } }] },
    ],
    ['a pasted text over the cap', { type: 'analyze-text', text: 'x'.repeat(200_001) }],
  ])('rejects %s with an error result and a warning', async (_name, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = vi.fn(async () => 'handled');
    const handlers: Handlers = {
      'get-messages': handler,
      'analyze-batch': handler,
      'page-report': handler,
      'get-tab-report': handler,
      'analyze-text': handler,
      'check-tab': handler,
    };
    const result = await createRouter(handlers, env)(message, contentScript);
    expect(result).toEqual({ error: 'invalid-message' });
    expect(isErrorResult(result)).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['the popup sends analyze-batch', { type: 'analyze-batch', ads: [] }, popup],
    ['the popup sends page-report', { type: 'page-report', items: [] }, popup],
    ['a content script asks for another tab’s report', { type: 'get-tab-report', tabId: 3 }, contentScript],
    ['a content script asks to inject into a tab', { type: 'check-tab', tabId: 3 }, contentScript],
    ['a content script sends analyze-text', { type: 'analyze-text', text: 'x' }, contentScript],
    ['another extension sends get-messages', { type: 'get-messages' }, otherExtension],
  ] as const)('rejects a message from the wrong sender: %s', async (_name, message, sender) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const route = createRouter(echoHandlers(), env);
    expect(await route(message, sender)).toEqual({ error: 'forbidden-sender' });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('lets the popup, also when opened as a tab, ask for a tab report', async () => {
    const route = createRouter(echoHandlers(), env);
    for (const sender of [popup, popupInTab]) {
      const result = (await route({ type: 'get-tab-report', tabId: 3 }, sender)) as {
        context: { origin: string };
      };
      expect(result.context.origin).toBe('extension');
    }
  });

  it('turns a failing handler into an error result', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = echoHandlers();
    handlers['get-messages'] = async () => {
      throw new Error('locale missing');
    };
    const route = createRouter(handlers, env);
    expect(await route({ type: 'get-messages' }, contentScript)).toEqual({ error: 'locale missing' });
    expect(error).toHaveBeenCalledOnce();
  });
});
