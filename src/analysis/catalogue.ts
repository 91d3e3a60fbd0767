/**
 * Turns a compiled catalogue (JSON) into the structures the matcher needs: RegExps per matcher, the
 * prefilter index that maps words and word prefixes to the matchers they can start, the lexicon, and
 * the detection cues of every language.
 */
import { ALWAYS } from './dsl';
import type {
  BuiltinRule,
  CompiledCatalogue,
  CompiledCue,
  CompiledRule,
  SalaryReference,
} from './pattern-schema';
import type { Lexicon } from './reading/index';
import { CHECKED_LANGS, type CheckedLang } from '../languages/table';

export type RuleLang = CheckedLang;

export interface PreparedPart {
  re: RegExp;
  ownNegator: boolean;
  /** The part's prefilter trigger: one of these words or prefixes occurs wherever it matches. */
  words: readonly string[];
  prefixes: readonly string[];
  /** No usable trigger (only numbers): the part cannot be prefiltered. */
  always: boolean;
}

export interface PreparedMatcher {
  rule: CompiledRule;
  parts: PreparedPart[];
  /** The part the prefilter triggers on. */
  lead: number;
  /** Sentences the parts may span. */
  within: number;
}

export interface PreparedLang {
  lang: CheckedLang;
  matchers: PreparedMatcher[];
  /** Word -> indexes into `matchers` whose trigger is that word. */
  words: Map<string, number[]>;
  /** First three letters -> [prefix, matcher index] for `stem*` and stem triggers. */
  prefixes: Map<string, Array<[string, number]>>;
  /** Matchers without a usable trigger (run on every ad that has any candidate). */
  always: number[];
  unless: Map<string, RegExp[]>;
  negators: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  warnings: RegExp[];
  warningHeaders: RegExp[];
  /** Advisory cues by kind (see advisoryKinds in engine.ts). */
  advisory: PreparedCue[][];
  /** Safeguard cues by kind (see safeguardKinds in engine.ts). */
  safeguards: PreparedCue[][];
  noSkills: RegExp[];
  company: RegExp[];
  /** Every word form the catalogue knows in this language. */
  vocab: ReadonlySet<string>;
  /** ISO country code -> the expression of its names. */
  places: Array<[string, PreparedCue]>;
}

/** A cue RegExp behind a prefilter: it runs only when one of its trigger words occurs in the text. */
export interface PreparedCue {
  re: RegExp;
  words: readonly string[];
  prefixes: readonly string[];
  /** No usable trigger: always run. */
  always: boolean;
}

function prepareCue(c: CompiledCue): PreparedCue {
  return {
    re: toRe(c.source),
    words: c.trigger.words,
    prefixes: c.trigger.prefixes,
    always: c.trigger.words.includes(ALWAYS),
  };
}

/** Does the cue match the text, whose words are `words`? The trigger is checked first. */
export function cueMatches(cue: PreparedCue, norm: string, words: ReadonlySet<string>): number {
  if (!cue.always && !cue.words.some((w) => words.has(w))) {
    let prefixed = false;
    if (cue.prefixes.length > 0)
      for (const w of words) if (cue.prefixes.some((p) => w.startsWith(p))) prefixed = true;
    if (!prefixed) return -1;
  }
  cue.re.lastIndex = 0;
  const m = cue.re.exec(norm);
  return m ? m.index : -1;
}

export interface LanguageCues {
  letters: string;
  words: ReadonlySet<string>;
  /** Its words that translit writes alike (patterns/languages.yaml `alike`). */
  alike: ReadonlySet<string>;
  translit?: { words: ReadonlySet<string>; letters: ReadonlyArray<readonly [string, readonly string[]]> };
  /** The neighbour's spelling read back (patterns/languages.yaml `respell`), letter groups longest first. */
  respell?: { from: string; letters: ReadonlyArray<readonly [string, readonly string[]]> };
}

