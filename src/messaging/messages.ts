/**
 * The contract, once: every shape that crosses a boundary between the content script, the background
 * and the extension pages (messages, the tab report), and the cap of every field; the ids they name
 * are in ids.ts.
 *
 * Written with zod/mini, zod's tree-shakable API, so the content script can import it: a few of these
 * schemas cost it a few KB, where classic zod's chainable API would bring about 26 KB gzip of its 40 KB
 * budget (tests/e2e/perf.test.ts). The background, the popup and classic-zod code (the pattern
 * catalogue's schemas in src/analysis/pattern-schema.ts) use the same objects: both APIs share zod's
 * core, so a zod/mini schema nests inside a classic one.
 *
 * Every string and array here has a cap. The caps of the ads a page sends follow the analyzer's own
 * limits and live with the messages the background accepts (background-messages.ts): this module must
 * not import the analyzer, or the popup and the options page would load it too (they share a chunk with
 * the background, and a static import of one constant brings its module along).
 */
import * as z from 'zod/mini';
import {
  type Level,
  AdviceIdSchema,
  CategorySchema,
  FieldSchema,
  LevelSchema,
  PAGE_LANGUAGES,
  StrengthSchema,
} from './ids';

// ---------------------------------------------------------------------------------------------------
// The caps.
// ---------------------------------------------------------------------------------------------------

export const LIMITS = {
  /** An ad's key, `<site>:<ad URL>` or `<site>:#<hash>` (src/page/keys.ts). */
  key: 200,
  url: 2_048,
  /** A tab's URL as the browser reports it (sender.url, not page data): stored with the tab's report. */
  pageUrl: 65_536,
  /** A BCP 47 tag is at most 35 characters. */
  lang: 35,
  /** A rule id, e.g. `ru.irregular-visa.tourist-visa`. */
  rule: 200,
  /**
   * A finding's quoted phrase and its offsets: generous bounds of the analyzer's output (a phrase of a
   * rule, in a text it reads at most 20,000 characters of), not its limits, which this module must not
   * import (see above).
   */
  evidence: 2_000,
  /** The phrase quoted around a finding's evidence: about 90 characters (src/analysis/phrases.ts), doubled. */
  phrase: 200,
  offset: 10_000_000,
  /** Findings of one assessment: the analyzer gives at most one per rule and field. */
  findings: 500,
  /**
   * Ads per analyze-batch message (src/page/controller.ts sends its first batch smaller). The background
   * takes turns between tabs per ad (src/background/analyzer.ts), so a big batch delays no other tab.
   */
  batch: 250,
  /** Ads in one page report: a 5,000-card infinite listing fits twice. */
  reportItems: 10_000,
  /** The title shown for an ad in the popup. */
  reportTitle: 200,
  /** A seal (src/background/seals.ts): base64url of a 128-bit HMAC. */
  seal: 64,
  /** A content script's report stream id (random, per page script). */
  stream: 64,
  /** Text pasted or selected for "check an ad" (the context menu cuts selections to this). */
  pastedText: 200_000,
  /** The in-page UI strings (get-messages): how many, and how long each. */
  messages: 2_000,
  message: 4_000,
} as const;

// The helpers are marked free of side effects (as zod marks its own functions), so a bundle keeps only the
// schemas it uses: the content script builds none of the popup's.
/** A string of at most `max` characters. */
/* @__NO_SIDE_EFFECTS__ */
export function text(max: number) {
  return z.string().check(z.maxLength(max));
}
/** An array of at most `max` items. */
/* @__NO_SIDE_EFFECTS__ */
export function list<T extends z.core.SomeType>(item: T, max: number) {
  return z.array(item).check(z.maxLength(max));
}
/** A whole number from 0 up (to `max`). */
/* @__NO_SIDE_EFFECTS__ */
function whole(max = Number.MAX_SAFE_INTEGER) {
  return z.int().check(z.nonnegative(), z.maximum(max));
}
const offset = whole(LIMITS.offset);
const Key = text(LIMITS.key);
const Seal = text(LIMITS.seal);
const TabId = whole();

// ---------------------------------------------------------------------------------------------------
// The analyzer's input and output.
// ---------------------------------------------------------------------------------------------------

export interface AdCaps {
  text: number;
  field: number;
  contacts: number;
  contact: number;
  url: number;
  lang: number;
}

