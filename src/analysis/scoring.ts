/**
 * From findings to a level: the one place where weights and thresholds live.
 *
 * The model follows the ILO/European Commission "Operational indicators of trafficking in human beings"
 * (ILO, 2009; Delphi survey). Each indicator weighs strong, medium or weak, and a dimension (here: the
 * job ad, i.e. deceptive or exploitative recruitment) is positive when the ad shows
 *   - 2 strong indicators, or
 *   - 1 strong and at least 1 medium or weak, or
 *   - 3 medium, or
 *   - 2 medium and 1 weak.
 * That combination is our `high` ("strong warning"). Volodko, Cockbain & Kleinberg (2020) found at
 * least one indicator in 98% of real work-abroad ads, so a single indicator must not warn strongly: one
 * weak signal alone gives `none`, and a single medium or strong one gives `caution` ("check carefully").
 *
 * Counting: a finding counts once per category, with the strongest strength found in that category, so
 * three phrasings of "no experience" are one weak signal. Two different rules of one category that quote
 * different, non-overlapping phrases at medium or strong ("a 700 $ fee for a place" and "paid in crypto,
 * no receipt") are two facts, not one phrasing twice: they add one weak signal (CORROBORATION, at most
 * once per ad). `work-abroad` is context, not a risk: it is a
 * weak signal only when the ad also has another finding, and multiplies the score by WORK_ABROAD_FACTOR.
 *
 * Breadth: IOM Russia's first red flag is a whole ad made of individually soft signals ("work abroad for
 * girls as waitresses; no training needed; travel, insurance and housing paid; high pay"). The catalogue
 * rates most of those weak, and the ILO combinations never add weak signals up, so an ad that shows
 * BREADTH_HIGH distinct categories (context included) is `high` as well, and BREADTH_CAUTION a `caution`.
 * Ordinary ads rarely show more than two (measured with `npm run false-alarms`).
 *
 * Exploitation in itself: the ILO's combinations weigh signs of a risk, but two categories name the act,
 * not a sign of it. An employer who keeps the worker's passport is one of the ILO's eleven indicators of
 * forced labour ("retention of identity documents", ILO 2012), and an ad that hires people to pass
 * others' money through their own cards, or to work in a scam compound, recruits them into a crime
 * (UNODC 2023-2025; the Bank of Russia's anti-drop guidance). A strong finding in one of SELF_EVIDENT is
 * `high` alone; medium ones there ("card details asked") still need company.
 *
 * Safeguards: an ad that states SAFEGUARD_KINDS different lawful safeguards outright (the passport stays
 * with the worker, no recruitment fee is charged, the contract is signed before departure, a licence or
 * register number: patterns/<lang>/cues.yaml `safeguards`) is one step calmer: `high` becomes `caution`,
 * `caution` becomes `none`. Licensed agencies, state-organised recruitment and approved seasonal schemes
 * write exactly that, and still mention the travel, the visa fee the worker pays or the housing charge
 * that lures mention too; recruiters do not promise that the passport stays with the worker or give a
 * register number to check. One safeguard alone changes nothing ("всё официально" is a lure's phrase).
 *
 * Sensitivity (a user setting) shifts the `caution` thresholds; `high` is always the ILO combination or
 * the breadth rule.
 */
import type { Category, Finding, Level, Sensitivity, Strength } from './types';

/** Points per strength, for the score (ordering and display). */
export const WEIGHTS: Readonly<Record<Strength, number>> = { strong: 3, medium: 2, weak: 1 };

/** The category that is context, not a risk on its own. */
export const CONTEXT_CATEGORY: Category = 'work-abroad';
/** Score multiplier when the job is abroad and there is at least one other finding. */
export const WORK_ABROAD_FACTOR = 1.25;

/** Distinct categories (context included) that make an ad `high` / `caution` whatever their strengths. */
export const BREADTH_HIGH = 4;
export const BREADTH_CAUTION = 3;

/** Kinds of stated safeguard that make an ad one step calmer. */
export const SAFEGUARD_KINDS = 2;

/** Categories whose strong findings are the exploitation itself, so one is `high` alone (see above). */
export const SELF_EVIDENT: ReadonlySet<Category> = new Set<Category>([
  'document-retention',
  'forced-criminality',
]);

/** Counts of categories by their strongest strength. */
export interface SignalCounts {
  strong: number;
  medium: number;
  /** Weak risk categories, not counting the context. */
  weak: number;
  /** 1 when the job is abroad and the ad has another finding, else 0. */
  context: number;
  /** Strong categories of SELF_EVIDENT (already counted in `strong`). */
  selfEvident: number;
}

