/**
 * A text view: a string derived from the ad's text, with the range in the ORIGINAL text that each of its
 * characters came from. Every reading pass (reading/*.ts), normalization and translit take a view and
 * give a new one, so however many passes run, a match in the last view maps straight back to the
 * characters the user sees.
 *
 * `starts[i]`/`ends[i]` bound the original characters behind `text[i]` (a mathematical bold letter is
 * two UTF-16 units; a converted translit word spreads over its Latin letters). `starts[text.length]` is
 * the original length.
 */
export interface TextView {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** The identity view of an original text. */
export function originalView(text: string): TextView {
  const n = text.length;
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    starts[i] = i;
    ends[i] = Math.min(n, i + 1);
  }
  return { text, starts, ends };
}

/**
 * Builds a view piece by piece: each piece of output names the original range it came from. Offsets go
 * into growable typed arrays and unchanged stretches are copied in bulk (copyRange), so a pass over a
 * long ad allocates a few arrays, not one string per character.
 */
export class ViewBuilder {
  private readonly chunks: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private n = 0;
  private lastChar: string | undefined;

  /** `end`: the original text's length. `expected`: a guess at the output length. */
  constructor(
    private readonly end: number,
    expected = 64,
  ) {
    this.from = new Int32Array(Math.max(16, expected + 1));
    this.to = new Int32Array(Math.max(16, expected + 1));
  }

  private room(extra: number): void {
    if (this.n + extra < this.from.length) return;
    const size = Math.max(this.from.length * 2, this.n + extra + 1);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    from.set(this.from.subarray(0, this.n));
    to.set(this.to.subarray(0, this.n));
    this.from = from;
    this.to = to;
  }

  /** Appends `s`, every character of it coming from the original range [from, to). */
  push(s: string, from: number, to: number): void {
    if (s.length === 0) return;
    this.room(s.length);
    for (let k = 0; k < s.length; k++) {
      this.from[this.n] = from;
      this.to[this.n] = to;
      this.n++;
    }
    this.chunks.push(s);
    this.lastChar = s[s.length - 1];
  }

  /** Appends one character of a view, keeping its original range. */
  copy(view: TextView, i: number, ch: string = view.text[i] as string): void {
    this.push(ch, view.starts[i] as number, view.ends[i] as number);
  }

  /** Appends the characters [i, j) of a view unchanged, with their original ranges. */
  copyRange(view: TextView, i: number, j: number): void {
    if (j <= i) return;
    this.room(j - i);
    this.from.set(view.starts.subarray(i, j), this.n);
    this.to.set(view.ends.subarray(i, j), this.n);
    this.n += j - i;
    this.chunks.push(view.text.slice(i, j));
    this.lastChar = view.text[j - 1];
  }

  /** Appends `text` for the characters [i, j) of a view, one for one (same length: a lower-cased word). */
  copyRangeAs(view: TextView, i: number, j: number, text: string): void {
    if (text.length !== j - i) throw new Error('copyRangeAs: the text must be as long as the range');
    if (j <= i) return;
    this.room(j - i);
    this.from.set(view.starts.subarray(i, j), this.n);
    this.to.set(view.ends.subarray(i, j), this.n);
    this.n += j - i;
    this.chunks.push(text);
    this.lastChar = text[text.length - 1];
  }

  /** Appends `s` spread over the original range [from, to): a converted word, letter by letter. */
  pushSpread(s: string, from: number, to: number): void {
    if (s.length === 0) return;
    const span = Math.max(1, to - from);
    this.room(s.length);
    for (let k = 0; k < s.length; k++) {
      const a = from + Math.min(span - 1, Math.floor((k * span) / s.length));
      const b = k === s.length - 1 ? to : Math.max(a + 1, from + Math.floor(((k + 1) * span) / s.length));
      this.from[this.n] = a;
      this.to[this.n] = b;
      this.n++;
    }
    this.chunks.push(s);
    this.lastChar = s[s.length - 1];
  }

  get length(): number {
    return this.n;
  }

  last(): string | undefined {
    return this.lastChar;
  }

  /** Replaces the last character, widening its range to `to` (a letter composed with its accent). */
  replaceLast(ch: string, to: number): void {
    if (this.n === 0) return;
    const chunk = this.chunks.pop() as string;
    this.chunks.push(chunk.slice(0, -1) + ch);
    this.to[this.n - 1] = Math.max(this.to[this.n - 1] as number, to);
    this.lastChar = ch;
  }

  pop(): void {
    if (this.n === 0) return;
    const chunk = this.chunks.pop() as string;
    if (chunk.length > 1) this.chunks.push(chunk.slice(0, -1));
    this.n--;
    const prev = this.chunks[this.chunks.length - 1];
    this.lastChar = prev === undefined ? undefined : prev[prev.length - 1];
  }

  build(): TextView {
    const n = this.n;
    const starts = new Int32Array(n + 1);
    const ends = new Int32Array(n + 1);
    starts.set(this.from.subarray(0, n));
    ends.set(this.to.subarray(0, n));
    starts[n] = this.end;
    ends[n] = this.end;
    return { text: this.chunks.join(''), starts, ends };
  }
}

/** Maps a range [a, b) of a view to the original range that produced it. */
export function toOriginal(view: TextView, a: number, b: number): [number, number] {
  const start = view.starts[a] ?? 0;
  if (b <= a) return [start, start];
  let end = start;
  for (let i = a; i < b; i++) end = Math.max(end, view.ends[i] ?? end);
  return [start, end];
}
