/**
 * Schemas of the pattern catalogue: the YAML sources in patterns/ (validated by the build step,
 * scripts/build-patterns.ts) and the compiled catalogue the engine loads (src/analysis/compiled/).
 * See docs/patterns.md for the rule format and the match-expression language.
 *
 *   patterns/languages.yaml       detection cues and translit tables, per language (src/languages/table.ts)
 *   patterns/places.yaml          countries and cities, named in each language (lists @place-XX, @abroad)
 *   patterns/<lang>/lists.yaml    named word lists shared by that language's rules
 *   patterns/<lang>/cues.yaml     negators, clause breaks, warning cues, "no skills" and company cues
 *   patterns/<lang>/<cat>.yaml    the rules of one risk category
 *   patterns/engine.yaml          messenger cues and the engine's computed rules
 *   patterns/salary-reference.yaml  reference pay for unskilled work
 */
import { z } from 'zod';
import { unpackCatalogue } from './catalogue-pack';
import { CHECKED_LANGS, LANGUAGE_CODES, type CheckedLang } from '../languages/table';
import { SalaryReferenceSchema } from './salary-schema';
import { AdviceIdSchema, CategorySchema, StrengthSchema } from './types';

const LANG_ALT = CHECKED_LANGS.join('|');
const RULE_ID = new RegExp(`^(${LANG_ALT})\\.[a-z0-9-]+\\.[a-z0-9-]+$`);
export const CheckedLangSchema = z.enum(CHECKED_LANGS as unknown as [CheckedLang, ...CheckedLang[]]);

/** A record with one entry per checked language: a language without its entry fails the build. */
export const ByLang = <T extends z.ZodType>(t: T) =>
  z.object(Object.fromEntries(CHECKED_LANGS.map((l) => [l, t])) as Record<CheckedLang, T>);

