/** Compiles small inline rule sets (YAML strings) with the real cue lists and salary reference. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileCatalogue } from '../../../scripts/lib/compile-catalogue';
import { createAnalyzer, type Analyzer } from '../../../src/analysis/index';
import type { CompiledCatalogue } from '../../../src/analysis/pattern-schema';

export const ROOT = path.resolve(__dirname, '../../..');
const read = (rel: string) => ({ file: rel, text: readFileSync(path.join(ROOT, rel), 'utf8') });

export function compileInline(files: Record<string, string>): Promise<CompiledCatalogue> {
  return compileCatalogue({
    rules: Object.entries(files).map(([file, text]) => ({ file, text })),
    cues: read('src/analysis/data/cues.yaml'),
    salary: read('patterns/salary-reference.yaml'),
  });
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
  match:${list(r.match)}${r.unless ? `\n  unless:${list(r.unless)}` : ''}
  examples: { match: [x], no_match: [y] }
`;
}
