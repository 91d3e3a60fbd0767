/**
 * Splitting an ad's text at the findings' offsets, for highlighting with <mark> (rendered as text nodes,
 * never as HTML). Overlapping or touching findings merge into one mark.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** Sorted, clamped, merged ranges; empty and out-of-range ones are dropped. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const clamped = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, length)),
      end: Math.max(0, Math.min(s.end, length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of clamped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function segment(text: string, spans: readonly Span[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of mergeSpans(spans, text.length)) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

export interface Quote {
  before: string;
  match: string;
  after: string;
}

/**
 * The phrase with a few words of context on each side, cut at word boundaries, with an ellipsis where
 * the text goes on. `context` is the most characters kept on each side.
 */
export function quote(text: string, span: Span, context = 48): Quote {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  let before = text.slice(Math.max(0, start - context), start);
  let after = text.slice(end, end + context);
  if (start - context > 0) before = '…' + before.replace(/^\S*\s/, '');
  if (end + context < text.length) after = after.replace(/\s\S*$/, '') + '…';
  return {
    before: before.replace(/\s+/g, ' ').trimStart(),
    match: text.slice(start, end),
    after: after.replace(/\s+/g, ' ').trimEnd(),
  };
}
