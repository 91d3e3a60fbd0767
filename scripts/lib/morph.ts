/**
 * Build-time morphology: expands a dictionary word of a rule into all its forms, by the language's
 * `morphology` in src/languages/table.ts.
 * - opencorpora (Russian): every form of the lexeme from the OpenCorpora dictionary through az (11 MB:
 *   never bundled, only used here), of its aspect partner ("оформить" also gives "оформляем") and of
 *   both verbs' reflexives ("оплатить" gives "оплачивается"). Words the dictionary does not know (loan words, slang) match by
 *   their Snowball stem plus a short ending.
 * - compromise (English): plurals, verb tenses and -ing forms.
 * - stemmer (Ukrainian): the word and its stem from @orama/stemmers plus a short ending (the stemmer
 *   strips inflection endings; any ending of up to MAX_ENDING letters may follow, see dsl.ts).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import Az from 'az';
import nlp from 'compromise';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as ukrainianStem } from '@orama/stemmers/ukrainian';
import { foldWord, type Expander, type WordForms } from '../../src/analysis/dsl';
import { LANGUAGES, isCheckedLang, type Morphology } from '../../src/languages/table';

const require = createRequire(import.meta.url);

let ready: Promise<void> | undefined;

export function initMorphology(): Promise<void> {
  ready ??= new Promise((resolve, reject) => {
    const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
    Az.Morph.init(dicts, (err) => (err ? reject(err) : resolve()));
  });
  return ready;
}

/** Words the Russian dictionary did not know as a dictionary form (reported by the build). */
export const unknownRussian = new Set<string>();

/** Shortest stem that may take any ending: shorter stems would match unrelated words. */
const MIN_STEM_FOR_ENDINGS = 4;

const DICTIONARY_ONLY = { parsers: ['Dictionary'], ignoreCase: true };

interface ParseTag {
  toString(): string;
}

function lexemes(word: string): Array<{ forms: Set<string>; tag: string }> {
  const out: Array<{ forms: Set<string>; tag: string }> = [];
  // Only lexemes whose dictionary form is this word: "гостевой" is an adjective, not a form of "гость".
  // Dictionary words only: az's predictors would "know" any string ("тдать"), so aspect candidates
  // could not be checked against them.
  for (const parse of Az.Morph(word, DICTIONARY_ONLY)) {
    const normal = parse.normalize();
    if (foldWord(normal.word) !== word) continue;
    const forms = new Set<string>([word]);
    const count = parse.formCnt ?? 0;
    for (let i = 0; i < count; i++) {
      const form = parse.inflect(i);
      if (form) forms.add(foldWord(form.word));
    }
    out.push({ forms, tag: String((normal as unknown as { tag?: ParseTag }).tag ?? '') });
  }
  return out;
}

const LABIAL = /[бвмпф]$/;
const MUTATION: ReadonlyArray<readonly [string, string]> = [
  ['ст', 'щ'],
  ['т', 'ч'],
  ['д', 'ж'],
  ['с', 'ш'],
  ['з', 'ж'],
];

/** Infinitives that may be the other aspect of `inf` (checked against the dictionary by the caller). */
function aspectCandidates(inf: string): string[] {
  const c = new Set<string>();
  const add = (s: string) => {
    if (s !== inf && s.length > 3) c.add(s);
  };
  if (inf.endsWith('ить')) {
    const stem = inf.slice(0, -3);
    add(`${stem}ать`);
    add(`${stem}ять`);
    if (LABIAL.test(stem)) add(`${stem}лять`);
    add(`${stem}ивать`);
    for (const [from, to] of MUTATION) {
      if (!stem.endsWith(from)) continue;
      const m = stem.slice(0, -from.length) + to;
      add(`${m}ать`);
      add(`${m}ивать`);
      // a root "о" becomes "а" in the imperfective ("устроить" -> "устраивать")
      add(`${m.replace(/о(?=[^аеиоуыэюя]*$)/, 'а')}ивать`);
    }
    add(`${stem.replace(/о(?=[^аеиоуыэюя]*$)/, 'а')}ивать`);
  }
  if (inf.endsWith('ать') || inf.endsWith('ять')) {
    const stem = inf.slice(0, -3);
    add(`${stem}ывать`);
    add(`${stem}ивать`);
    add(`${stem}ить`);
    if (inf.endsWith('лять') && LABIAL.test(stem.slice(0, -1))) add(`${stem.slice(0, -1)}ить`);
  }
  if (inf.endsWith('ывать') || inf.endsWith('ивать')) {
    const stem = inf.slice(0, -5);
    add(`${stem}ать`);
    add(`${stem}ить`);
    for (const [from, to] of MUTATION) if (stem.endsWith(to)) add(`${stem.slice(0, -to.length)}${from}ить`);
    add(`${stem.replace(/а(?=[^аеиоуыэюя]*$)/, 'о')}ить`);
  }
  for (const [a, b] of [
    ['брать', 'бирать'],
    ['звать', 'зывать'],
    ['драть', 'дирать'],
    ['слать', 'сылать'],
  ] as const) {
    if (inf.endsWith(a)) add(inf.slice(0, -a.length) + b);
    if (inf.endsWith(b)) add(inf.slice(0, -b.length) + a);
  }
  if (inf.endsWith('ать')) add(`${inf.slice(0, -3)}авать`); // "выдать" -> "выдавать"
  if (inf.endsWith('авать')) add(`${inf.slice(0, -5)}ать`);
  // Prefixes are left alone: dropping one changes the meaning too often ("вычитать" -> "читать").
  return [...c];
}

