/**
 * The compiled catalogue as a file: every named list is spelled out in each expression that uses it, so
 * "@abroad-place" (thirty countries' names in all their forms) is repeated in every rule that names a
 * destination, and the file grew by about 30 KB per use, close to the 5 MiB Firefox's add-on linter
 * parses (tests/unit/analysis/catalogue-size.test.ts). Packing stores each long regex group that recurs
 * once, in `fragments`, and leaves a marker where it stood; unpacking (in the catalogue's schema, so
 * every reader gets it) puts the groups back before anything compiles a RegExp. The matcher sees the
 * very same sources.
 */

/** Marks a fragment reference: NUL never occurs in a regex source or text of the catalogue (checked). */
const MARK = '\u0000';
// Built from MARK so the source holds no control character (a regex literal with one is a lint error).
const REFERENCE = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');
/** Groups shorter than this are hardly worth a marker (about 15 bytes in JSON, NULs escaped). */
export const MIN_FRAGMENT = 48;

export interface Packed {
  fragments: string[];
}

/** Every non-capturing group of a regex source that is at least `min` long: [start, end) spans. */
export function longGroups(source: string, min: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // A character class: brackets and parentheses inside it are literal.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(') open.push(i);
    else if (c === ')') {
      const start = open.pop();
      if (start !== undefined && i + 1 - start >= min && source.startsWith('(?:', start))
        spans.push([start, i + 1]);
    }
  }
  return spans;
}

/** Applies `fn` to every string in a JSON value (objects and arrays rebuilt, other values kept). */
function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  return value;
}

function collectStrings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
  return out;
}

/**
 * Packs a compiled catalogue: the longest recurring groups first, each counted in the strings as they
 * are after the longer ones were taken out (a group inside a fragment is not packed again there).
 */
export function packCatalogue<T extends object>(catalogue: T, min = MIN_FRAGMENT): T & Packed {
  if ('fragments' in catalogue) throw new Error('catalogue is already packed');
  const strings = collectStrings(catalogue, []);
  if (strings.some((s) => s.includes(MARK))) throw new Error('catalogue text contains NUL: cannot pack it');
  // Each long group, and the strings it occurs in (only those are looked at again).
  const where = new Map<string, Set<number>>();
  const counts = new Map<string, number>();
  strings.forEach((s, i) => {
    for (const [a, b] of longGroups(s, min)) {
      const g = s.slice(a, b);
      counts.set(g, (counts.get(g) ?? 0) + 1);
      let set = where.get(g);
      if (!set) where.set(g, (set = new Set()));
      set.add(i);
    }
  });
  const candidates = [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .map(([g]) => g)
    .sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  const fragments: string[] = [];
  for (const g of candidates) {
    const holders = [...(where.get(g) ?? [])];
    let n = 0;
    for (const i of holders) {
      const s = strings[i] ?? '';
      for (let at = s.indexOf(g); at >= 0 && n < 2; at = s.indexOf(g, at + g.length)) n++;
      if (n >= 2) break;
    }
    if (n < 2) continue;
    const ref = `${MARK}${fragments.push(g) - 1}${MARK}`;
    for (const i of holders) strings[i] = (strings[i] ?? '').split(g).join(ref);
  }
  // Put the packed strings back in place: mapStrings visits them in the order collectStrings listed them.
  let k = 0;
  const packed = mapStrings(catalogue, () => strings[k++] ?? '');
  return { ...(packed as T), fragments };
}

/**
 * Unpacks a catalogue read from its file: every fragment marker replaced by its group. The value read is
 * not changed: only the objects on the way to a marker are copied (copying all 5 MB of it took longer than
 * the replacing). A value without `fragments` is returned as it is (the schema then judges it); a marker
 * with no fragment throws.
 */
export function unpackCatalogue(json: unknown): unknown {
  if (!json || typeof json !== 'object' || !('fragments' in json)) return json;
  const { fragments, ...rest } = json as { fragments: unknown };
  if (!Array.isArray(fragments) || !fragments.every((f): f is string => typeof f === 'string'))
    throw new Error('catalogue: `fragments` must be an array of strings');
  const expand = (s: string): string =>
    s.replace(REFERENCE, (_, i: string) => {
      const f = fragments[Number(i)];
      if (f === undefined) throw new Error(`catalogue: no fragment ${i}`);
      return f;
    });
  // The same value when nothing in it changed, else a shallow copy with its changed parts.
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes(MARK) ? expand(v) : v;
    if (!v || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      let out: unknown[] | undefined;
      v.forEach((x, i) => {
        const y = visit(x);
        if (y !== x) (out ??= v.slice())[i] = y;
      });
      return out ?? v;
    }
    let out: Record<string, unknown> | undefined;
    for (const [k, x] of Object.entries(v)) {
      const y = visit(x);
      if (y !== x) (out ??= { ...v })[k] = y;
    }
    return out ?? v;
  };
  return visit(rest);
}
