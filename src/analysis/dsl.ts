/**
 * The match-expression language of docs/patterns.md, compiled to RegExp sources over normalized text
 * (src/analysis/normalize.ts). Used at build time (scripts/build-patterns.ts) and by tests; the engine
 * itself only loads the compiled sources.
 *
 * An expression is a sequence of slots (`word`, `=form`, `stem*`, `#num`, `@list`, a phrase in
 * parentheses, alternatives with `|`, optional with `?`) and bounded gaps (`~N`): `(=не =нужен)|=лишний`. A matcher is one expression, or several joined by
 * ` & `: all of them in the same sentence (or in `within` neighbouring sentences), in any order.
 * Named lists (`@destination`, `@fee`) are defined once per language (patterns/<lang>/lists.yaml, and
 * the places of patterns/places.yaml) and shared by every rule; a list member is itself an expression.
 *
 * Every generated RegExp is linear: word characters and separators are disjoint classes, separators and
 * gaps are bounded, so no input can make a match backtrack catastrophically.
 */

/** All forms of a dictionary word, and stems that take any short ending (lower case, ё folded). */
export interface WordForms {
  forms: readonly string[];
  /** Stems matched with up to MAX_ENDING more letters (Ukrainian; words a dictionary lacks). */
  stems?: readonly string[];
}

/** Expands a dictionary word into its forms, per language (scripts/lib/morph.ts). */
export type Expander = (word: string, lang: string) => readonly string[] | WordForms;

export class DslError extends Error {}

type Alt =
  | { kind: 'lemma'; word: string }
  | { kind: 'exact'; word: string }
  | { kind: 'stem'; stem: string }
  | { kind: 'list'; name: string }
  | { kind: 'group'; tokens: Token[] }
  | { kind: 'num' };
type Token = { kind: 'slot'; alts: Alt[]; optional: boolean } | { kind: 'gap'; max: number };

/** Longest `~N` gap allowed: a rule should describe one phrase, not a paragraph. */
export const MAX_GAP = 8;
/** Shortest `stem*`: shorter stems match too many unrelated words. */
export const MIN_STEM = 3;
/** Letters a stem from the morphology may take after it ("робот" -> "роботою"). */
export const MAX_ENDING = 4;
/** Most sentences a ` & ` matcher may span (`within`). */
export const MAX_WITHIN = 3;

/**
 * Word characters of normalized text as explicit ranges (digits, Latin with its accented letters, and
 * Cyrillic: every alphabet's lower-case letters, so a Kazakh "тұрғын" stays one word instead of pieces
 * that could pass for Russian words). V8 compiles `\p{L}` classes inside repeated groups into very large
 * code, which made rarely used expressions cost milliseconds each. Normalized text is lower case. The
 * class is written into every slot of the compiled catalogue (tens of thousands of times), so it is
 * kept short, and as the characters themselves (ß-ÿ, а-ӿ) rather than regex escapes, which JSON doubles:
 * the catalogue must stay under the 5 MiB that Firefox's add-on linter parses.
 */
export const WORD_CLASS = '0-9a-z\u00df-\u00ff\u0430-\u04ff';
const WORD = `[${WORD_CLASS}]`;
const BEFORE = `(?<!${WORD})`;
const AFTER = `(?!${WORD})`;
/** Between two tokens: 1-4 characters of punctuation or space, never a sentence end (`\n`). */
const SEP = `[^${WORD_CLASS}\\n]{1,4}`;
const NUM = '\\d+(?:[.,]\\d+)?(?:к|k)?';
const TOKEN_CHARS = /^[\p{L}\p{N}/\-'.]+$/u;
const LIST_NAME = /^[a-z][a-z0-9-]*$/;

export function foldWord(word: string): string {
  // Apostrophes inside Cyrillic words (Ukrainian "сім'я", "п’ять") are dropped, as normalize.ts does.
  return word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff])/gu, '');
}

