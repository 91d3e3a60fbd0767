/**
 * `npm run patterns`: validates every pattern file (patterns/<lang>/*.yaml), the engine's cue lists
 * (src/analysis/data/cues.yaml) and the salary reference (patterns/salary-reference.yaml) with zod, and
 * compiles them into src/analysis/compiled/catalogue.json, which the engine imports as a module.
 * A bad pattern fails the build with the file, the rule id and the reason.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCatalogue, PatternBuildError, formatProblem, type SourceText } from './lib/compile-catalogue';
import { unknownRussian } from './lib/morph';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
const read = (p: string): SourceText => ({ file: rel(p), text: readFileSync(p, 'utf8') });

function ruleFiles(): SourceText[] {
  const files: SourceText[] = [];
  for (const lang of ['ru', 'en']) {
    const dir = path.join(root, 'patterns', lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.yaml') || name.endsWith('.yml')) files.push(read(path.join(dir, name)));
    }
  }
  return files;
}

async function main(): Promise<void> {
  const started = performance.now();
  const rules = ruleFiles();
  try {
    const catalogue = await compileCatalogue({
      rules,
      cues: read(path.join(root, 'src/analysis/data/cues.yaml')),
      salary: read(path.join(root, 'patterns/salary-reference.yaml')),
    });
    const outDir = path.join(root, 'src/analysis/compiled');
    mkdirSync(outDir, { recursive: true });
    const out = path.join(outDir, 'catalogue.json');
    // Written only when it changed: the file's time tells the browser tests whether a build is stale.
    const json = JSON.stringify(catalogue);
    if (!existsSync(out) || readFileSync(out, 'utf8') !== json) writeFileSync(out, json);
    if (unknownRussian.size > 0) {
      console.warn(
        `patterns: ${unknownRussian.size} Russian word(s) are not dictionary forms and match only as written ` +
          `(use =word or stem* to say so): ${[...unknownRussian].sort().join(', ')}`,
      );
    }
    const ms = Math.round(performance.now() - started);
    console.error(
      `patterns: ${catalogue.rules.length} rules from ${rules.length} files -> ${rel(out)} (${ms} ms)`,
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
