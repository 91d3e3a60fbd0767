/**
 * Text the user selected and chose "Check this job ad" for, handed to the popup's check view. It goes
 * through storage.session (memory only, never synced or written to disk), never through a URL: an ad
 * may quote a phone number or a name, and URLs end up in history.
 */
import { z } from 'zod';

export const PENDING_CHECK_KEY = 'pending-check';
/** The popup's check view reads the pending text when opened with this hash. */
export const CHECK_VIEW_PATH = '/popup.html#check';
/** A pending text older than this is stale (the user never looked at the tab). */
export const PENDING_CHECK_TTL_MS = 10 * 60_000;

export const PendingCheckSchema = z.object({
  text: z.string().max(200_000),
  lang: z.string().optional(),
  at: z.number(),
});
export type PendingCheck = z.infer<typeof PendingCheckSchema>;

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export async function putPendingCheck(area: SessionArea, text: string, lang?: string): Promise<void> {
  const pending: PendingCheck = { text, lang, at: Date.now() };
  await area.set({ [PENDING_CHECK_KEY]: pending });
}

/** Reads and removes the pending text (so it is checked once); undefined if none, invalid or stale. */
export async function takePendingCheck(
  area: SessionArea,
  now = Date.now(),
): Promise<PendingCheck | undefined> {
  const stored = (await area.get(PENDING_CHECK_KEY))[PENDING_CHECK_KEY];
  if (stored === undefined) return undefined;
  await area.remove(PENDING_CHECK_KEY);
  const parsed = PendingCheckSchema.safeParse(stored);
  if (!parsed.success || now - parsed.data.at > PENDING_CHECK_TTL_MS) return undefined;
  return parsed.data;
}
