/**
 * Runs the compiled rules of one language over normalized text. The prefilter looks each word of the
 * text up in the trigger index, so an ordinary ad costs one tokenizing pass and a few Map lookups; only
 * the expressions whose trigger word occurs are run as RegExps.
 */
import { PREFIX_KEY, type PreparedLang } from './catalogue';
import type { CompiledRule } from './pattern-schema';
import { WORD_CLASS } from './dsl';
import { execAll } from './sentences';

/** A rule match in normalized offsets. */
export interface RawMatch {
  rule: CompiledRule;
  /** The expression has a negator of its own, so negators inside the match are not checked. */
  ownNegator: boolean;
  start: number;
  end: number;
}

/** Words as the prefilter sees them: "з/п", "т.р", "au-pair" stay whole, and their parts are looked up too. */
const W = `[${WORD_CLASS}]+`;
const PIECES = new RegExp(`${W}(?:[/'.-]${W})*`, 'g');
const INNER = /[/'.-]/;

export function candidateExpressions(norm: string, lang: PreparedLang): number[] {
  const hit = new Set<number>(lang.always);
  const lookup = (w: string) => {
    const ids = lang.words.get(w);
    if (ids) for (const id of ids) hit.add(id);
    if (w.length >= PREFIX_KEY) {
      const stems = lang.prefixes.get(w.slice(0, PREFIX_KEY));
      if (stems) for (const [p, id] of stems) if (w.startsWith(p)) hit.add(id);
    }
  };
  for (const m of execAll(PIECES, norm)) {
    const tok = m[0];
    lookup(tok);
    if (INNER.test(tok)) for (const part of tok.split(INNER)) if (part) lookup(part);
  }
  return [...hit].sort((a, b) => a - b);
}

export function matchRules(norm: string, lang: PreparedLang, exprIds: readonly number[]): RawMatch[] {
  const out: RawMatch[] = [];
  for (const id of exprIds) {
    const expr = lang.exprs[id];
    if (!expr) continue;
    expr.re.lastIndex = 0;
    for (const m of execAll(expr.re, norm)) {
      out.push({ rule: expr.rule, ownNegator: expr.ownNegator, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