function parseAlt(raw: string): Alt {
  if (raw === '#num') return { kind: 'num' };
  // "(=не =будет)": a phrase as one alternative of a slot.
  if (raw.startsWith('(') && raw.endsWith(')'))
    return { kind: 'group', tokens: parseExpression(raw.slice(1, -1)) };
  if (raw.startsWith('@')) {
    const name = raw.slice(1);
    if (!LIST_NAME.test(name)) throw new DslError(`bad list name "${raw}"`);
    return { kind: 'list', name };
  }
  // "=stem*" reads as "stem*": a prefix is never an exact form, so the "=" can only mean the prefix.
  if (raw.startsWith('=') && raw.endsWith('*')) return parseAlt(raw.slice(1));
  if (raw.startsWith('=')) {
    const word = foldWord(raw.slice(1));
    if (!TOKEN_CHARS.test(word)) throw new DslError(`bad characters in "${raw}"`);
    return { kind: 'exact', word };
  }
  if (raw.endsWith('*')) {
    const stem = foldWord(raw.slice(0, -1));
    if (!TOKEN_CHARS.test(stem)) throw new DslError(`bad characters in "${raw}"`);
    if (stem.length < MIN_STEM) throw new DslError(`stem "${raw}" is shorter than ${MIN_STEM} letters`);
    return { kind: 'stem', stem };
  }
  const word = foldWord(raw);
  if (!TOKEN_CHARS.test(word)) throw new DslError(`bad characters in "${raw}"`);
  return { kind: 'lemma', word };
}

/** Splits an expression at spaces outside parentheses ("a (b c)|d" -> ["a", "(b c)|d"]). */
function splitTokens(expr: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of expr.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) throw new DslError(`unbalanced ")" in "${expr}"`);
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (depth !== 0) throw new DslError(`unbalanced "(" in "${expr}"`);
  if (current) out.push(current);
  return out;
}

/** The alternatives of a slot, split at "|" outside parentheses. */
function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

export function parseExpression(expr: string): Token[] {
  if (expr.includes(' & ')) throw new DslError('" & " joins expressions of a matcher, not tokens');
  const parts = splitTokens(expr);
  const tokens: Token[] = [];
  for (const part of parts) {
    const gap = /^~(\d+)$/.exec(part);
    if (gap) {
      const max = Number(gap[1]);
      if (max < 1 || max > MAX_GAP) throw new DslError(`gap "${part}" must be ~1..~${MAX_GAP}`);
      tokens.push({ kind: 'gap', max });
      continue;
    }
    if (part.startsWith('~')) throw new DslError(`bad gap "${part}" (write ~N)`);
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    const raws = splitAlternatives(body);
    if (raws.some((r) => r === '')) throw new DslError(`empty alternative in "${part}"`);
    tokens.push({ kind: 'slot', alts: raws.map(parseAlt), optional });
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || first.kind === 'gap' || !last || last.kind === 'gap') {
    throw new DslError('an expression must start and end with a word, not a gap');
  }
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.kind === 'gap' && tokens[i - 1]?.kind === 'gap') throw new DslError('two gaps in a row');
  }
  if (!tokens.some((t) => t.kind === 'slot' && !t.optional)) {
    throw new DslError('every token is optional: the expression would match anything');
  }
  return tokens;
}

/** The parts of a matcher: expressions joined by ` & `. */
export function splitMatcher(matcher: string): string[] {
  const parts = matcher.split(' & ').map((p) => p.trim());
  if (parts.some((p) => p === '')) throw new DslError('empty part around " & "');
  return parts;
}

function escape(s: string): string {
  // `-` and `/` need no escape outside a class (and `\-` is invalid with the `u` flag).
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

function trieSource(node: Trie): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ch, child]) => {
      // Follow single-child chains so "подписыва" becomes one literal, not nested groups.
      let literal = escape(ch);
      let n = child;
      while (!n.end && n.next.size === 1) {
        const [[c, only]] = [...n.next.entries()] as [[string, Trie]];
        literal += escape(c);
        n = only;
      }
      return literal + trieSource(n);
    });
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && body.length > 1 ? `(?:${body})?` : `${body}?`;
}

/**
 * Alternation of literal forms as a trie, so the 40-80 forms of a Russian verb share their prefixes.
 * RegExp size drives V8's compile time, which dominates the cost of rarely used expressions.
 */
function alternation(forms: readonly string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const f of new Set(forms)) {
    let node = root;
    for (const ch of f) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return trieSource(root);
}

/** What a slot, a sequence or a list compiles to. */
interface Piece {
  /** RegExp source (no leading lookbehind). */
  regex: string;
  /** A prefilter trigger: one of these words or prefixes occurs in every match; undefined = none. */
  trigger?: { words: string[]; prefixes: string[] };
  /** Every literal word form the piece can match (the analyzer's vocabulary). */
  vocab: Set<string>;
  /** Every word written in the expression or its lists, as written (for the negator check). */
  written: Set<string>;
  /**
   * The piece as alternatives of one slot, when it can stand as one (a list, a one-slot group): its
   * literal forms and its other alternatives, without the word-end check. A slot merges these into its
   * own trie, so "@abroad-place" (thirty countries' lists, 1,500 forms) is one trie keyed by first letter,
   * not thirty alternations the RegExp engine tries one after another at every position.
   */
  flat?: { literals: string[]; others: string[] };
}

