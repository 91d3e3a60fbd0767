/**
 * How a phrase is shown: the words the analyzer cut around a finding's evidence (src/analysis/phrases.ts,
 * carried in Finding.phrase), white space collapsed, an ellipsis where the clause goes on, and the
 * evidence split out for highlighting. The in-page badge imports this and never the cutting itself,
 * which belongs to the analyzer.
 */
import type { Phrase, Span } from '../../analysis/phrases';

export type { Phrase, Span };

/** The phrase's text as shown: white space collapsed, an ellipsis where the clause goes on. */
export function phraseText(text: string, phrase: Phrase): string {
  const body = text.slice(phrase.start, phrase.end).replace(/\s+/g, ' ').trim();
  return `${phrase.cutStart ? '…' : ''}${body}${phrase.cutEnd ? '…' : ''}`;
}

/** The phrase split around the span, for highlighting the evidence inside it. */
export interface PhraseParts {
  before: string;
  match: string;
  after: string;
}

export function phraseParts(text: string, span: Span, phrase: Phrase): PhraseParts {
  const s = clamp(span.start, phrase.start, phrase.end);
  const e = clamp(span.end, s, phrase.end);
  const squash = (t: string) => t.replace(/\s+/g, ' ');
  return {
    before: `${phrase.cutStart ? '…' : ''}${squash(text.slice(phrase.start, s)).trimStart()}`,
    match: squash(text.slice(s, e)),
    after: `${squash(text.slice(e, phrase.end)).trimEnd()}${phrase.cutEnd ? '…' : ''}`,
  };
}

/** Whether two phrases share any character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
