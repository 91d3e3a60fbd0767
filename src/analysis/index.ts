/**
 * The analyzer's public API. Pure: runs in Node (CLI, tests), the MV3 background service worker and
 * extension pages. The catalogue is compiled at build time (`npm run patterns`) and imported as a module.
 */
import compiledJson from './compiled/catalogue.json';
import { prepareCatalogue, type Prepared } from './catalogue';
import { Analyzer } from './engine';
import { CompiledCatalogueSchema, type CompiledCatalogue, type Explanation } from './pattern-schema';
import type { AdInput, AdviceId, AnalyzeOptions, Assessment, Category, Strength } from './types';

export { MAX_TEXT_LENGTH } from './engine';
export { Analyzer };

let analyzer: Analyzer | undefined;

/** Builds an analyzer for a given compiled catalogue (tests compile their own small ones). */
export function createAnalyzer(catalogue: CompiledCatalogue): Analyzer {
  return new Analyzer(prepareCatalogue(catalogue));
}

function defaultAnalyzer(): Analyzer {
  // Parsed once: the generated file is a boundary too (a stale or hand-edited file fails loudly here).
  analyzer ??= createAnalyzer(CompiledCatalogueSchema.parse(compiledJson));
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