function aspectOf(tag: string): 'perf' | 'impf' | undefined {
  if (!/\bINFN\b/.test(tag)) return undefined;
  if (/\bperf\b/.test(tag)) return 'perf';
  if (/\bimpf\b/.test(tag)) return 'impf';
  return undefined;
}

function expandRussian(word: string): WordForms {
  const found = lexemes(word);
  if (found.length === 0) {
    unknownRussian.add(word);
    const stem = foldWord(russianStem(word));
    return { forms: [word], stems: stem.length >= MIN_STEM_FOR_ENDINGS ? [stem] : [] };
  }
  const forms = new Set<string>();
  for (const l of found) for (const f of l.forms) forms.add(f);
  const verbs = new Set<string>();
  for (const l of found) {
    const aspect = aspectOf(l.tag);
    if (!aspect) continue;
    verbs.add(word);
    for (const cand of aspectCandidates(word)) {
      for (const partner of lexemes(cand)) {
        const other = aspectOf(partner.tag);
        if (other && other !== aspect) {
          verbs.add(cand);
          for (const f of partner.forms) forms.add(f);
        }
      }
    }
  }
  // Ads describe costs and documents in the passive ("оплачивается", "вычитается", "оформляется"): a
  // verb also gives the forms of its reflexive, when the dictionary has one.
  for (const verb of verbs) {
    if (verb.endsWith('ся')) continue;
    for (const reflexive of lexemes(`${verb}ся`))
      if (aspectOf(reflexive.tag)) for (const f of reflexive.forms) forms.add(f);
  }
  return { forms: [...forms] };
}

function expandUkrainian(word: string): WordForms {
  if (/\s|-/.test(word)) return { forms: [word] };
  const stem = foldWord(ukrainianStem(word));
  return { forms: [word], stems: stem.length >= MIN_STEM_FOR_ENDINGS ? [stem] : [] };
}

function expandEnglish(word: string): WordForms {
  const forms = new Set<string>([word]);
  if (/\s|-/.test(word)) return { forms: [...forms] };
  const doc = nlp(word);
  if (doc.has('#Verb')) {
    for (const c of doc.verbs().conjugate() as Array<Record<string, string>>) {
      for (const [tense, form] of Object.entries(c)) {
        if (tense !== 'FutureTense' && form && !/\s/.test(form)) forms.add(form.toLowerCase());
      }
    }
  }
  if (doc.has('#Noun')) {
    const plural = nlp(word).nouns().toPlural().text().toLowerCase();
    if (plural && !/\s/.test(plural)) forms.add(plural);
    const singular = nlp(word).nouns().toSingular().text().toLowerCase();
    if (singular && !/\s/.test(singular)) forms.add(singular);
  }
  return { forms: [...forms] };
}

const EXPANDERS: Record<Morphology, (word: string) => WordForms> = {
  opencorpora: expandRussian,
  compromise: expandEnglish,
  stemmer: expandUkrainian,
};

const cache = new Map<string, WordForms>();

/** The expander the DSL compiler uses. Call initMorphology() first. */
export const expandWord: Expander = (word, lang) => {
  const key = `${lang}:${word}`;
  let forms = cache.get(key);
  if (!forms) {
    if (!isCheckedLang(lang)) throw new Error(`no morphology for language "${lang}"`);
    forms = EXPANDERS[LANGUAGES[lang].morphology](word);
    cache.set(key, forms);
  }
  return forms;
};