/** Distinct categories, context included only next to a real finding. */
export const breadth = (c: SignalCounts): number => c.strong + c.medium + c.weak + c.context;

/**
 * ILO (2009): 2 strong; 1 strong + 1 medium/weak; 3 medium; 2 medium + 1 weak. Context counts as weak.
 * A strong finding of exploitation itself (SELF_EVIDENT) needs no company.
 */
export function iloPositive(c: SignalCounts): boolean {
  const weak = c.weak + c.context;
  return (
    c.selfEvident >= 1 ||
    c.strong >= 2 ||
    (c.strong >= 1 && c.medium + weak >= 1) ||
    c.medium >= 3 ||
    (c.medium >= 2 && weak >= 1)
  );
}

/** When an ad that is not `high` still gets a `caution`, per sensitivity. */
export const CAUTION_THRESHOLDS: Readonly<Record<Sensitivity, (c: SignalCounts) => boolean>> = {
  // Cautious: any strong or medium signal, or two categories.
  cautious: (c) => c.strong >= 1 || c.medium >= 1 || breadth(c) >= 2,
  // Balanced (default): any strong or medium signal, or BREADTH_CAUTION categories. (Measured on the
  // real ordinary ads of ../shared/corpora: a lone medium signal warns on at most 0.4% of them.)
  balanced: (c) => c.strong >= 1 || c.medium >= 1 || breadth(c) >= BREADTH_CAUTION,
  // Strong-only: no cautions; only the ILO combination warns.
  'strong-only': () => false,
};

const RANK: Readonly<Record<Strength, number>> = { strong: 3, medium: 2, weak: 1 };

/** Strongest strength per category. */
export function strongestByCategory(findings: readonly Finding[]): Map<Category, Strength> {
  const best = new Map<Category, Strength>();
  for (const f of findings) {
    const prev = best.get(f.category);
    if (!prev || RANK[f.strength] > RANK[prev]) best.set(f.category, f.strength);
  }
  return best;
}

/** Does some risk category hold two medium-or-strong findings of different rules on separate phrases? */
export function corroborated(findings: readonly Finding[]): boolean {
  const solid = findings.filter((f) => f.strength !== 'weak' && f.category !== CONTEXT_CATEGORY);
  return solid.some((a, i) =>
    solid.some(
      (b, j) =>
        j > i &&
        a.category === b.category &&
        a.rule !== b.rule &&
        ((a.field ?? 'text') !== (b.field ?? 'text') || a.end <= b.start || b.end <= a.start),
    ),
  );
}

export function countSignals(findings: readonly Finding[]): SignalCounts {
  const best = strongestByCategory(findings);
  const risks = [...best.entries()].filter(([cat]) => cat !== CONTEXT_CATEGORY);
  const counts: SignalCounts = { strong: 0, medium: 0, weak: 0, context: 0, selfEvident: 0 };
  for (const [cat, s] of risks) {
    counts[s]++;
    if (s === 'strong' && SELF_EVIDENT.has(cat)) counts.selfEvident++;
  }
  if (corroborated(findings)) counts.weak++;
  // Context counts as one weak signal, and only next to a real one.
  if (best.has(CONTEXT_CATEGORY) && risks.length > 0) counts.context = 1;
  return counts;
}

export interface Score {
  level: Level;
  score: number;
}

const CALMER: Readonly<Record<Level, Level>> = { high: 'caution', caution: 'none', none: 'none' };

/** `safeguards`: how many kinds of lawful safeguard the ad states (see above). */
export function scoreFindings(
  findings: readonly Finding[],
  sensitivity: Sensitivity = 'balanced',
  safeguards = 0,
): Score {
  const best = strongestByCategory(findings);
  const risks = [...best.entries()].filter(([cat]) => cat !== CONTEXT_CATEGORY);
  let points = risks.reduce((sum, [, s]) => sum + WEIGHTS[s], 0);
  if (best.has(CONTEXT_CATEGORY) && risks.length > 0) points *= WORK_ABROAD_FACTOR;
  const counts = countSignals(findings);
  const high = iloPositive(counts) || breadth(counts) >= BREADTH_HIGH;
  const level: Level = high ? 'high' : CAUTION_THRESHOLDS[sensitivity](counts) ? 'caution' : 'none';
  return {
    level: safeguards >= SAFEGUARD_KINDS ? CALMER[level] : level,
    score: Math.round(points * 100) / 100,
  };
}