/** What a finding says, in every interface language. */
export const ExplanationSchema = z.object({
  ru: z.string().min(1),
  en: z.string().min(1),
  uk: z.string().min(1).optional(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

/** Most sentences a ` & ` matcher may span. */
const MAX_WITHIN = 3;

/** One rule as written in patterns/<lang>/<category>.yaml. */
export const SourceRuleSchema = z
  .object({
    id: z.string().regex(RULE_ID, 'id must look like <lang>.<category>.<name> (lower case, digits, -)'),
    category: CategorySchema,
    strength: StrengthSchema,
    lang: CheckedLangSchema,
    advice: AdviceIdSchema,
    source: z.string().min(1),
    explanation: ExplanationSchema,
    /** Matchers: an expression, or expressions joined by " & " (same sentence, any order). */
    match: z.array(z.string().min(1)).min(1),
    /** A " & " matcher's parts may lie in this many neighbouring sentences (default 1: one sentence). */
    within: z.number().int().min(1).max(MAX_WITHIN).optional(),
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

/** patterns/<lang>/lists.yaml: list name -> member expressions. */
export const ListsSourceSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*$/, 'a list name is lower case letters, digits and -'),
  z.array(z.string().min(1)).min(1),
);

/** patterns/places.yaml: ISO 3166 code -> names per language (each also matches its flag, "flagxx"). */
export const PlacesSourceSchema = z.record(
  z.string().regex(/^[A-Z]{2}$/, 'a place key is an ISO 3166-1 alpha-2 code'),
  z
    .object(
      Object.fromEntries(CHECKED_LANGS.map((l) => [l, z.array(z.string().min(1)).min(1)])) as Record<
        CheckedLang,
        z.ZodArray<z.ZodString>
      >,
    )
    .strict(),
);
export type PlacesSource = z.infer<typeof PlacesSourceSchema>;

/** patterns/<lang>/cues.yaml: the word lists of the engine's general mechanisms, for one language. */
export const LangCuesSourceSchema = z
  .object({
    /** A match after one of these in its clause does not count ("мы НЕ берём оплату"). */
    negators: z.array(z.string().min(1)).min(1),
    /** Words that start a new clause: a negator before them does not reach past them. */
    clause_breaks: z.array(z.string().min(1)),
    /** A sentence with one of these warns; what it names is not offered (expressions). */
    warnings: z.array(z.string().min(1)),
    /**
     * Expressions that open a warning passage: the rest of the paragraph (or the list after a colon)
     * lists what to beware of ("Признаки фейковой вакансии:", "Red flags to watch for:").
     */
    warning_headers: z.array(z.string().min(1)),
    /**
     * Signs of a text that warns about lures instead of offering a job (an NGO leaflet, a police news
     * item, a tips article, an embassy notice), by kind: when the text shows ADVISORY_KINDS kinds, it
     * is advice, and the lure phrases it quotes are no finding.
     */
    advisory: z.record(z.string().regex(/^[a-z][a-z-]*$/), z.array(z.string().min(1)).min(1)).optional(),
    /**
     * Lawful safeguards the ad states outright, by kind (the passport stays with the worker, no fee is
     * charged, the contract is signed before departure, a licence or register number): with
     * SAFEGUARD_KINDS kinds, the level is one step lower (src/analysis/scoring.ts).
     */
    safeguards: z.record(z.string().regex(/^[a-z][a-z-]*$/), z.array(z.string().min(1)).min(1)).optional(),
    /** The ad says the job needs no skills or experience (for the salary check). */
    no_skills: z.array(z.string().min(1)),
    /** The ad names a company, an office or an address (for the mobile-only check). */
    company: z.array(z.string().min(1)),
  })
  .strict();
export type LangCuesSource = z.infer<typeof LangCuesSourceSchema>;

/** A translit scheme: Latin letter groups and the Cyrillic letters they may stand for, longest first. */
export const TranslitSchema = z
  .object({
    /** Common words of the language typed in Latin letters: the cue that a Latin text is translit. */
    words: z.array(z.string().min(1)).min(1),
    /** Latin group -> Cyrillic readings, the usual one first ("j": ["ж", "й"]). */
    letters: z.record(z.string().min(1), z.array(z.string()).min(1)),
  })
  .strict();

/**
 * How a neighbour language's keyboard and spelling write this language's words: surzhyk writes Russian
 * words in Ukrainian letters ("оформлєніє", "дєлаєм", "мужчіни"). Letters (or groups) -> the readings
 * to try, the usual one first; a letter not listed reads as itself.
 */
export const RespellSchema = z
  .object({
    /** The language whose spelling is read back (its letters mark the words to try). */
    from: z.enum(LANGUAGE_CODES as unknown as [string, ...string[]]),
    letters: z.record(z.string().min(1), z.array(z.string()).min(1)),
  })
  .strict();

/** patterns/languages.yaml: detection cues of every language in the language table. */
export const LanguagesSourceSchema = z.record(
  z.enum(LANGUAGE_CODES as unknown as [string, ...string[]]),
  z
    .object({
      /** Letters that mark the language among its script's languages. */
      letters: z.string().optional(),
      /** Its most common words (function words): positive evidence of the language. */
      words: z.array(z.string().min(1)).min(5),
      /**
       * Its words that Russian or Ukrainian typed in Latin letters writes alike ("bez", "robota"): beside
       * this language's evidence they are no evidence of translit (src/analysis/lang.ts).
       */
      alike: z.array(z.string().min(1)).optional(),
      translit: TranslitSchema.optional(),
      respell: RespellSchema.optional(),
    })
    .strict(),
);
export type LanguagesSource = z.infer<typeof LanguagesSourceSchema>;

/**
 * A compiled match expression: a RegExp source over normalized text (flag `g`) and the words that must
 * occur for it to possibly match (the prefilter trigger: exact words and word prefixes).
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

/** A matcher: its parts must all match (one part: a plain expression) within `within` sentences. */
export const CompiledMatcherSchema = z.object({
  parts: z.array(CompiledExprSchema).min(1),
  /** Index of the part whose trigger is the prefilter's (its rarest). */
  lead: z.number().int().nonnegative(),
  within: z.number().int().min(1),
});
export type CompiledMatcher = z.infer<typeof CompiledMatcherSchema>;

export const CompiledRuleSchema = z.object({
  id: z.string(),
  category: CategorySchema,
  strength: StrengthSchema,
  lang: CheckedLangSchema,
  advice: AdviceIdSchema,
  source: z.string(),
  explanation: ExplanationSchema,
  match: z.array(CompiledMatcherSchema),
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

/** patterns/engine.yaml: cues shared by every language, and the computed rules. */
export const EngineSourceSchema = z
  .object({
    messengers: z.array(z.string()),
    builtins: z.array(BuiltinRuleSchema),
  })
  .strict();
export type EngineSource = z.infer<typeof EngineSourceSchema>;

/** A compiled cue with its prefilter trigger: the RegExp runs only when a trigger word occurs. */
export const CompiledCueSchema = z.object({
  source: z.string(),
  trigger: z.object({ words: z.array(z.string()), prefixes: z.array(z.string()) }),
});
export type CompiledCue = z.infer<typeof CompiledCueSchema>;

const CompiledLangCuesSchema = z.object({
  negators: z.array(z.string()),
  clauseBreaks: z.array(z.string()),
  warnings: z.array(z.string()),
  warningHeaders: z.array(z.string()),
  /** Advisory cues, one list of expression sources per kind. */
  advisory: z.array(z.array(CompiledCueSchema)),
  /** Safeguard cues, one list of expression sources per kind. */
  safeguards: z.array(z.array(CompiledCueSchema)),
  noSkills: z.array(z.string()),
  company: z.array(z.string()),
});

/** What detection and translit need of a language, compiled. */
const CompiledLanguageSchema = z.object({
  letters: z.string(),
  words: z.array(z.string()),
  alike: z.array(z.string()).optional(),
  translit: TranslitSchema.optional(),
  respell: RespellSchema.optional(),
});

/**
 * The compiled catalogue. Its file is packed (catalogue-pack.ts: recurring regex groups stored once), and
 * the schema unpacks it first, so whoever parses the file gets the full sources.
 */
export const CompiledCatalogueSchema = z.preprocess(
  unpackCatalogue,
  z.object({
    version: z.literal(2),
    rules: z.array(CompiledRuleSchema),
    cues: ByLang(CompiledLangCuesSchema),
    messengers: z.array(z.string()),
    /** Per checked language: every word form the catalogue knows, space-separated (the lexicon). */
    vocab: ByLang(z.string()),
    /** Per checked language: place-name expression sources by ISO code (which countries an ad names). */
    places: ByLang(z.record(z.string(), CompiledCueSchema)),
    languages: z.record(z.string(), CompiledLanguageSchema),
    builtins: z.array(BuiltinRuleSchema),
    salary: SalaryReferenceSchema,
  }),
);
export type CompiledCatalogue = z.infer<typeof CompiledCatalogueSchema>;
