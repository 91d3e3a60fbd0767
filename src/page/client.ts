/**
 * The content script's side of the messaging contract (src/messaging/messages.ts): it sends ads and the
 * page report, and parses every answer with the contract's schemas, since a stale or broken background
 * must not be able to put arbitrary data on the page. Each call says how it failed: the extension is gone
 * (the lifetime ends), the answer got lost (LostAnswerError: worth a retry), or the background refused.
 */
import { browser } from 'wxt/browser';
import type { AdInput } from '../analysis/types';
import {
  AnalyzeBatchResultSchema,
  ErrorResultSchema,
  MessagesResultSchema,
  PageReportResultSchema,
  type PageReport,
  type SealedResult,
} from '../messaging/messages';
import type { Lifetime } from './lifetime';
import { LostAnswerError } from './retry';

export interface KeyedAd {
  key: string;
  ad: AdInput;
}

export interface BackgroundClient {
  analyze(ads: KeyedAd[]): Promise<SealedResult[]>;
  /**
   * Sends the page report (whole, or a change to an earlier one); resolves with the keys whose seals the
   * background did not accept, and whether it asks for the whole report instead of a change.
   */
  report(report: PageReport): Promise<ReportAnswer>;
  messages(): Promise<Record<string, string>>;
  /**
   * The empty report of a content script that is tearing down, sent even though its lifetime has ended
   * (it may still get through), never throwing: the tab must not go on showing the gone badges' counts.
   */
  farewell(): Promise<void>;
}

export interface ReportAnswer {
  rejected: string[];
  resend: boolean;
}

/** The background answered, and said no (`invalid-message`, `forbidden-sender`, a handler's error). */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/** The extension is gone: nothing more can be sent. */
export class GoneError extends Error {
  override name = 'GoneError';
}

/** An answer slower than this is taken as lost (a worker stopped while it worked). */
export const ANSWER_TIMEOUT_MS = 30_000;

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export function runtimeClient(lifetime: Lifetime, timeoutMs = ANSWER_TIMEOUT_MS): BackgroundClient {
  async function call<T>(message: unknown, schema: Schema<T>, evenIfGone = false): Promise<T> {
    if (!evenIfGone && !lifetime.alive()) throw new GoneError('the extension is gone');
    let answer: unknown;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      answer = await Promise.race([
        browser.runtime.sendMessage(message),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new LostAnswerError(`no answer in ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (error) {
      if (!lifetime.failed(error)) throw new GoneError(String(error));
      throw error instanceof LostAnswerError ? error : new LostAnswerError(String(error));
    } finally {
      clearTimeout(timer);
    }
    const refused = ErrorResultSchema.safeParse(answer);
    if (refused.success) throw new RefusedError(`background: ${refused.data.error}`);
    const parsed = schema.safeParse(answer);
    // No answer at all (undefined) is what a worker that stopped mid-message leaves.
    if (!parsed.success) throw new LostAnswerError(`unreadable answer to ${describe(message)}`);
    return parsed.data;
  }

  return {
    async analyze(ads) {
      return (await call({ type: 'analyze-batch', ads }, AnalyzeBatchResultSchema)).results;
    },
    async report(report) {
      const answer = await call({ type: 'page-report', ...report }, PageReportResultSchema);
      return { rejected: answer.rejected ?? [], resend: answer.resend === true };
    },
    async messages() {
      return (await call({ type: 'get-messages' }, MessagesResultSchema)).messages;
    },
    async farewell() {
      await call({ type: 'page-report', items: [] }, PageReportResultSchema, true).catch(() => undefined);
    },
  };
}

function describe(message: unknown): string {
  return typeof message === 'object' && message !== null && 'type' in message
    ? String(message.type)
    : 'a message';
}
