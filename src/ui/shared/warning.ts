/**
 * A warning a frightened person can act on in seconds, worked out once for the badge and the popup:
 * the level, the top three reasons with one clean quote each (phrase level, never two quotes of the
 * same words), and the one or two actions that matter most for this ad, chosen from its findings.
 * Pure data: the badge turns it into DOM, the popup into Preact, the share button into text.
 */
import { overlaps, phraseParts, phraseText, type PhraseParts, type Span } from './quote';
import type { AdviceId, Assessment, Category, Field, Finding, Strength } from '../../analysis/types';
import { shownOf, type Shown } from './levels';

/** Enough to say why without turning the warning into the ad. */
export const MAX_REASONS = 3;
export const MAX_ACTIONS = 2;

export interface Quote extends PhraseParts {
  /** The phrase as one string (ellipses included), for the badge and the shared text. */
  text: string;
}

export interface WarningReason {
  category: Category;
  /** Absent when every phrase of this reason is already quoted under a stronger one. */
  quote?: Quote;
}

export interface Warning {
  shown: Shown;
  /** Only part of the text was read (it was longer than the analyzer reads). */
  partial: boolean;
  reasons: WarningReason[];
  /** Reasons beyond those given. */
  moreReasons: number;
  actions: AdviceId[];
}

const STRENGTH_RANK: Readonly<Record<Strength, number>> = { strong: 0, medium: 1, weak: 2 };

/**
 * Advice from the most to the least urgent. First what protects the person, their documents and money
 * now; then the legal footing of the job; then checking the recruiter; then reading the ad's signs.
 * Last, PREPARATION: good advice for any trip abroad, but never the first thing to tell someone about
 * an ad that looks like trafficking (issue 13: a high-risk ad was told "learn about the country").
 */
const URGENCY: readonly AdviceId[] = [
  'rule-passport',
  'tip-personal-data',
  // Scam compounds and money mules: the person is made to commit crimes.
  'tip-forced-criminality',
  'flag-cash',
  'flag-pay-later',
  'flag-visa',
  'rule-work-visa',
  'rule-no-illegal-work',
  'flag-contract',
  'rule-contract-language',
  'flag-intermediary',
  'rule-license',
  'tip-details-in-person',
  'flag-mobile-only',
  'flag-envelope',
  'tip-conditions',
  'tip-urgency',
  'flag-ad-text',
  'flag-salary',
];
const PREPARATION: ReadonlySet<AdviceId> = new Set<AdviceId>([
  'rule-copies',
  'rule-embassy',
  'rule-ngos',
  'rule-return-ticket',
  'rule-visa-period',
  'rule-learn-country',
]);
/** What a high-risk ad is told first when its findings point to nothing but preparation. */
const HIGH_RISK_FIRST: AdviceId = 'tip-personal-data';

function urgencyOf(advice: AdviceId): number {
  const i = URGENCY.indexOf(advice);
  return PREPARATION.has(advice) ? URGENCY.length + 1 : i === -1 ? URGENCY.length : i;
}

/** Findings strongest first, then in the order they appear. */
function byStrength(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => STRENGTH_RANK[a.strength] - STRENGTH_RANK[b.strength] || a.start - b.start,
  );
}

/** The one or two actions for this ad: the most urgent advice of its strongest findings. */
export function actionsOf(assessment: Assessment, max = MAX_ACTIONS): AdviceId[] {
  const best = new Map<AdviceId, { strength: number; first: number }>();
  assessment.findings.forEach((f, order) => {
    if (!f.advice) return;
    const seen = best.get(f.advice);
    const strength = STRENGTH_RANK[f.strength];
    if (!seen || strength < seen.strength) best.set(f.advice, { strength, first: seen?.first ?? order });
  });
  const ranked = [...best.entries()]
    .sort(
      ([a, x], [b, y]) =>
        Number(PREPARATION.has(a)) - Number(PREPARATION.has(b)) ||
        x.strength - y.strength ||
        urgencyOf(a) - urgencyOf(b) ||
        x.first - y.first,
    )
    .map(([advice]) => advice);
  if (assessment.level === 'high' && (ranked.length === 0 || PREPARATION.has(ranked[0] as AdviceId))) {
    ranked.unshift(HIGH_RISK_FIRST);
  }
  return [...new Set(ranked)].slice(0, max);
}

/**
 * The quote for a finding: the phrase the analyzer cut around its evidence (Finding.phrase), with the
 * evidence marked inside it. The phrase travels with the assessment, so every view quotes the ad's own
 * clause, even one that never had the ad's text (a tab's report). Without a phrase, the evidence alone.
 */
function quoteOf(finding: Finding): Quote {
  const p = finding.phrase;
  // The phrase's own text is the source: offsets shift to it. It is trusted only where it holds the
  // evidence (its start at least; a very long evidence is cut inside the phrase).
  const span = p && { start: finding.start - p.start, end: finding.end - p.start };
  const held = p && span && span.start >= 0 ? p.text.slice(span.start, span.end) : '';
  if (p && span && held && finding.evidence.startsWith(held)) {
    const local = { start: 0, end: p.text.length, cutStart: p.cutStart, cutEnd: p.cutEnd };
    return { ...phraseParts(p.text, span, local), text: phraseText(p.text, local) };
  }
  const match = finding.evidence.replace(/\s+/g, ' ').trim();
  return { before: '', match, after: '', text: match };
}

/** Where a finding's quote lies in its field, for never quoting the same words twice. */
function spanOf(finding: Finding): Span {
  return finding.phrase ?? finding;
}

const normalized = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The warning for one assessment (the popup can ask for every reason). */
export function warningOf(assessment: Assessment, maxReasons = MAX_REASONS): Warning {
  const byCategory = new Map<Category, Finding[]>();
  for (const finding of byStrength(assessment.findings)) {
    const list = byCategory.get(finding.category) ?? [];
    list.push(finding);
    byCategory.set(finding.category, list);
  }
  // Categories in the order of their strongest finding (byStrength already sorted them so).
  const categories = [...byCategory.keys()];
  const taken: { field: Field; span: Span }[] = [];
  const texts = new Set<string>();
  const reasons: WarningReason[] = categories.slice(0, maxReasons).map((category) => {
    for (const finding of byCategory.get(category) ?? []) {
      const field = finding.field ?? 'text';
      const span = spanOf(finding);
      if (taken.some((t) => t.field === field && overlaps(t.span, span))) continue;
      const quote = quoteOf(finding);
      const key = normalized(quote.text);
      if (!key || texts.has(key)) continue;
      texts.add(key);
      taken.push({ field, span });
      return { category, quote };
    }
    return { category };
  });
  return {
    shown: shownOf(assessment),
    partial: assessment.partial,
    reasons,
    moreReasons: Math.max(0, categories.length - maxReasons),
    actions: assessment.level === 'none' ? [] : actionsOf(assessment),
  };
}
