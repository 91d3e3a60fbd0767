/**
 * What the badge's panel says about an assessment: the reasons (one per risk category, strongest first,
 * with the quoted phrases) and the advice, in the order the findings give it. Pure data, no DOM.
 */
import type { AdviceId, Assessment, Category, Strength } from '../../analysis/types';

/** Enough quotes to show what triggered a reason without turning the panel into the ad. */
const MAX_QUOTES_PER_REASON = 3;
const MAX_QUOTE_LENGTH = 120;
const MAX_ADVICE = 5;

export interface Reason {
  category: Category;
  quotes: string[];
}

const STRENGTH_ORDER: Record<Strength, number> = { strong: 0, medium: 1, weak: 2 };

export function reasonsOf(assessment: Assessment): Reason[] {
  const byCategory = new Map<Category, { rank: number; quotes: string[] }>();
  for (const f of assessment.findings) {
    const entry = byCategory.get(f.category) ?? { rank: STRENGTH_ORDER[f.strength], quotes: [] };
    entry.rank = Math.min(entry.rank, STRENGTH_ORDER[f.strength]);
    const quote = shorten(f.evidence.replace(/\s+/g, ' ').trim());
    if (quote && !entry.quotes.includes(quote) && entry.quotes.length < MAX_QUOTES_PER_REASON) {
      entry.quotes.push(quote);
    }
    byCategory.set(f.category, entry);
  }
  return [...byCategory.entries()]
    .sort((a, b) => a[1].rank - b[1].rank)
    .map(([category, { quotes }]) => ({ category, quotes }));
}

export function adviceOf(assessment: Assessment): AdviceId[] {
  const out: AdviceId[] = [];
  for (const f of assessment.findings) {
    if (f.advice && !out.includes(f.advice)) out.push(f.advice);
  }
  return out.slice(0, MAX_ADVICE);
}

function shorten(s: string): string {
  return s.length <= MAX_QUOTE_LENGTH ? s : `${s.slice(0, MAX_QUOTE_LENGTH - 1)}…`;
}
