/**
 * What the popup shows about one assessment: each reason (category) once with the phrase that shows it,
 * and the advice, strongest first.
 */
import { STRENGTHS } from '../../analysis/types';
import type { AdviceId, Assessment, Category, Finding } from '../../analysis/types';

export interface Reason {
  category: Category;
  /** The strongest finding of the category, earliest in the text: the phrase to quote. */
  finding: Finding;
}

export interface Summary {
  reasons: Reason[];
  advice: AdviceId[];
}

export function summarize(assessment: Assessment): Summary {
  const findings = [...assessment.findings].sort(
    (a, b) => STRENGTHS.indexOf(a.strength) - STRENGTHS.indexOf(b.strength) || a.start - b.start,
  );
  const reasons = new Map<Category, Reason>();
  for (const finding of findings)
    if (!reasons.has(finding.category))
      reasons.set(finding.category, { category: finding.category, finding });
  const advice = [...new Set(findings.flatMap((f) => (f.advice ? [f.advice] : [])))];
  return { reasons: [...reasons.values()], advice };
}

/** The text a finding's offsets point into, when the popup has it (page reports carry no ad text). */
export function fieldText(finding: Finding, item: { text?: string; title?: string }): string | undefined {
  if (finding.field === undefined || finding.field === 'text') return item.text;
  if (finding.field === 'title') return item.title;
  return undefined;
}