/**
 * One ad's shape, uncapped (what the analyzer and its command line accept) or capped (what a page sends:
 * BoundedAdSchema in background-messages.ts). One definition for both.
 */
/* @__NO_SIDE_EFFECTS__ */
export function adInputSchema(caps?: AdCaps) {
  const str = (max: number | undefined) => (max === undefined ? z.string() : text(max));
  const contact = str(caps?.contact);
  return z.object({
    id: z.optional(z.union([str(caps ? LIMITS.key : undefined), z.number()])),
    text: str(caps?.text),
    title: z.optional(str(caps?.field)),
    salary: z.optional(str(caps?.field)),
    employer: z.optional(str(caps?.field)),
    location: z.optional(str(caps?.field)),
    /** Contacts shown outside the text (phone numbers, messenger links), when a site adapter sees them. */
    contacts: z.optional(caps ? list(contact, caps.contacts) : z.array(contact)),
    url: z.optional(str(caps?.url)),
    /** Language hint (BCP 47 primary subtag), e.g. from the page's <html lang>. */
    lang: z.optional(str(caps?.lang)),
  });
}

/**
 * One ad to analyze. Only `text` is required; the other fields improve the assessment when known. Any
 * length: the analyzer reads the first MAX_TEXT_LENGTH characters (`npm run analyze` takes any ad).
 */
export const AdInputSchema = adInputSchema();
export type AdInput = z.infer<typeof AdInputSchema>;

/**
 * The phrase of the ad around a finding's evidence, as the analyzer cut it while it had the text: so a
 * view that has only the assessment (the popup's list of a tab's ads: reports carry no ad text) still
 * quotes the ad's own clause rather than a rule's fragment of it.
 */
export const PhraseSchema = z.object({
  /** Where the phrase lies in the field: `source.slice(start, end) === text`. */
  start: offset,
  end: offset,
  text: text(LIMITS.phrase),
  /** The clause goes on before `start` / after `end` (the quote shows an ellipsis there). */
  cutStart: z.boolean(),
  cutEnd: z.boolean(),
});
export type QuotedPhrase = z.infer<typeof PhraseSchema>;

