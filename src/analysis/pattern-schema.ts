/**
 * Schemas of the pattern catalogue: the YAML source files in patterns/ (validated by the build step,
 * scripts/build-patterns.ts) and the compiled catalogue the engine loads (src/analysis/compiled/).
 * See docs/patterns.md for the rule format and the match-expression language.
 */
import { z } from 'zod';
import { SalaryReferenceSchema } from './salary-schema';
import { AdviceIdSchema, CategorySchema, StrengthSchema } from './types';

const RULE_ID = /^(ru|en)\.[a-z0-9-]+\.[a-z0-9-]+$/;

export const ExplanationSchema = z.object({ ru: z.string().min(1), en: z.string().min(1) });
export type Explanation = z.infer<typeof ExplanationSchema>;

/** One rule as written in patterns/<lang>/<category>.yaml. */
export const SourceRuleSchema = z
  .object({
    id: z.string().regex(RULE_ID, 'id must look like <lang>.<category>.<name> (lower case, digits, -)'),
    category: CategorySchema,
    strength: StrengthSchema,
    lang: z.enum(['ru', 'en']),
    advice: AdviceIdSchema,
    source: z.string().min(1),
    explanation: ExplanationSchema,
    match: z.array(z.string().min(1)).min(1),
    unless: z.array(z.string().min(1)).optional(),
    examples: z.object({
      match: z.array(z.string().min(1)).min(1),
      no_match: z.array(z.string().min(1)).min(1),
    }),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (!rule.id.startsWith(`${rule.lang}.`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with its lang "${rule.lang}."` });
    }
    if (rule.id.split('.')[1] !== rule.category) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id's middle part must be its category "${rule.category}"`,
      });
    }
  });
export type SourceRule = z.infer<typeof SourceRuleSchema>;
export const SourceFileSchema = z.array(SourceRuleSchema);

/**
 * A compiled match expression: a RegExp source over normalized text (flags `gu`) and the words that
 * must occur for it to possibly match (the prefilter trigger: exact words and word prefixes).
 */
export const CompiledExprSchema = z.object({
  source: z.string(),
  trigger: z.object({ words: z.array(z.string()), prefixes: z.array(z.string()) }),
  /**
   * The expression itself contains a negator ("опыт не требуется", "no experience"). Otherwise a negator
   * inside a match (in a `~N` gap: "перелёт оплачиваем и НЕ вычитаем") cancels it, like one before it.
   */
  ownNegator: z.boolean(),
});
export type CompiledExpr = z.infer<typeof CompiledExprSchema>;

export const CompiledRuleSchema = z.object({
  id: z.string(),
  category: CategorySchema,
  strength: StrengthSchema,
  lang: z.enum(['ru', 'en']),
  advice: AdviceIdSchema,
  source: z.string(),
  explanation: ExplanationSchema,
  match: z.array(CompiledExprSchema),
  unless: z.array(z.string()),
  examples: z.object({ match: z.array(z.string()), no_match: z.array(z.string()) }),
});
export type CompiledRule = z.infer<typeof CompiledRuleSchema>;

// The salary reference has its own schema file; re-exported so existing imports keep working.
export { SalaryReferenceSchema, type SalaryReference } from './salary-schema';

/** Engine-level rules that are computed rather than matched (salary, contacts). */
export const BuiltinRuleSchema = z
  .object({
    id: z.string(),
    category: CategorySchema,
    strength: StrengthSchema,
    advice: AdviceIdSchema,
    source: z.string(),
    explanation: ExplanationSchema,
  })
  .strict();
export type BuiltinRule = z.infer<typeof BuiltinRuleSchema>;

/** Cue lists of the general negation / warning mechanism (src/analysis/data/cues.yaml). */
export const CuesSourceSchema = z
  .object({
    negators: z.object({ ru: z.array(z.string()), en: z.array(z.string()) }),
    clause_breaks: z.object({ ru: z.array(z.string()), en: z.array(z.string()) }),
    warnings: z.object({ ru: z.array(z.string()), en: z.array(z.string()) }),
    no_skills: z.object({ ru: z.array(z.string()), en: z.array(z.string()) }),
    company: z.object({ ru: z.array(z.string()), en: z.array(z.string()) }),
    messengers: z.array(z.string()),
    builtins: z.array(BuiltinRuleSchema),
  })
  .strict();
export type CuesSource = z.infer<typeof CuesSourceSchema>;

const ByLang = <T extends z.ZodType>(t: T) => z.object({ ru: t, en: t });

export const CompiledCatalogueSchema = z.object({
  version: z.literal(1),
  rules: z.array(CompiledRuleSchema),
  cues: z.object({
    negators: ByLang(z.array(z.string())),
    clauseBreaks: ByLang(z.array(z.string())),
    warnings: ByLang(z.array(z.string())),
    noSkills: ByLang(z.array(z.string())),
    company: ByLang(z.array(z.string())),
    messengers: z.array(z.string()),
  }),
  builtins: z.array(BuiltinRuleSchema),
  salary: SalaryReferenceSchema,
});
export type CompiledCatalogue = z.infer<typeof CompiledCatalogueSchema>;
