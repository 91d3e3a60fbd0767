/**
 * The content script runs on every job page, and the page's main thread compiles and runs all of it
 * before the first badge. A value import of classic zod (the bundle grew from 76 KB to 142 KB that way,
 * and a 50-card hh.ru listing paid about 30 ms more main-thread time), of the analyzer or of the
 * background must stay out. The contract (src/messaging/) and the settings parser (src/settings/) are
 * written with zod/mini for that reason and may come in. The one module of the analyzer it imports is
 * limits.ts, the two length limits, which imports nothing: taken from engine.ts, the limits brought the
 * engine's top-level tables along (the bundler keeps a module's top-level work: 18 KB of salary.ts's
 * currency tables). The bundle's size is checked on the build, in tests/e2e/perf.test.ts. This walks the
 * script's value imports from its entrypoint (`import type` is free).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'entrypoints/jobsite.content.ts');
const FORBIDDEN_DIRS = ['src/analysis/', 'src/background/'];
/** Modules of the forbidden folders that hold only constants and import nothing. */
const CONSTANTS_ONLY = ['src/analysis/limits.ts'];

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** Module specifiers of the value imports and re-exports in `source` (type-only ones left out). */
function valueImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gms;
  for (const m of source.matchAll(re)) {
    const [, , typeOnly, clause = '', spec = ''] = m;
    if (typeOnly) continue;
    const braces = /\{([^}]*)\}/.exec(clause);
    const outside = braces ? clause.replace(braces[0], '').replace(/,/g, '').trim() : clause.trim();
    const names = braces
      ? (braces[1] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    // `import { type A, type B } from` is type-only too; a default or namespace import is a value.
    if (!outside && names.length && names.every((n) => n.startsWith('type '))) continue;
    out.push(spec);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1] ?? '');
  return out;
}

function resolveModule(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find((p) => existsSync(p) && p.endsWith('.ts'));
}

function contentScriptGraph(): { modules: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [ENTRY];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const spec of valueImports(source)) {
      const resolved = resolveModule(file, spec);
      if (resolved) queue.push(resolved);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  }
  return { modules: [...seen].map(relative), packages };
}

describe('content script imports', () => {
  it('tells value imports from type-only ones', () => {
    expect(
      valueImports(
        [
          "import type { A } from './a';",
          "import { type B, type C } from './b';",
          "import { type D, e } from './d';",
          "import * as z from 'zod/mini';",
          "export { f } from './f';",
          "import './side-effect';",
        ].join('\n'),
      ),
    ).toEqual(['./d', 'zod/mini', './f', './side-effect']);
  });

  it('reaches the controller, the badge, the contract and the settings parser, and neither classic zod, the analyzer nor the background', () => {
    const { modules, packages } = contentScriptGraph();
    expect(modules).toContain('src/page/controller.ts');
    expect(modules).toContain('src/ui/badge/badge.ts');
    expect(modules).toContain('src/messaging/messages.ts');
    expect(modules).toContain('src/settings/parse.ts');
    expect(
      modules.filter((m) => FORBIDDEN_DIRS.some((d) => m.startsWith(d)) && !CONSTANTS_ONLY.includes(m)),
    ).toEqual([]);
    expect(packages.has('zod')).toBe(false);
    expect(packages.has('zod/mini')).toBe(true);
  });

  it('takes from the analyzer only modules of constants that import nothing', () => {
    for (const module of CONSTANTS_ONLY)
      expect(valueImports(readFileSync(path.join(ROOT, module), 'utf8')), module).toEqual([]);
  });
});
