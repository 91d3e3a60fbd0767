/**
 * `npm run patterns`: validates every pattern source with zod (patterns/languages.yaml, places.yaml,
 * engine.yaml, salary-reference.yaml, and per checked language patterns/<lang>/cues.yaml, lists.yaml
 * and the rule files), compiles them into src/analysis/compiled/catalogue.json, which the engine imports
 * as a module, and runs every rule's examples through the compiled engine. A bad pattern or a failing
 * example fails the build with the file, the rule id and the reason.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileCatalogue,
  formatProblem,
  PatternBuildError,
  type LangSources,
  type SourceText,
} from './lib/compile-catalogue';
import { catalogueDoc } from './lib/catalogue-doc';
import { packCatalogue } from '../src/analysis/catalogue-pack';
import { unknownRussian } from './lib/morph';
import { CHECKED_LANGS, type CheckedLang } from '../src/languages/table';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
const read = (p: string): SourceText => ({ file: rel(p), text: readFileSync(p, 'utf8') });
/** Files of a language folder that are not rules. */
const NOT_RULES = new Set(['cues.yaml', 'lists.yaml']);

function langSources(lang: CheckedLang): LangSources | undefined {
  const dir = path.join(root, 'patterns', lang);
  if (!existsSync(dir)) return undefined;
  const rules = readdirSync(dir)
    .sort()
    .filter((name) => /\.ya?ml$/.test(name) && !NOT_RULES.has(name))
    .map((name) => read(path.join(dir, name)));
  const lists = path.join(dir, 'lists.yaml');
  return {
    rules,
    cues: read(path.join(dir, 'cues.yaml')),
    ...(existsSync(lists) ? { lists: read(lists) } : {}),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const langs: Partial<Record<CheckedLang, LangSources>> = {};
  for (const lang of CHECKED_LANGS) {
    const src = langSources(lang);
    if (src) langs[lang] = src;
  }
  try {
    const catalogue = await compileCatalogue({
      langs,
      languages: read(path.join(root, 'patterns/languages.yaml')),
      places: read(path.join(root, 'patterns/places.yaml')),
      engine: read(path.join(root, 'patterns/engine.yaml')),
      salary: read(path.join(root, 'patterns/salary-reference.yaml')),
    });
    const outDir = path.join(root, 'src/analysis/compiled');
    mkdirSync(outDir, { recursive: true });
    const out = path.join(outDir, 'catalogue.json');
    // Written only when it changed: the file's time tells the browser tests whether a build is stale.
    // Packed: recurring regex groups stored once (src/analysis/catalogue-pack.ts).
    const json = JSON.stringify(packCatalogue(catalogue));
    if (!existsSync(out) || readFileSync(out, 'utf8') !== json) writeFileSync(out, json);
    // The rule table of the docs, generated from the same catalogue (written only when it changed).
    const doc = path.join(root, 'docs/catalogue.md');
    const table = catalogueDoc(catalogue);
    if (!existsSync(doc) || readFileSync(doc, 'utf8') !== table) writeFileSync(doc, table);
    if (unknownRussian.size > 0) {
      console.warn(
        `patterns: ${unknownRussian.size} Russian word(s) are not in the dictionary and match by their stem: ` +
          [...unknownRussian].sort().join(', '),
      );
    }
    const files = Object.values(langs).reduce((n, l) => n + (l?.rules.length ?? 0), 0);
    const examples = catalogue.rules.reduce(
      (n, r) => n + r.examples.match.length + r.examples.no_match.length,
      0,
    );
    const ms = Math.round(performance.now() - started);
    console.error(
      `patterns: ${catalogue.rules.length} rules from ${files} files, ${examples} examples checked -> ${rel(out)} (${ms} ms)`,
    );
  } catch (e) {
    if (e instanceof PatternBuildError) {
      console.error(`patterns: ${e.problems.length} problem(s), nothing written:`);
      for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
      process.exit(1);
    }
    throw e;
  }
}

await main();
