/**
 * The background's single message entry point. Every message is parsed with BackgroundMessageSchema and
 * checked against who sent it before any handler runs: a web page cannot reach the background directly,
 * but a compromised or stale content script could send anything, and only extension pages (the popup,
 * the options) may ask about other tabs or make the background inject scripts.
 */
import type * as z from 'zod/mini';
import { BackgroundMessageSchema, type BackgroundMessage } from '../messaging/background-messages';

/** The fields of runtime.MessageSender the router looks at (the same in Chrome and Firefox). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Where a message came from: a content script in a tab, or an extension page. */
export type Origin = 'content' | 'extension';

/** Who may send each message. */
export const ALLOWED_ORIGINS: { readonly [K in BackgroundMessage['type']]: readonly Origin[] } = {
  'get-messages': ['content', 'extension'],
  'analyze-batch': ['content'],
  'page-report': ['content'],
  'get-tab-report': ['extension'],
  'analyze-text': ['extension'],
  'check-tab': ['extension'],
};

export interface ErrorResult {
  error: string;
}

export interface HandlerContext {
  origin: Origin;
  /** The sender's tab, for content-script messages (always set for them). */
  tabId?: number;
  /** The sender's frame: 0 is the top frame. */
  frameId?: number;
  /** The sender's URL as the browser tells it (for a content script: its page's), never the message's. */
  url?: string;
}

type MessageOf<K extends BackgroundMessage['type']> = Extract<BackgroundMessage, { type: K }>;
export type Handlers = {
  [K in BackgroundMessage['type']]: (message: MessageOf<K>, context: HandlerContext) => Promise<unknown>;
};

export interface RouterEnv {
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL('/'): extension pages' URLs start with it. */
  extensionOrigin: string;
}

export function originOf(sender: SenderInfo, env: RouterEnv): Origin | undefined {
  if (sender.id !== env.runtimeId) return undefined;
  if (sender.url?.startsWith(env.extensionOrigin)) return 'extension';
  // tabs.TAB_ID_NONE is -1: a sender with such a tab is not a content script in a real tab.
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return 'content';
  return undefined;
}

function summarize(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(message)'}: ${i.message}`)
    .join('; ');
}

/**
 * Called for a message that did not parse, with its `type` when it had a string one and who sent it
 * (a content script's page report over a cap must not leave the tab's earlier report on show).
 */
export type OnInvalid = (type: string | undefined, context: HandlerContext | undefined) => Promise<void>;

/** A function for runtime.onMessage: resolves with the handler's result or an ErrorResult. */
export function createRouter(handlers: Handlers, env: RouterEnv, onInvalid?: OnInvalid) {
  return async function route(raw: unknown, sender: SenderInfo): Promise<unknown> {
    const origin = originOf(sender, env);
    const parsed = BackgroundMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type) : typeof raw;
      console.warn(`JobSafe: rejected an invalid message (${type.slice(0, 40)}): ${summarize(parsed.error)}`);
      const context = origin ? contextOf(origin, sender) : undefined;
      await onInvalid?.(type, context).catch(() => undefined);
      return { error: 'invalid-message' } satisfies ErrorResult;
    }
    const message = parsed.data;
    if (!origin || !ALLOWED_ORIGINS[message.type].includes(origin)) {
      console.warn(
        `JobSafe: rejected ${message.type} from ${origin ?? 'an unknown sender'} (${sender.url ?? 'no url'})`,
      );
      return { error: 'forbidden-sender' } satisfies ErrorResult;
    }
    const context = contextOf(origin, sender);
    try {
      // The union is narrowed per key by the Handlers type; TypeScript cannot correlate it here.
      const handler = handlers[message.type] as (m: BackgroundMessage, c: HandlerContext) => Promise<unknown>;
      return await handler(message, context);
    } catch (error) {
      console.error(`JobSafe: ${message.type} failed`, error);
      return { error: error instanceof Error ? error.message : String(error) } satisfies ErrorResult;
    }
  };
}

function contextOf(origin: Origin, sender: SenderInfo): HandlerContext {
  return { origin, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
}

export function isErrorResult(value: unknown): value is ErrorResult {
  return typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'string';
}
