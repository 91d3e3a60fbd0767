/**
 * Build-time morphology: expands a dictionary word into all its forms.
 * Russian: the OpenCorpora dictionary through az (11 MB: never bundled, only used here).
 * English: compromise's inflection (plural, verb tenses, -ing).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import Az from 'az';
import nlp from 'compromise';
import { foldWord, type Expander } from '../../src/analysis/dsl';

const require = createRequire(import.meta.url);

let ready: Promise<void> | undefined;

export function initMorphology(): Promise<void> {
  ready ??= new Promise((resolve, reject) => {
    const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
    Az.Morph.init(dicts, (err) => (err ? reject(err) : resolve()));
  });
  return ready;
}

/** Words the dictionary did not know as a dictionary form (reported by the build as warnings). */
export const unknownRussian = new Set<string>();

function expandRussian(word: string): string[] {
  const forms = new Set<string>([word]);
  let known = false;
  // Only lexemes whose dictionary form is this word: "гостевой" is an adjective, not a form of "гость".
  for (const parse of Az.Morph(word)) {
    if (foldWord(parse.normalize().word) !== word) continue;
    known = true;
    const count = parse.formCnt ?? 0;
    for (let i = 0; i < count; i++) {
      const form = parse.inflect(i);
      if (form) forms.add(foldWord(form.word));
    }
  }
  if (!known) unknownRussian.add(word);
  return [...forms];
}

function expandEnglish(word: string): string[] {
  const forms = new Set<string>([word]);
  if (/\s|-/.test(word)) return [...forms];
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
  return [...forms];
}

const cache = new Map<string, readonly string[]>();

/** The expander the DSL compiler uses. Call initMorphology() first. */
export const expandWord: Expander = (word, lang) => {
  const key = `${lang}:${word}`;
  let forms = cache.get(key);
  if (!forms) {
    forms = lang === 'ru' ? expandRussian(word) : expandEnglish(word);
    cache.set(key, forms);
  }
  return forms;
};
