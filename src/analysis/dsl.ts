/**
 * The match-expression language of docs/patterns.md, compiled to RegExp sources over normalized text
 * (src/analysis/normalize.ts). Used at build time (scripts/build-patterns.ts) and by tests; the engine
 * itself only loads the compiled sources.
 *
 * Every generated RegExp is linear: word characters and separators are disjoint classes, separators and
 * gaps are bounded, so no input can make a match backtrack catastrophically.
 */

/** Expands a dictionary word into all its forms (lower case, ё folded). Russian: az; English: compromise. */
export type Expander = (word: string, lang: 'ru' | 'en') => readonly string[];

export class DslError extends Error {}

type Alt =
  | { kind: 'lemma'; word: string }
  | { kind: 'exact'; word: string }
  | { kind: 'stem'; stem: string }
  | { kind: 'num' };
type Token = { kind: 'slot'; alts: Alt[]; optional: boolean } | { kind: 'gap'; max: number };

/** Longest `~N` gap allowed: a rule should describe one phrase, not a paragraph. */
export const MAX_GAP = 8;
/** Shortest `stem*`: shorter stems match too many unrelated words. */
export const MIN_STEM = 3;

/**
 * Word characters of normalized text as explicit ranges (digits, Latin with its accented letters,
 * Cyrillic): V8 compiles `\p{L}` classes inside repeated groups into very large code, which made
 * rarely used expressions cost milliseconds each. Normalized text is lower case, so no capitals.
 */
export const WORD_CLASS = '0-9a-z\\u00df-\\u00ff\\u0430-\\u045f\\u0491';
const WORD = `[${WORD_CLASS}]`;
const BEFORE = `(?<!${WORD})`;
const AFTER = `(?!${WORD})`;
/** Between two tokens: 1-4 characters of punctuation or space, never a sentence end (`\n`). */
const SEP = `[^${WORD_CLASS}\\n]{1,4}`;
const NUM = '\\d+(?:[.,]\\d+)?(?:к|k)?';
const TOKEN_CHARS = /^[\p{L}\p{N}/\-'.]+$/u;

export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

function parseAlt(raw: string): Alt {
  if (raw === '#num') return { kind: 'num' };
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

export function parseExpression(expr: string): Token[] {
  const parts = expr.trim().split(/\s+/);
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
    const raws = body.split('|');
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

interface SlotForms {
  words: string[];
  prefixes: string[];
  num: boolean;
  regex: string;
}

function compileSlot(alts: Alt[], lang: 'ru' | 'en', expand: Expander): SlotForms {
  const words: string[] = [];
  const prefixes: string[] = [];
  const pieces: string[] = [];
  let num = false;
  const literal: string[] = [];
  for (const alt of alts) {
    if (alt.kind === 'num') {
      num = true;
      pieces.push(NUM);
    } else if (alt.kind === 'stem') {
      prefixes.push(alt.stem);
      pieces.push(`${escape(alt.stem)}${WORD}*`);
    } else {
      const forms = alt.kind === 'exact' ? [alt.word] : [alt.word, ...expand(alt.word, lang).map(foldWord)];
      literal.push(...forms);
      words.push(...forms);
    }
  }
  if (literal.length > 0) pieces.unshift(alternation(literal));
  return { words: [...new Set(words)], prefixes, num, regex: `(?:${pieces.join('|')})${AFTER}` };
}

/** The key a word is looked up under in the prefilter: its text without trailing dots. */
export function triggerKey(form: string): string {
  return form.replace(/\.+$/, '');
}

export interface CompiledExpression {
  source: string;
  trigger: { words: string[]; prefixes: string[] };
}

/** Marks an expression that cannot be prefiltered (e.g. only numbers): always run it. */
export const ALWAYS = '*';

export function compileExpression(expr: string, lang: 'ru' | 'en', expand: Expander): CompiledExpression {
  const tokens = parseExpression(expr);
  let source = BEFORE;
  let gap = 0;
  let leading = true; // still in the run of optional slots at the start
  let best: SlotForms | undefined;
  let bestScore = -1;
  for (const t of tokens) {
    if (t.kind === 'gap') {
      gap = t.max;
      continue;
    }
    const slot = compileSlot(t.alts, lang, expand);
    // The joiner to the previous slot: an optional gap of up to N words, then a separator.
    const joiner = `${gap > 0 ? `(?:${SEP}${WORD}+){0,${gap}}` : ''}${SEP}`;
    gap = 0;
    if (leading) {
      // A leading optional slot carries the joiner after it: `(?:slot joiner)?` + the next slot.
      source += t.optional ? `(?:${slot.regex}${SEP})?` : slot.regex;
      leading = t.optional;
    } else {
      source += t.optional ? `(?:${joiner}${slot.regex})?` : `${joiner}${slot.regex}`;
    }
    if (!t.optional && !slot.num) {
      // Prefer the slot whose shortest word or prefix is longest: rarer words make a better prefilter.
      const lengths = [...slot.words.map((w) => triggerKey(w).length), ...slot.prefixes.map((p) => p.length)];
      const score = Math.min(...lengths);
      if (score > bestScore) {
        bestScore = score;
        best = slot;
      }
    }
  }
  const trigger = best
    ? { words: best.words.map(triggerKey), prefixes: best.prefixes }
    : { words: [ALWAYS], prefixes: [] };
  new RegExp(source, 'g'); // throws on an invalid source, caught by the build with the rule named
  return { source, trigger };
}
