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

/** Builds a view piece by piece: each piece of output names the original range it came from. */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  /** `end`: the original text's length. */
  constructor(private readonly end: number) {}

  /** Appends `s`, every character of it coming from the original range [from, to). */
  push(s: string, from: number, to: number): void {
    for (let k = 0; k < s.length; k++) {
      this.parts.push(s[k] as string);
      this.from.push(from);
      this.to.push(to);
    }
  }

  /** Appends one character of a view, keeping its original range. */
  copy(view: TextView, i: number, ch: string = view.text[i] as string): void {
    this.push(ch, view.starts[i] as number, view.ends[i] as number);
  }

  /** Appends `s` spread over the original range [from, to): a converted word, letter by letter. */
  pushSpread(s: string, from: number, to: number): void {
    const span = Math.max(1, to - from);
    for (let k = 0; k < s.length; k++) {
      const a = from + Math.min(span - 1, Math.floor((k * span) / s.length));
      const b = k === s.length - 1 ? to : Math.max(a + 1, from + Math.floor(((k + 1) * span) / s.length));
      this.parts.push(s[k] as string);
      this.from.push(a);
      this.to.push(b);
    }
  }

  get length(): number {
    return this.parts.length;
  }

  last(): string | undefined {
    return this.parts[this.parts.length - 1];
  }

  /** Replaces the last character, widening its range to `to` (a letter composed with its accent). */
  replaceLast(ch: string, to: number): void {
    const i = this.parts.length - 1;
    if (i < 0) return;
    this.parts[i] = ch;
    this.to[i] = Math.max(this.to[i] as number, to);
  }

  pop(): void {
    this.parts.pop();
    this.from.pop();
    this.to.pop();
  }

  build(): TextView {
    const n = this.parts.length;
    const starts = new Int32Array(n + 1);
    const ends = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) {
      starts[k] = this.from[k] as number;
      ends[k] = this.to[k] as number;
    }
    starts[n] = this.end;
    ends[n] = this.end;
    return { text: this.parts.join(''), starts, ends };
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
