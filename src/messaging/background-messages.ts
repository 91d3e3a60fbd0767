/**
 * The messages the background accepts, and the caps of the ads a page sends in them, which follow the
 * analyzer's own limits: what it reads of a text and of each short field (src/analysis/engine.ts; the
 * analyzer may raise them, and these follow). Apart from messages.ts because it imports the analyzer:
 * only the background (which runs it anyway) and the content script (one bundle, where the import is
 * tree-shaken to the two numbers) use this module, never the popup or the options page.
 *
 * The content script cuts what it extracts to AD_LIMITS before it sends anything (src/page/bounds.ts):
 * a page with a megabyte of "phone number" in a tel: link cannot make the background spend seconds on
 * it, and a message over a cap is the sender's bug or an attack, rejected whole by the router.
 */
import * as z from 'zod/mini';
import { MAX_FIELD_LENGTH, MAX_TEXT_LENGTH } from '../analysis/limits';
import {
  AnalyzeTextSchema,
  CheckTabSchema,
  GetMessagesSchema,
  GetTabReportSchema,
  LIMITS,
  PageReportSchema,
  adInputSchema,
  list,
  text,
  type AdCaps,
} from './messages';

export const AD_LIMITS = {
  /**
   * An ad's text: one character more than the analyzer reads, so a longer text cut to this still reads
   * as longer (`partial`) and the badge never vouches for the part nobody read.
   */
  text: MAX_TEXT_LENGTH + 1,
  /** Title, salary, employer, location: the analyzer reads this much of each. */
  field: MAX_FIELD_LENGTH,
  /** Contacts shown beside an ad (tel:, mailto:, messenger links): a real ad shows a handful. */
  contacts: 20,
  /** One contact: a phone number or a messenger link is far shorter; a longer one is not a contact. */
  contact: 100,
  url: LIMITS.url,
  lang: LIMITS.lang,
} as const satisfies AdCaps;

/** An ad as a page sends it: every field capped (src/page/bounds.ts cuts extracted ads to this). */
export const BoundedAdSchema = adInputSchema(AD_LIMITS);

/** Content script -> background: analyze these ads (a batch from one page). */
export const AnalyzeBatchSchema = z.object({
  type: z.literal('analyze-batch'),
  ads: list(z.object({ key: text(LIMITS.key), ad: BoundedAdSchema }), LIMITS.batch),
});

export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  GetMessagesSchema,
  AnalyzeBatchSchema,
  PageReportSchema,
  GetTabReportSchema,
  AnalyzeTextSchema,
  CheckTabSchema,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