/** The key a word is looked up under in the prefilter: its text without trailing dots. */
export function triggerKey(form: string): string {
  return form.replace(/\.+$/, '');
}

/** Marks an expression that cannot be prefiltered (e.g. only numbers): always run it. */
export const ALWAYS = '*';

/** How good a trigger is: the length of its shortest word or prefix (longer words are rarer). */
function triggerScore(t: Piece['trigger']): number {
  if (!t) return -1;
  const lengths = [...t.words.map((w) => triggerKey(w).length), ...t.prefixes.map((p) => p.length)];
  return lengths.length === 0 ? -1 : Math.min(...lengths);
}

export interface CompileContext {
  lang: string;
  expand: Expander;
  /** List name -> its member expressions (patterns/<lang>/lists.yaml, places.yaml). */
  lists?: ReadonlyMap<string, readonly string[]>;
}

/** Compiled lists, per context (a list is compiled once however many rules use it). */
const listCache = new WeakMap<CompileContext, Map<string, Piece>>();

function compileList(name: string, ctx: CompileContext, stack: readonly string[]): Piece {
  let cache = listCache.get(ctx);
  if (!cache) {
    cache = new Map();
    listCache.set(ctx, cache);
  }
  const hit = cache.get(name);
  if (hit) return hit;
  if (stack.includes(name))
    throw new DslError(`list @${name} refers to itself (${[...stack, name].join(' -> ')})`);
  const members = ctx.lists?.get(name);
  if (!members) throw new DslError(`unknown list @${name}`);
  if (members.length === 0) throw new DslError(`list @${name} is empty`);
  const regexes: string[] = [];
  const literals: string[] = [];
  const others: string[] = [];
  const vocab = new Set<string>();
  const written = new Set<string>();
  const words: string[] = [];
  const prefixes: string[] = [];
  let triggerable = true;
  for (const member of members) {
    let piece: Piece;
    try {
      piece = compileSequence(parseExpression(member), ctx, [...stack, name]);
    } catch (e) {
      throw new DslError(`list @${name}, member "${member}": ${(e as Error).message}`);
    }
    regexes.push(piece.regex);
    if (piece.flat) {
      literals.push(...piece.flat.literals);
      others.push(...piece.flat.others);
    } else others.push(piece.regex);
    for (const v of piece.vocab) vocab.add(v);
    for (const w of piece.written) written.add(w);
    if (piece.trigger) {
      words.push(...piece.trigger.words);
      prefixes.push(...piece.trigger.prefixes);
    } else triggerable = false;
  }
  const piece: Piece = {
    regex: regexes.length === 1 ? (regexes[0] as string) : `(?:${regexes.join('|')})`,
    trigger: triggerable ? { words: [...new Set(words)], prefixes: [...new Set(prefixes)] } : undefined,
    vocab,
    written,
    flat: { literals, others },
  };
  cache.set(name, piece);
  return piece;
}

function formsOf(word: string, ctx: CompileContext): WordForms {
  const r = ctx.expand(word, ctx.lang);
  return Array.isArray(r) ? { forms: r as readonly string[] } : (r as WordForms);
}

function compileSlot(alts: Alt[], ctx: CompileContext, stack: readonly string[]): Piece {
  const words: string[] = [];
  const prefixes: string[] = [];
  const pieces: string[] = [];
  const literal: string[] = [];
  const vocab = new Set<string>();
  const written = new Set<string>();
  let triggerable = true;
  for (const alt of alts) {
    if (alt.kind === 'num') {
      triggerable = false;
      pieces.push(NUM);
    } else if (alt.kind === 'stem') {
      prefixes.push(alt.stem);
      pieces.push(`${escape(alt.stem)}${WORD}*`);
      written.add(alt.stem);
    } else if (alt.kind === 'group') {
      const group = compileSequence(alt.tokens, ctx, stack);
      if (group.flat) {
        literal.push(...group.flat.literals);
        pieces.push(...group.flat.others);
      } else pieces.push(`(?:${group.regex})`);
      for (const v of group.vocab) vocab.add(v);
      for (const w of group.written) written.add(w);
      if (group.trigger) {
        words.push(...group.trigger.words);
        prefixes.push(...group.trigger.prefixes);
      } else triggerable = false;
    } else if (alt.kind === 'list') {
      const list = compileList(alt.name, ctx, stack);
      if (list.flat) {
        literal.push(...list.flat.literals);
        pieces.push(...list.flat.others);
      } else pieces.push(list.regex);
      for (const v of list.vocab) vocab.add(v);
      for (const w of list.written) written.add(w);
      if (list.trigger) {
        words.push(...list.trigger.words);
        prefixes.push(...list.trigger.prefixes);
      } else triggerable = false;
    } else {
      written.add(alt.word);
      const expanded = alt.kind === 'exact' ? { forms: [] } : formsOf(alt.word, ctx);
      const forms = [alt.word, ...expanded.forms.map(foldWord)];
      literal.push(...forms);
      words.push(...forms);
      for (const f of forms) vocab.add(f);
      for (const stem of expanded.stems ?? []) {
        const s = foldWord(stem);
        pieces.push(`${escape(s)}${WORD}{0,${MAX_ENDING}}`);
        prefixes.push(s);
      }
    }
  }
  const others = [...new Set(pieces)];
  const all = literal.length > 0 ? [alternation(literal), ...others] : others;
  return {
    regex: `(?:${all.join('|')})${AFTER}`,
    flat: { literals: literal, others },
    trigger: triggerable
      ? { words: [...new Set(words.map(triggerKey))], prefixes: [...new Set(prefixes)] }
      : undefined,
    vocab,
    written,
  };
}

