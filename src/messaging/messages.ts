/**
 * Messages between the content script, the background and the popup. Every message is parsed with zod
 * on receipt (src/messaging/ and the handlers), so a page or a stale script cannot send anything else.
 */
import { z } from 'zod';
import { AdInputSchema, AssessmentSchema, LevelSchema } from '../analysis/types';
import { UI_LANGS } from '../i18n/keys';

/** Content script -> background: analyze these ads (a batch from one page). */
export const AnalyzeBatchSchema = z.object({
  type: z.literal('analyze-batch'),
  ads: z.array(z.object({ key: z.string().max(200), ad: AdInputSchema })).max(200),
});
export const AnalyzeBatchResultSchema = z.object({
  results: z.array(z.object({ key: z.string(), assessment: AssessmentSchema })),
});

/** One ad as the popup lists it under "This page". */
export const PageItemSchema = z.object({
  key: z.string(),
  title: z.string().optional(),
  site: z.string().optional(),
  assessment: AssessmentSchema,
  /** The text the findings' offsets point into (trimmed), so the popup can quote and highlight. */
  text: z.string(),
});
export type PageItem = z.infer<typeof PageItemSchema>;

/** Content script -> background: what the page shows now (replaces the previous report for the tab). */
export const PageReportSchema = z.object({
  type: z.literal('page-report'),
  url: z.string(),
  items: z.array(PageItemSchema).max(2000),
});

/** Popup -> background: the report of a tab. */
export const GetTabReportSchema = z.object({ type: z.literal('get-tab-report'), tabId: z.number().int() });
export const TabReportSchema = z.object({
  url: z.string(),
  items: z.array(PageItemSchema),
  highest: LevelSchema,
});
export type TabReport = z.infer<typeof TabReportSchema>;

/** Popup or context menu -> background: analyze a pasted or selected text. */
export const AnalyzeTextSchema = z.object({
  type: z.literal('analyze-text'),
  text: z.string().max(200_000),
  lang: z.string().optional(),
});

/** Popup -> content script: scroll to an ad and focus its badge. */
export const ScrollToAdSchema = z.object({ type: z.literal('scroll-to-ad'), key: z.string() });

/** Popup -> background: check the current tab (any site) with the generic extractor, via activeTab. */
export const CheckTabSchema = z.object({ type: z.literal('check-tab'), tabId: z.number().int() });

/**
 * Content script -> background: the in-page UI strings in the user's language (setting or browser).
 * The background reads public/_locales/<lang>/messages.json and returns the keys the page needs
 * (prefixes `page_`, `cat_`, `advice_`, `level_`), so no dictionary is bundled into the content script.
 */
export const GetMessagesSchema = z.object({ type: z.literal('get-messages') });
export const MessagesResultSchema = z.object({
  lang: z.enum(UI_LANGS),
  messages: z.record(z.string(), z.string()),
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
