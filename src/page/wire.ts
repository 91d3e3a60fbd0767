/**
 * What the content script accepts from the background, as zod/mini schemas. The contract itself
 * (src/messaging/messages.ts, src/analysis/types.ts) is written with classic zod, whose chainable API
 * cannot be tree-shaken: importing any value from those files puts about 26 KB gzip of zod into the
 * content script, two thirds of its 40 KB budget. zod/mini parses the same shapes for a fraction of it.
 * The id lists are repeated here (type-checked against the contract with `satisfies`), and
 * tests/unit/page/wire.test.ts checks both ways that they match the contract exactly.
 */
import * as z from 'zod/mini';
import type { AdviceId, Category, Field, Level, Sensitivity, Strength } from '../analysis/types';
import { UI_LANGS } from '../i18n/keys';

// zod compiles an object schema's parser with `new Function` on its first parse. The content script parses
// each schema a handful of times per page, mostly once, so that code generation costs more than it saves
// (50-result batch in Chromium: 1.8-2.3 ms first parse without it, 2.1-3.0 ms with it).
z.config({ jitless: true });

export const WIRE_LEVELS = ['none', 'caution', 'high'] as const satisfies readonly Level[];
export const WIRE_STRENGTHS = ['strong', 'medium', 'weak'] as const satisfies readonly Strength[];
export const WIRE_FIELDS = ['text', 'title', 'salary', 'employer'] as const satisfies readonly Field[];
export const WIRE_SENSITIVITIES = [
  'cautious',
  'balanced',
  'strong-only',
] as const satisfies readonly Sensitivity[];
export const WIRE_CATEGORIES = [
  'targeted-appearance',
  'too-good',
  'high-pay-unskilled',
  'expenses-paid',
  'debt',
  'irregular-visa',
  'envelope-wages',
  'contract-on-arrival',
  'upfront-fee',
  'contact-only-mobile',
  'unlicensed-intermediary',
  'document-retention',
  'vague-duties',
  'urgency',
  'personal-data',
  'exploitative-conditions',
  'deferred-pay',
  'forced-criminality',
  'vulnerability',
  'work-abroad',
] as const satisfies readonly Category[];
export const WIRE_ADVICE_IDS = [
  'flag-ad-text',
  'flag-mobile-only',
  'flag-salary',
  'flag-envelope',
  'flag-visa',
  'flag-pay-later',
  'flag-intermediary',
  'flag-contract',
  'flag-cash',
  'rule-license',
  'rule-contract-language',
  'rule-work-visa',
  'rule-no-illegal-work',
  'rule-visa-period',
  'rule-learn-country',
  'rule-return-ticket',
  'rule-copies',
  'rule-passport',
  'rule-embassy',
  'rule-ngos',
  'tip-personal-data',
  'tip-details-in-person',
  'tip-conditions',
  'tip-urgency',
  'tip-forced-criminality',
] as const satisfies readonly AdviceId[];

const offset = z.int().check(z.nonnegative());

export const WireFindingSchema = z.object({
  rule: z.string(),
  category: z.enum(WIRE_CATEGORIES),
  strength: z.enum(WIRE_STRENGTHS),
  evidence: z.string(),
  start: offset,
  end: offset,
  field: z.optional(z.enum(WIRE_FIELDS)),
  advice: z.optional(z.enum(WIRE_ADVICE_IDS)),
});

export const WireAssessmentSchema = z.object({
  id: z.optional(z.union([z.string(), z.number()])),
  level: z.enum(WIRE_LEVELS),
  score: z.number(),
  lang: z.string(),
  checked: z.boolean(),
  partial: z.boolean(),
  findings: z.array(WireFindingSchema),
});

/** The answer to analyze-batch. */
export const WireBatchResultSchema = z.object({
  results: z.array(z.object({ key: z.string(), assessment: WireAssessmentSchema })),
});

/** The answer to get-messages. */
export const WireMessagesSchema = z.object({
  lang: z.enum(UI_LANGS),
  messages: z.record(z.string(), z.string()),
});

/** The popup's "scroll to ad" request. */
export const WireScrollToAdSchema = z.object({ type: z.literal('scroll-to-ad'), key: z.string() });
