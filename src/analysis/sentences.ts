/** Sentence helpers over normalized text, where every sentence end is `\n` (see normalize.ts). */

/** [start, end) of the sentence around `pos`. */
export function sentenceAt(norm: string, pos: number): [number, number] {
  const start = norm.lastIndexOf('\n', pos - 1) + 1;
  const nl = norm.indexOf('\n', pos);
  return [start, nl === -1 ? norm.length : nl];
}

/** Every [start, end) range where one of the RegExps matches, widened to whole sentences. */
export function sentencesMatching(norm: string, res: readonly RegExp[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (const m of execAll(re, norm)) out.push(sentenceAt(norm, m.index));
  }
  return out;
}

export function inRanges(pos: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([a, b]) => pos >= a && pos < b);
}

/** Does any of the RegExps match somewhere in the text? */
export function anyMatch(text: string, res: readonly RegExp[]): boolean {
  return res.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}

/**
 * Every match of a global RegExp, reusing the RegExp object. (`String.prototype.matchAll` clones the
 * RegExp on each call, which recompiles the catalogue's large expressions: 10-50x slower here.)
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}
