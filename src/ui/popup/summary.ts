/**
 * What the popup shows about one assessment: the reasons (categories), the phrases to quote and the
 * advice, strongest first and each once.
 */
import { STRENGTHS } from '../../analysis/types';
import type { AdviceId, Assessment, Category, Finding } from '../../analysis/types';

/** Quoting more phrases than this makes the popup a wall of text; the badge on the page has the rest. */
export const MAX_QUOTES = 4;

export interface Summary {
  categories: Category[];
  quotes: Finding[];
  advice: AdviceId[];
}

export function summarize(assessment: Assessment): Summary {
  const findings = [...assessment.findings].sort(
    (a, b) => STRENGTHS.indexOf(a.strength) - STRENGTHS.indexOf(b.strength) || a.start - b.start,
  );
  const categories = [...new Set(findings.map((f) => f.category))];
  const seen = new Set<string>();
  const quotes = findings.filter((f) => {
    const key = f.evidence.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const advice = [...new Set(findings.flatMap((f) => (f.advice ? [f.advice] : [])))];
  return { categories, quotes: quotes.slice(0, MAX_QUOTES), advice };
}

/** The text a finding's offsets point into. */
export function fieldText(finding: Finding, item: { text: string; title?: string }): string | undefined {
  if (finding.field === undefined || finding.field === 'text') return item.text;
  if (finding.field === 'title') return item.title;
  return undefined;
}
