/**
 * Compiles small inline rule sets (YAML strings keyed by their path, patterns/<lang>/<file>.yaml) with
 * the repository's real cues, lists, places, languages and salary reference.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  compileCatalogue,
  type CatalogueSources,
  type LangSources,
} from '../../../scripts/lib/compile-catalogue';
import { createAnalyzer, type Analyzer } from '../../../src/analysis/index';
import type { CompiledCatalogue } from '../../../src/analysis/pattern-schema';
import { CHECKED_LANGS, type CheckedLang } from '../../../src/languages/table';

export const ROOT = path.resolve(__dirname, '../../..');
const read = (rel: string) => ({ file: rel, text: readFileSync(path.join(ROOT, rel), 'utf8') });

/** The repository's pattern sources, with `rules` in place of every language's rule files. */
export function sourcesWith(files: Record<string, string>): CatalogueSources {
  const langs: Partial<Record<CheckedLang, LangSources>> = {};
  for (const lang of CHECKED_LANGS) {
    const lists = `patterns/${lang}/lists.yaml`;
    langs[lang] = {
      rules: Object.entries(files)
        .filter(([file]) => file.startsWith(`patterns/${lang}/`))
        .map(([file, text]) => ({ file, text })),
      cues: read(`patterns/${lang}/cues.yaml`),
      ...(existsSync(path.join(ROOT, lists)) ? { lists: read(lists) } : {}),
    };
  }
  return {
    langs,
    languages: read('patterns/languages.yaml'),
    places: read('patterns/places.yaml'),
    engine: read('patterns/engine.yaml'),
    salary: read('patterns/salary-reference.yaml'),
  };
}

export function compileInline(files: Record<string, string>): Promise<CompiledCatalogue> {
  return compileCatalogue(sourcesWith(files), { checkExamples: false });
}

export async function inlineAnalyzer(files: Record<string, string>): Promise<Analyzer> {
  return createAnalyzer(await compileInline(files));
}

/** A rule in YAML, with the fields a test does not care about filled in. */
export function rule(r: {
  id: string;
  category?: string;
  strength: 'strong' | 'medium' | 'weak';
  match: string[];
  unless?: string[];
  within?: number;
  advice?: string;
}): string {
  const [lang, category] = r.id.split('.') as [string, string];
  const list = (xs: string[]) => xs.map((x) => `\n    - ${JSON.stringify(x)}`).join('');
  return `
- id: ${r.id}
  category: ${r.category ?? category}
  strength: ${r.strength}
  lang: ${lang}
  advice: ${r.advice ?? 'flag-ad-text'}
  source: test
  explanation: { ru: тест, en: test }
  match:${list(r.match)}${r.unless ? `\n  unless:${list(r.unless)}` : ''}${r.within ? `\n  within: ${r.within}` : ''}
  examples: { match: [x], no_match: [y] }
`;
}