export const FindingSchema = z.object({
  rule: text(LIMITS.rule),
  category: CategorySchema,
  strength: StrengthSchema,
  /** The exact characters of the ad that triggered the rule: `source.slice(start, end)`. */
  evidence: text(LIMITS.evidence),
  start: offset,
  end: offset,
  /** The field `start`/`end` point into; omitted for `text`. */
  field: z.optional(FieldSchema),
  /** What to do about it (the rule's advice). The CLI omits it to keep its output contract. */
  advice: z.optional(AdviceIdSchema),
  /** The phrase to quote for it (absent only in assessments made before phrases were added). */
  phrase: z.optional(PhraseSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const AssessmentSchema = z.object({
  id: z.optional(z.union([Key, z.number()])),
  level: LevelSchema,
  score: z.number(),
  /** Detected language: ISO 639-1 code, or 'und' when unknown. */
  lang: text(LIMITS.lang),
  /**
   * Whether the analyzer read the text with its rules. `false` for a language it does not read (or a
   * text with no letters): then `level` is `none` but nothing was checked, and no one may show it as clear.
   */
  checked: z.boolean(),
  /** Only part of the text was read (it was longer than the analyzer's limit): a `none` vouches for less. */
  partial: z.boolean(),
  findings: list(FindingSchema, LIMITS.findings),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

// ---------------------------------------------------------------------------------------------------
// Messages. Each is parsed on receipt; the background also checks who sent it (router.ts).
// ---------------------------------------------------------------------------------------------------

/**
 * An assessment as the background hands it out: with the seal that lets the content script report it
 * back without being able to change it (src/background/seals.ts).
 */
export const SealedResultSchema = z.object({ key: Key, assessment: AssessmentSchema, seal: Seal });
export type SealedResult = z.infer<typeof SealedResultSchema>;
export const AnalyzeBatchResultSchema = z.object({ results: list(SealedResultSchema, LIMITS.batch) });

/**
 * Content script -> background: the ads the page shows now. Keys, titles and sealed assessments: no ad
 * text, so a 5,000-card page stays within a few MB. The page's URL is the sender's, never a field of the
 * message.
 *
 * A report is whole (no `base`: it replaces the tab's report) or a change to the report numbered `base`
 * of the same stream (the ads new or changed since, and the keys gone), so a long page that loads in
 * twenty batches sends each ad about once rather than in every report. A content script numbers its
 * reports (`seq`) under a random stream id of its own; the background answers `resend` when the tab's
 * report is not the one a change is based on (a report lost or refused, a restarted worker), and the
 * content script then sends the whole report.
 */
export const PageReportSchema = z.object({
  type: z.literal('page-report'),
  stream: z.optional(text(LIMITS.stream)),
  seq: z.optional(whole()),
  base: z.optional(whole()),
  items: list(
    z.object({
      key: Key,
      title: z.optional(text(LIMITS.reportTitle)),
      assessment: AssessmentSchema,
      seal: Seal,
    }),
    LIMITS.reportItems,
  ),
  removed: z.optional(list(Key, LIMITS.reportItems)),
});
export type PageReport = Omit<z.infer<typeof PageReportSchema>, 'type'>;
export type ReportedAd = z.infer<typeof PageReportSchema>['items'][number];

/**
 * The title a report carries for an ad: what was sent for analysis, cut to the report's cap, and none for
 * an ad with nothing to show (the popup lists the risky ones by title; for the rest it only counts).
 * The background seals the same title (src/background/seals.ts), so a report cannot rename an ad.
 */
export function reportTitle(title: string | undefined, level: Level): string | undefined {
  return title === undefined || level === 'none' ? undefined : title.slice(0, LIMITS.reportTitle);
}
/**
 * The answer: `rejected` lists ads whose seal did not hold (their results must be asked for again);
 * `resend` asks for the whole report instead of a change.
 */
export const PageReportResultSchema = z.object({
  ok: z.boolean(),
  rejected: z.optional(list(Key, LIMITS.reportItems)),
  resend: z.optional(z.boolean()),
});

/** One ad as the popup lists it under "This page". */
export const PageItemSchema = z.object({
  key: Key,
  title: z.optional(text(LIMITS.reportTitle)),
  /** The site's host name. */
  site: z.optional(text(LIMITS.url)),
  assessment: AssessmentSchema,
});
export type PageItem = z.infer<typeof PageItemSchema>;

/** Popup -> background: the report of a tab. */
export const GetTabReportSchema = z.object({ type: z.literal('get-tab-report'), tabId: TabId });
export const TabReportSchema = z.object({
  url: text(LIMITS.pageUrl),
  items: list(PageItemSchema, LIMITS.reportItems),
  highest: LevelSchema,
  /** The content script's report this is (PageReportSchema): later changes name it as their base. */
  stream: z.optional(text(LIMITS.stream)),
  seq: z.optional(whole()),
});
export type TabReport = z.infer<typeof TabReportSchema>;

/** Popup or context menu -> background: analyze a pasted or selected text. */
export const AnalyzeTextSchema = z.object({
  type: z.literal('analyze-text'),
  text: text(LIMITS.pastedText),
  lang: z.optional(text(LIMITS.lang)),
});

/** Popup -> content script: scroll to an ad and focus its badge (the answer: whether it could). */
export const ScrollToAdSchema = z.object({ type: z.literal('scroll-to-ad'), key: Key });

/** Popup -> background: check the current tab (any site) with the generic extractor, via activeTab. */
export const CheckTabSchema = z.object({ type: z.literal('check-tab'), tabId: TabId });

/**
 * Content script -> background: the in-page UI strings in the user's language (setting or browser).
 * The background reads public/_locales/<lang>/messages.json and returns the keys the page needs
 * (prefixes `page_`, `cat_`, `advice_`, `level_`), so no dictionary is bundled into the content script.
 */
export const GetMessagesSchema = z.object({ type: z.literal('get-messages') });
export const MessagesResultSchema = z.object({
  lang: z.enum(PAGE_LANGUAGES),
  messages: z
    .record(z.string().check(z.maxLength(LIMITS.rule)), text(LIMITS.message))
    .check(z.refine((m) => Object.keys(m).length <= LIMITS.messages, 'too many strings')),
});

/** The answer of the background when it rejects a message or a handler fails (router.ts). */
export const ErrorResultSchema = z.object({ error: text(LIMITS.message) });
