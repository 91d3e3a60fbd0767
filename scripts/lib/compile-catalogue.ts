/**
 * Validates the pattern sources with zod and compiles them into the catalogue the engine loads, then
 * runs every rule's own examples through the compiled engine (a rule whose examples fail fails the
 * build). Used by scripts/build-patterns.ts and by tests (which compile small inline rule sets).
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  compileExpression,
  DslError,
  expressionTriggerScore,
  splitMatcher,
  type CompileContext,
  type CompiledExpression,
} from '../../src/analysis/dsl';
import { prepareCatalogue } from '../../src/analysis/catalogue';
import { Analyzer } from '../../src/analysis/engine';
import {
  EngineSourceSchema,
  LangCuesSourceSchema,
  LanguagesSourceSchema,
  ListsSourceSchema,
  PlacesSourceSchema,
  SourceFileSchema,
  type CompiledCatalogue,
  type CompiledCue,
  type CompiledMatcher,
  type CompiledRule,
  type LangCuesSource,
  type PlacesSource,
} from '../../src/analysis/pattern-schema';
import { CHECKED_LANGS, LANGUAGES, type CheckedLang } from '../../src/languages/table';
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

function parseWith<T>(
  schema: z.ZodType<T>,
  src: SourceText | undefined,
  problems: PatternProblem[],
): T | undefined {
  if (!src) return undefined;
  const raw = parseYamlText(src, problems);
  if (raw === undefined && problems.some((p) => p.file === src.file)) return undefined;
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) {
    problems.push({ file: src.file, reason: zodReason(parsed.error) });
    return undefined;
  }
  return parsed.data;
}

/** Per language: its rule files, cues and lists. */
export interface LangSources {
  rules: readonly SourceText[];
  cues: SourceText;
  lists?: SourceText;
}

export interface CatalogueSources {
  langs: Partial<Record<CheckedLang, LangSources>>;
  languages: SourceText;
  places: SourceText;
  engine: SourceText;
  salary: SourceText;
}

/** The place lists every language gets: @place-xx per country, @place (any), @abroad-place (not home). */
function placeLists(places: PlacesSource, lang: CheckedLang): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const home = LANGUAGES[lang].country;
  const all: string[] = [];
  const abroad: string[] = [];
  for (const [code, names] of Object.entries(places)) {
    const name = `place-${code.toLowerCase()}`;
    lists.set(name, [...names[lang], `=flag${code.toLowerCase()}`]);
    all.push(`@${name}`);
    if (code !== home) abroad.push(`@${name}`);
  }
  lists.set('place', all);
  lists.set('abroad-place', abroad);
  return lists;
}

class LangCompiler {
  readonly ctx: CompileContext;
  readonly vocab = new Set<string>();

  constructor(
    readonly lang: CheckedLang,
    lists: ReadonlyMap<string, readonly string[]>,
    private readonly negators: ReadonlySet<string>,
  ) {
    this.ctx = { lang, expand: expandWord, lists };
  }

  expression(expr: string): CompiledExpression {
    const c = compileExpression(expr, this.lang, this.ctx);
    for (const v of c.vocab) this.vocab.add(v);
    return c;
  }

  /** An expression or a ` & ` matcher. */
  matcher(text: string, within: number): CompiledMatcher {
    const parts = splitMatcher(text).map((p) => {
      const c = this.expression(p);
      return {
        source: c.source,
        trigger: c.trigger,
        ownNegator: c.written.some((w) => this.negators.has(w)),
        score: expressionTriggerScore(c),
      };
    });
    let lead = 0;
    parts.forEach((p, i) => {
      if (p.score > (parts[lead]?.score ?? -1)) lead = i;
    });
    return {
      parts: parts.map(({ source, trigger, ownNegator }) => ({ source, trigger, ownNegator })),
      lead,
      within: parts.length > 1 ? within : 1,
    };
  }

  /** An expression with its trigger, for the engine's prefiltered cues. */
  cue(expr: string): CompiledCue {
    const c = this.expression(expr);
    return { source: c.source, trigger: c.trigger };
  }