/** A sequence of slots and gaps, without the leading word-boundary check. */
function compileSequence(tokens: Token[], ctx: CompileContext, stack: readonly string[]): Piece {
  let source = '';
  let gap = 0;
  let leading = true; // still in the run of optional slots at the start
  let best: Piece['trigger'];
  let bestScore = -1;
  const vocab = new Set<string>();
  const written = new Set<string>();
  let lastSlot: Piece | undefined;
  for (const t of tokens) {
    if (t.kind === 'gap') {
      gap = t.max;
      continue;
    }
    const slot = compileSlot(t.alts, ctx, stack);
    lastSlot = slot;
    for (const v of slot.vocab) vocab.add(v);
    for (const w of slot.written) written.add(w);
    // The joiner to the previous slot: an optional gap of up to N words, then a separator. The gap
    // stays outside an optional slot: in `a ~3 x? b` the words may lie between a and b without x.
    const gapWords = gap > 0 ? `(?:${SEP}${WORD}+){0,${gap}}` : '';
    gap = 0;
    if (leading) {
      // A leading optional slot carries the joiner after it: `(?:slot joiner)?` + the next slot.
      source += t.optional ? `(?:${slot.regex}${SEP})?` : slot.regex;
      leading = t.optional;
    } else {
      source += t.optional ? `${gapWords}(?:${SEP}${slot.regex})?` : `${gapWords}${SEP}${slot.regex}`;
    }
    if (!t.optional) {
      // Prefer the slot whose shortest word or prefix is longest: rarer words make a better prefilter.
      const score = triggerScore(slot.trigger);
      if (score > bestScore) {
        bestScore = score;
        best = slot.trigger;
      }
    }
  }
  // A single required slot is one word's alternatives: it can merge into a slot that uses it.
  const only =
    tokens.length === 1 && tokens[0]?.kind !== 'gap' && !tokens[0]?.optional ? lastSlot : undefined;
  return { regex: source, trigger: best, vocab, written, flat: only?.flat };
}

export interface CompiledExpression {
  source: string;
  trigger: { words: string[]; prefixes: string[] };
  /** Every literal word form it can match (part of the analyzer's vocabulary). */
  vocab: string[];
  /** The words written in it and its lists (the build checks them against the negators). */
  written: string[];
}

/**
 * Compiles one expression. `expand` gives each dictionary word its forms; `lists` the named lists.
 * (Called with a bare expander, as the tests do, the expression may use no lists.)
 */
export function compileExpression(
  expr: string,
  lang: string,
  expand: Expander | CompileContext,
  lists?: ReadonlyMap<string, readonly string[]>,
): CompiledExpression {
  const ctx: CompileContext = typeof expand === 'function' ? { lang, expand, lists } : expand;
  const piece = compileSequence(parseExpression(expr), ctx, []);
  const source = `${BEFORE}${piece.regex}`;
  new RegExp(source, 'g'); // throws on an invalid source, caught by the build with the rule named
  return {
    source,
    trigger: piece.trigger ?? { words: [ALWAYS], prefixes: [] },
    vocab: [...piece.vocab],
    written: [...piece.written],
  };
}

/** How good a compiled expression is as the prefilter of a ` & ` matcher (higher: rarer). */
export function expressionTriggerScore(e: CompiledExpression): number {
  return e.trigger.words.includes(ALWAYS) ? -1 : triggerScore(e.trigger);
}
