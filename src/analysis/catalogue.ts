/**
 * Turns a compiled catalogue (JSON) into the structures the matcher needs: RegExps per rule, and the
 * prefilter index that maps words and word prefixes to the expressions they can start.
 */
import { ALWAYS } from './dsl';
import type { BuiltinRule, CompiledCatalogue, CompiledRule, SalaryReference } from './pattern-schema';

export type RuleLang = 'ru' | 'en';

export interface PreparedExpr {
  re: RegExp;
  rule: CompiledRule;
  ownNegator: boolean;
}

export interface PreparedLang {
  exprs: PreparedExpr[];
  /** Word -> indexes into `exprs` whose trigger is that word. */
  words: Map<string, number[]>;
  /** First three letters -> [prefix, expr index] for `stem*` triggers. */
  prefixes: Map<string, Array<[string, number]>>;
  /** Expressions without a usable trigger (run on every ad that has any candidate). */
  always: number[];
  unless: Map<string, RegExp[]>;
  negators: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  warnings: RegExp[];
  noSkills: RegExp[];
  company: RegExp[];
}

export interface Prepared {
  langs: Record<RuleLang, PreparedLang>;
  messengers: RegExp[];
  salary: SalaryReference;
  builtins: Map<string, BuiltinRule>;
  rules: Map<string, CompiledRule>;
}

const toRe = (source: string) => new RegExp(source, 'g');
/** Length of the prefix bucket key; stems are at least this long (MIN_STEM in dsl.ts). */
export const PREFIX_KEY = 3;

function prepareLang(cat: CompiledCatalogue, lang: RuleLang): PreparedLang {
  const exprs: PreparedExpr[] = [];
  const words = new Map<string, number[]>();
  const prefixes = new Map<string, Array<[string, number]>>();
  const always: number[] = [];
  const unless = new Map<string, RegExp[]>();
  for (const rule of cat.rules) {
    if (rule.lang !== lang) continue;
    if (rule.unless.length > 0) unless.set(rule.id, rule.unless.map(toRe));
    for (const expr of rule.match) {
      const index = exprs.push({ re: toRe(expr.source), rule, ownNegator: expr.ownNegator }) - 1;
      if (expr.trigger.words.includes(ALWAYS)) always.push(index);
      for (const w of expr.trigger.words) {
        const list = words.get(w);
        if (list) list.push(index);
        else words.set(w, [index]);
      }
      for (const p of expr.trigger.prefixes) {
        const key = p.slice(0, PREFIX_KEY);
        const list = prefixes.get(key);
        if (list) list.push([p, index]);
        else prefixes.set(key, [[p, index]]);
      }
    }
  }
  return {
    exprs,
    words,
    prefixes,
    always,
    unless,
    negators: new Set(cat.cues.negators[lang]),
    clauseBreaks: new Set(cat.cues.clauseBreaks[lang]),
    warnings: cat.cues.warnings[lang].map(toRe),
    noSkills: cat.cues.noSkills[lang].map(toRe),
    company: cat.cues.company[lang].map(toRe),
  };
}

export function prepareCatalogue(cat: CompiledCatalogue): Prepared {
  return {
    langs: { ru: prepareLang(cat, 'ru'), en: prepareLang(cat, 'en') },
    messengers: cat.cues.messengers.map(toRe),
    salary: cat.salary,
    builtins: new Map(cat.builtins.map((b) => [b.id, b])),
    rules: new Map(cat.rules.map((r) => [r.id, r])),
  };
}
