/**
 * The content script's side of the messaging contract (src/messaging/messages.ts): it sends ads and the
 * page report, and parses every answer with zod (the zod/mini schemas of wire.ts), since a stale or broken background must not be able to
 * put arbitrary data on the page.
 */
import { browser } from 'wxt/browser';
import type { AdInput, Assessment } from '../analysis/types';
import type { PageItem } from '../messaging/messages';
import { WireBatchResultSchema, WireMessagesSchema } from './wire';

export interface KeyedAd {
  key: string;
  ad: AdInput;
}

export interface BackgroundClient {
  analyze(ads: KeyedAd[]): Promise<{ key: string; assessment: Assessment }[]>;
  report(url: string, items: PageItem[]): Promise<void>;
  messages(): Promise<Record<string, string>>;
}

export function runtimeClient(): BackgroundClient {
  return {
    async analyze(ads) {
      const answer: unknown = await browser.runtime.sendMessage({ type: 'analyze-batch', ads });
      return WireBatchResultSchema.parse(failOnError(answer)).results;
    },
    async report(url, items) {
      failOnError(await browser.runtime.sendMessage({ type: 'page-report', url, items }));
    },
    async messages() {
      const answer: unknown = await browser.runtime.sendMessage({ type: 'get-messages' });
      return WireMessagesSchema.parse(failOnError(answer)).messages;
    },
  };
}

/** The background answers `{ error }` when it rejects a message or a handler fails (router.ts). */
function failOnError(answer: unknown): unknown {
  if (typeof answer === 'object' && answer !== null && 'error' in answer) {
    throw new Error(`background: ${String(answer.error)}`);
  }
  return answer;
}