export interface Prepared {
  langs: Record<CheckedLang, PreparedLang>;
  /** Every checked language's vocabulary together: what the reading layer may join words into. */
  lexicon: Lexicon;
  languages: ReadonlyMap<string, LanguageCues>;
  messengers: RegExp[];
  salary: SalaryReference;
  builtins: Map<string, BuiltinRule>;
  rules: Map<string, CompiledRule>;
}

const toRe = (source: string) => new RegExp(source, 'g');
/** Length of the prefix bucket key; stems are at least this long (MIN_STEM in dsl.ts). */
export const PREFIX_KEY = 3;

function prepareLang(cat: CompiledCatalogue, lang: CheckedLang): PreparedLang {
  const matchers: PreparedMatcher[] = [];
  const words = new Map<string, number[]>();
  const prefixes = new Map<string, Array<[string, number]>>();
  const always: number[] = [];
  const unless = new Map<string, RegExp[]>();
  for (const rule of cat.rules) {
    if (rule.lang !== lang) continue;
    if (rule.unless.length > 0) unless.set(rule.id, rule.unless.map(toRe));
    for (const m of rule.match) {
      const index =
        matchers.push({
          rule,
          parts: m.parts.map((p) => ({
            re: toRe(p.source),
            ownNegator: p.ownNegator,
            words: p.trigger.words,
            prefixes: p.trigger.prefixes,
            always: p.trigger.words.includes(ALWAYS),
          })),
          lead: m.lead,
          within: m.within,
        }) - 1;
      const trigger = (m.parts[m.lead] ?? m.parts[0])?.trigger;
      if (!trigger || trigger.words.includes(ALWAYS)) {
        always.push(index);
        continue;
      }
      for (const w of trigger.words) {
        const list = words.get(w);
        if (list) list.push(index);
        else words.set(w, [index]);
      }
      for (const p of trigger.prefixes) {
        const key = p.slice(0, PREFIX_KEY);
        const list = prefixes.get(key);
        if (list) list.push([p, index]);
        else prefixes.set(key, [[p, index]]);
      }
    }
  }
  const cues = cat.cues[lang];
  return {
    lang,
    matchers,
    words,
    prefixes,
    always,
    unless,
    negators: new Set(cues.negators),
    clauseBreaks: new Set(cues.clauseBreaks),
    warnings: cues.warnings.map(toRe),
    warningHeaders: cues.warningHeaders.map(toRe),
    advisory: cues.advisory.map((kind) => kind.map(prepareCue)),
    safeguards: cues.safeguards.map((kind) => kind.map(prepareCue)),
    noSkills: cues.noSkills.map(toRe),
    company: cues.company.map(toRe),
    vocab: new Set(cat.vocab[lang].split(' ').filter(Boolean)),
    places: Object.entries(cat.places[lang]).map(([code, cue]) => [code, prepareCue(cue)]),
  };
}

export function prepareCatalogue(cat: CompiledCatalogue): Prepared {
  const langs = Object.fromEntries(CHECKED_LANGS.map((l) => [l, prepareLang(cat, l)])) as Record<
    CheckedLang,
    PreparedLang
  >;
  const all = Object.values(langs).map((l) => l.vocab);
  const languages = new Map<string, LanguageCues>();
  for (const [code, l] of Object.entries(cat.languages)) {
    languages.set(code, {
      letters: l.letters,
      words: new Set(l.words),
      alike: new Set(l.alike),
      ...(l.translit
        ? {
            translit: {
              words: new Set(l.translit.words.map((w) => w.toLowerCase())),
              letters: Object.entries(l.translit.letters).sort(([a], [b]) => b.length - a.length),
            },
          }
        : {}),
      ...(l.respell
        ? {
            respell: {
              from: l.respell.from,
              letters: Object.entries(l.respell.letters).sort(([a], [b]) => b.length - a.length),
            },
          }
        : {}),
    });
  }
  return {
    langs,
    lexicon: { has: (w) => all.some((v) => v.has(w)) },
    languages,
    messengers: cat.messengers.map(toRe),
    salary: cat.salary,
    builtins: new Map(cat.builtins.map((b) => [b.id, b])),
    rules: new Map(cat.rules.map((r) => [r.id, r])),
  };
}
