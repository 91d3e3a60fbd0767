/**
 * The analyzer's public API. Pure: runs in Node (CLI, tests), the MV3 background service worker and
 * extension pages. The catalogue is compiled at build time (`npm run patterns`) and imported here as a
 * module, for Node; the extension's background loads it as a data file instead (src/background/catalogue.ts).
 */
import compiledJson from './compiled/catalogue.json';
import type { Prepared } from './catalogue';
import { analyzerFromJson, createAnalyzer } from './create';
import { Analyzer } from './engine';
import type { Explanation } from './pattern-schema';
import type { AdInput, AdviceId, AnalyzeOptions, Assessment, Category, Strength } from './types';

export { MAX_TEXT_LENGTH } from './engine';
export { Analyzer, createAnalyzer };

let analyzer: Analyzer | undefined;

function defaultAnalyzer(): Analyzer {
  // Parsed once: the generated file is a boundary too.
  analyzer ??= analyzerFromJson(compiledJson);
  return analyzer;
}

/** Analyzes one ad with the built-in catalogue. */
export function analyzeAd(ad: AdInput, options?: AnalyzeOptions): Promise<Assessment> {
  return defaultAnalyzer().analyze(ad, options);
}

export interface RuleInfo {
  id: string;
  category: Category;
  strength: Strength;
  advice: AdviceId;
  source: string;
  explanation: Explanation;
}

/** What the UI shows for a finding: the rule's explanation in both languages, its advice and category. */
export function ruleInfo(id: string): RuleInfo | undefined {
  const p: Prepared = defaultAnalyzer().prepared;
  const r = p.rules.get(id) ?? p.builtins.get(id);
  if (!r) return undefined;
  return {
    id: r.id,
    category: r.category,
    strength: r.strength,
    advice: r.advice,
    source: r.source,
    explanation: r.explanation,
  };
}
