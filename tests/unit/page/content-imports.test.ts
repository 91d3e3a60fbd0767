/**
 * The content script runs on every job page, and the page's main thread compiles and runs all of it
 * before the first badge. A value import of the analyzer's contract (src/analysis/types.ts and the
 * messaging, settings and background modules built on it) brings classic zod along: the bundle grew from
 * 76 KB to 142 KB that way, and a 50-card hh.ru listing paid about 30 ms more main-thread time. This walks
 * the script's value imports from its entrypoint and keeps those modules out (`import type` is free).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'entrypoints/jobsite.content.ts');
const FORBIDDEN_DIRS = ['src/analysis/', 'src/messaging/', 'src/settings/', 'src/background/'];

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
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      const resolved = resolveModule(file, spec);
      if (resolved) queue.push(resolved);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  }
  return { modules: [...seen].map((f) => path.relative(ROOT, f).split(path.sep).join('/')), packages };
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

  it('reaches the page controller and the badge, and none of the classic-zod contract modules', () => {
    const { modules, packages } = contentScriptGraph();
    expect(modules).toContain('src/page/controller.ts');
    expect(modules).toContain('src/ui/badge/badge.ts');
    expect(modules.filter((m) => FORBIDDEN_DIRS.some((d) => m.startsWith(d)))).toEqual([]);
    expect(packages.has('zod')).toBe(false);
  });
});
