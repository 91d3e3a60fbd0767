/**
 * Validates the pattern sources with zod and compiles them into the catalogue the engine loads.
 * Used by scripts/build-patterns.ts and by tests (which compile small inline rule sets).
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { compileExpression, DslError } from '../../src/analysis/dsl';
import {
  CuesSourceSchema,
  SourceFileSchema,
  type CompiledCatalogue,
  type CompiledRule,
  type CuesSource,
} from '../../src/analysis/pattern-schema';
import { compileSalary, SalarySourceSchema } from '../../src/analysis/salary-schema';
import { expandWord, initMorphology } from './morph';

export interface SourceText {
  /** Shown in error messages: the path relative to the repository. */
  file: string;
  text: string;
}

/** One problem in the pattern sources: which file, which rule, and why. */
export interface PatternProblem {
  file: string;
  rule?: string;
  reason: string;
}

export class PatternBuildError extends Error {
  constructor(readonly problems: PatternProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export function formatProblem(p: PatternProblem): string {
  return `${p.file}${p.rule ? ` [${p.rule}]` : ''}: ${p.reason}`;
}

function zodReason(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

function parseYamlText(src: SourceText, problems: PatternProblem[]): unknown {
  try {
    return parseYaml(src.text);
  } catch (e) {
    problems.push({ file: src.file, reason: `invalid YAML: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function compileList(
  exprs: readonly string[],
  lang: 'ru' | 'en',
  where: Omit<PatternProblem, 'reason'>,
  problems: PatternProblem[],
) {
  const out: string[] = [];
  for (const e of exprs) {
    try {
      out.push(compileExpression(e, lang, expandWord).source);
    } catch (err) {
      problems.push({ ...where, reason: `expression "${e}": ${(err as Error).message}` });
    }
  }
  return out;
}

/** Does the expression use one of the language's negators as a word of its own? */
function hasOwnNegator(expr: string, negators: ReadonlySet<string>): boolean {
  return expr
    .split(/\s+/)
    .flatMap((token) => token.replace(/\?$/, '').split('|'))
    .some((alt) => negators.has(alt.replace(/^=/, '').toLowerCase()));
}

function compileRules(
  sources: readonly SourceText[],
  negators: Record<'ru' | 'en', ReadonlySet<string>>,
  problems: PatternProblem[],
): CompiledRule[] {
  const rules: CompiledRule[] = [];
  const seen = new Map<string, string>();
  for (const src of sources) {
    const data = parseYamlText(src, problems);
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      problems.push({ file: src.file, reason: 'a pattern file must be a YAML list of rules' });
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const id = typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : `#${index + 1}`;
      const parsed = SourceFileSchema.element.safeParse(raw);
      if (!parsed.success) {
        problems.push({ file: src.file, rule: id, reason: zodReason(parsed.error) });
        return;
      }
      const rule = parsed.data;
      const dirLang = /(?:^|\/)(ru|en)\//.exec(src.file)?.[1];
      if (dirLang && dirLang !== rule.lang) {
        problems.push({ file: src.file, rule: id, reason: `lang "${rule.lang}" in a ${dirLang}/ file` });
      }
      const other = seen.get(rule.id);
      if (other) problems.push({ file: src.file, rule: id, reason: `duplicate id (also in ${other})` });
      seen.set(rule.id, src.file);
      const where = { file: src.file, rule: id };
      const match = [];
      for (const expr of rule.match) {
        try {
          match.push({
            ...compileExpression(expr, rule.lang, expandWord),
            ownNegator: hasOwnNegator(expr, negators[rule.lang]),
          });
        } catch (err) {
          const reason = err instanceof DslError || err instanceof SyntaxError ? err.message : String(err);
          problems.push({ ...where, reason: `match "${expr}": ${reason}` });
        }
      }
      const unless = compileList(rule.unless ?? [], rule.lang, where, problems);
      rules.push({
        id: rule.id,
        category: rule.category,
        strength: rule.strength,
        lang: rule.lang,
        advice: rule.advice,
        source: rule.source,
        explanation: rule.explanation,
        match,
        unless,
        examples: rule.examples,
      });
    });
  }
  return rules;
}

function compileCues(cues: CuesSource, file: string, problems: PatternProblem[]): CompiledCatalogue['cues'] {
  const byLang = (lists: { ru: string[]; en: string[] }, what: string) => ({
    ru: compileList(lists.ru, 'ru', { file, rule: `${what}.ru` }, problems),
    en: compileList(lists.en, 'en', { file, rule: `${what}.en` }, problems),
  });
  const fold = (l: { ru: string[]; en: string[] }) => ({
    ru: l.ru.map((w) => w.toLowerCase()),
    en: l.en.map((w) => w.toLowerCase()),
  });
  return {
    negators: fold(cues.negators),
    clauseBreaks: fold(cues.clause_breaks),
    warnings: byLang(cues.warnings, 'warnings'),
    noSkills: byLang(cues.no_skills, 'no_skills'),
    company: byLang(cues.company, 'company'),
    messengers: compileList(cues.messengers, 'ru', { file, rule: 'messengers' }, problems),
  };
}

export interface CatalogueSources {
  rules: readonly SourceText[];
  cues: SourceText;
  salary: SourceText;
}

/** Compiles everything, or throws a PatternBuildError listing every problem found. */
export async function compileCatalogue(sources: CatalogueSources): Promise<CompiledCatalogue> {
  await initMorphology();
  const problems: PatternProblem[] = [];
  const cuesRaw = CuesSourceSchema.safeParse(parseYamlText(sources.cues, problems));
  const negators = {
    ru: new Set(cuesRaw.success ? cuesRaw.data.negators.ru : []),
    en: new Set(cuesRaw.success ? cuesRaw.data.negators.en : []),
  };
  const rules = compileRules(sources.rules, negators, problems);

  const salaryRaw = SalarySourceSchema.safeParse(parseYamlText(sources.salary, problems));
  if (!cuesRaw.success) problems.push({ file: sources.cues.file, reason: zodReason(cuesRaw.error) });
  if (!salaryRaw.success) problems.push({ file: sources.salary.file, reason: zodReason(salaryRaw.error) });
  if (!cuesRaw.success || !salaryRaw.success) throw new PatternBuildError(problems);
  const cues = compileCues(cuesRaw.data, sources.cues.file, problems);
  if (problems.length > 0) throw new PatternBuildError(problems);
  return { version: 1, rules, cues, builtins: cuesRaw.data.builtins, salary: compileSalary(salaryRaw.data) };
}
