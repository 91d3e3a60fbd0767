/**
 * A warning a frightened person can act on in seconds, worked out once for the badge and the popup:
 * the level, the top three reasons with one clean quote each (phrase level, never two quotes of the
 * same words), and the one or two actions that matter most for this ad, chosen from its findings.
 * Pure data: the badge turns it into DOM, the popup into Preact, the share button into text.
 */
import type { AdviceId, Assessment, Category, Field, Finding, Strength } from '../../analysis/types';
import { shownOf, type Shown } from './levels';
import { overlaps, phraseOf, phraseParts, phraseText, type Phrase, type PhraseParts } from './phrases';

/** Enough to say why without turning the warning into the ad. */
export const MAX_REASONS = 3;
export const MAX_ACTIONS = 2;

/**
 * The texts the findings' offsets point into (what the page or the popup has of the ad). The ad's own
 * words, where the view has them: the badge and the popup's check do; a tab report does
 * not (it carries keys and assessments, never texts: issue 14), so its quotes are the evidence alone.
 */
export interface AdSource {
  text?: string;
  title?: string;
  salary?: string;
  employer?: string;
}

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

export function fieldSource(source: AdSource, field: Field | undefined): string | undefined {
  if (field === undefined || field === 'text') return source.text;
  return source[field];
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

interface Candidate {
  finding: Finding;
  field: Field;
  phrase?: Phrase;
  source?: string;
}

function candidateOf(finding: Finding, source: AdSource): Candidate {
  const field = finding.field ?? 'text';
  const text = fieldSource(source, field);
  // Offsets are trusted only where they still point at the evidence (the text may have been trimmed).
  if (text === undefined || text.slice(finding.start, finding.end) !== finding.evidence)
    return { finding, field };
  return { finding, field, source: text, phrase: phraseOf(text, finding) };
}

function quoteOf(c: Candidate): Quote {
  if (c.phrase && c.source !== undefined) {
    return { ...phraseParts(c.source, c.finding, c.phrase), text: phraseText(c.source, c.phrase) };
  }
  // No text to find the phrase in: the evidence alone, as the analyzer matched it.
  const match = c.finding.evidence.replace(/\s+/g, ' ').trim();
  return { before: '', match, after: '', text: match };
}

const normalized = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The warning for one assessment of the ad `source` (the popup can ask for every reason). */
export function warningOf(assessment: Assessment, source: AdSource, maxReasons = MAX_REASONS): Warning {
  const byCategory = new Map<Category, Candidate[]>();
  for (const finding of byStrength(assessment.findings)) {
    const list = byCategory.get(finding.category) ?? [];
    list.push(candidateOf(finding, source));
    byCategory.set(finding.category, list);
  }
  // Categories in the order of their strongest finding (byStrength already sorted them so).
  const categories = [...byCategory.keys()];
  const taken: { field: Field; phrase: Phrase }[] = [];
  const texts = new Set<string>();
  const reasons: WarningReason[] = categories.slice(0, maxReasons).map((category) => {
    for (const c of byCategory.get(category) ?? []) {
      if (c.phrase && taken.some((t) => t.field === c.field && overlaps(t.phrase, c.phrase as Phrase)))
        continue;
      const quote = quoteOf(c);
      const key = normalized(quote.text);
      if (!key || texts.has(key)) continue;
      texts.add(key);
      if (c.phrase) taken.push({ field: c.field, phrase: c.phrase });
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
