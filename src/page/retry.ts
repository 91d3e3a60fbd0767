/**
 * Retries for messages whose answer got lost: Chrome stops an idle MV3 service worker, and a message
 * sent while it is stopping gets no answer ("The message port closed before a response was received",
 * "Receiving end does not exist"). The ads of such a batch would otherwise stay unmarked until the page
 * changes again.
 */

/** Waits between attempts: the worker restarts within a second or two. */
export const RETRY_DELAYS_MS = [300, 1_500, 6_000] as const;

/** An answer that did not come (or came unreadable): worth asking again. */
export class LostAnswerError extends Error {
  override name = 'LostAnswerError';
}

/**
 * Runs `attempt` until it succeeds, fails with an error that is not a LostAnswerError, `stop()` says to
 * give up (navigation, teardown), or the delays are used up; then throws the last error.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  opts: {
    stop(): boolean;
    delaysMs?: readonly number[];
    sleep?: (ms: number) => Promise<void>;
  },
): Promise<T> {
  const delays = opts.delaysMs ?? RETRY_DELAYS_MS;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof LostAnswerError) || i >= delays.length || opts.stop()) throw error;
      await sleep(delays[i] as number);
      if (opts.stop()) throw error;
    }
  }
}