  /** Expressions of a cue list, each problem named. */
  list(
    exprs: readonly string[],
    where: Omit<PatternProblem, 'reason'>,
    problems: PatternProblem[],
  ): string[] {
    const out: string[] = [];
    for (const e of exprs) {
      try {
        out.push(this.expression(e).source);
      } catch (err) {
        problems.push({ ...where, reason: `expression "${e}": ${(err as Error).message}` });
      }
    }
    return out;
  }
}

function compileRules(
  sources: readonly SourceText[],
  lang: CheckedLang,
  compiler: LangCompiler,
  seen: Map<string, string>,
  problems: PatternProblem[],
): CompiledRule[] {
  const rules: CompiledRule[] = [];
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
      if (rule.lang !== lang) {
        problems.push({ file: src.file, rule: id, reason: `lang "${rule.lang}" in a ${lang}/ file` });
        return;
      }
      const other = seen.get(rule.id);
      if (other) problems.push({ file: src.file, rule: id, reason: `duplicate id (also in ${other})` });
      seen.set(rule.id, src.file);
      const where = { file: src.file, rule: id };
      const match: CompiledMatcher[] = [];
      for (const expr of rule.match) {
        try {
          match.push(compiler.matcher(expr, rule.within ?? 1));
        } catch (err) {
          const reason = err instanceof DslError || err instanceof SyntaxError ? err.message : String(err);
          problems.push({ ...where, reason: `match "${expr}": ${reason}` });
        }
      }
      const unless = compiler.list(rule.unless ?? [], where, problems);
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

function compileCues(
  cues: LangCuesSource,
  compiler: LangCompiler,
  file: string,
  problems: PatternProblem[],
): CompiledCatalogue['cues'][CheckedLang] {
  const fold = (words: readonly string[]) => words.map((w) => w.toLowerCase());
  const byKind = (name: string, source: Record<string, string[]> | undefined) =>
    Object.entries(source ?? {}).map(([kind, exprs]) =>
      exprs.flatMap((e) => {
        try {
          return [compiler.cue(e)];
        } catch (err) {
          problems.push({
            file,
            rule: `${name}.${kind}`,
            reason: `expression "${e}": ${(err as Error).message}`,
          });
          return [];
        }
      }),
    );
  return {
    negators: fold(cues.negators),
    clauseBreaks: fold(cues.clause_breaks),
    warnings: compiler.list(cues.warnings, { file, rule: 'warnings' }, problems),
    warningHeaders: compiler.list(cues.warning_headers, { file, rule: 'warning_headers' }, problems),
    advisory: byKind('advisory', cues.advisory),
    safeguards: byKind('safeguards', cues.safeguards),
    noSkills: compiler.list(cues.no_skills, { file, rule: 'no_skills' }, problems),
    company: compiler.list(cues.company, { file, rule: 'company' }, problems),
  };
}

/** Runs each rule's examples through the compiled engine: `match` ones must find it, the others not. */
async function checkExamples(
  catalogue: CompiledCatalogue,
  files: Map<string, string>,
): Promise<PatternProblem[]> {
  const analyzer = new Analyzer(prepareCatalogue(catalogue));
  const problems: PatternProblem[] = [];
  for (const rule of catalogue.rules) {
    const file = files.get(rule.id) ?? 'patterns';
    for (const [text, wanted] of [
      ...rule.examples.match.map((t) => [t, true] as const),
      ...rule.examples.no_match.map((t) => [t, false] as const),
    ]) {
      const a = await analyzer.analyze({ text, lang: rule.lang });
      const found = a.findings.some((f) => f.rule === rule.id);
      if (found !== wanted) {
        problems.push({
          file,
          rule: rule.id,
          reason: `example ${wanted ? 'does not match' : 'matches but must not'}: "${text}"`,
        });
      }
    }
  }
  return problems;
}

/** Compiles everything, or throws a PatternBuildError listing every problem found. */
export async function compileCatalogue(
  sources: CatalogueSources,
  options: { checkExamples?: boolean } = {},
): Promise<CompiledCatalogue> {
  await initMorphology();
  const problems: PatternProblem[] = [];
  const languages = parseWith(LanguagesSourceSchema, sources.languages, problems);
  const places = parseWith(PlacesSourceSchema, sources.places, problems);
  const engine = parseWith(EngineSourceSchema, sources.engine, problems);
  const salary = parseWith(SalarySourceSchema, sources.salary, problems);
  if (!languages || !places || !engine || !salary) throw new PatternBuildError(problems);

  const rules: CompiledRule[] = [];
  const seen = new Map<string, string>();
  const cues = {} as CompiledCatalogue['cues'];
  const vocab = {} as CompiledCatalogue['vocab'];
  const placeSources = {} as CompiledCatalogue['places'];
  for (const lang of CHECKED_LANGS) {
    const src = sources.langs[lang];
    if (!src) {
      problems.push({ file: `patterns/${lang}/`, reason: `no catalogue for checked language "${lang}"` });
      continue;
    }
    const langCues = parseWith(LangCuesSourceSchema, src.cues, problems);
    const ownLists = parseWith(ListsSourceSchema, src.lists, problems) ?? {};
    const lists = placeLists(places, lang);
    for (const [name, members] of Object.entries(ownLists)) {
      if (lists.has(name))
        problems.push({ file: src.lists?.file ?? '', reason: `list "${name}" is a place list` });
      lists.set(name, members);
    }
    if (!langCues) continue;
    const compiler = new LangCompiler(lang, lists, new Set(langCues.negators.map((w) => w.toLowerCase())));
    // Every list once, so the lexicon knows its words even where no rule uses it yet.
    for (const name of lists.keys()) {
      try {
        compiler.expression(`@${name}`);
      } catch (err) {
        problems.push({
          file: src.lists?.file ?? `patterns/${lang}/lists.yaml`,
          rule: `@${name}`,
          reason: (err as Error).message,
        });
      }
    }
    rules.push(...compileRules(src.rules, lang, compiler, seen, problems));
    cues[lang] = compileCues(langCues, compiler, src.cues.file, problems);
    placeSources[lang] = Object.fromEntries(
      Object.keys(places).map((code) => [code, compiler.cue(`@place-${code.toLowerCase()}`)]),
    );
    for (const w of languages[lang]?.words ?? []) compiler.vocab.add(w.toLowerCase().replace(/ё/g, 'е'));
    vocab[lang] = [...compiler.vocab]
      .filter((w) => !/\s/.test(w))
      .sort()
      .join(' ');
  }
  if (problems.length > 0) throw new PatternBuildError(problems);

  const catalogue: CompiledCatalogue = {
    version: 2,
    rules,
    cues,
    messengers: engine.messengers.map((e) => compileExpression(e, 'en', () => []).source),
    vocab,
    places: placeSources,
    languages: Object.fromEntries(
      Object.entries(languages).map(([code, l]) => [
        code,
        {
          letters: l.letters ?? '',
          words: l.words.map((w) => w.toLowerCase()),
          ...(l.alike ? { alike: l.alike.map((w) => w.toLowerCase()) } : {}),
          ...(l.translit ? { translit: l.translit } : {}),
          ...(l.respell ? { respell: l.respell } : {}),
        },
      ]),
    ),
    builtins: engine.builtins,
    salary: compileSalary(salary),
  };
  if (options.checkExamples !== false) {
    const files = new Map<string, string>();
    for (const lang of CHECKED_LANGS)
      for (const f of sources.langs[lang]?.rules ?? []) {
        for (const m of f.text.matchAll(/^- id: (\S+)/gm)) files.set(m[1] as string, f.file);
      }
    const failed = await checkExamples(catalogue, files);
    if (failed.length > 0) throw new PatternBuildError(failed);
  }
  return catalogue;
}
