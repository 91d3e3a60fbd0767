/**
 * Building an analyzer from a compiled catalogue, without the catalogue itself: the extension's
 * background loads the catalogue as a packaged data file (src/background/catalogue.ts), so its script
 * stays small; Node (CLI, tests) imports it as a module (index.ts).
 */
import { prepareCatalogue } from './catalogue';
import { Analyzer } from './engine';
import { CompiledCatalogueSchema, type CompiledCatalogue } from './pattern-schema';

/** Builds an analyzer for a given compiled catalogue (tests compile their own small ones). */
export function createAnalyzer(catalogue: CompiledCatalogue): Analyzer {
  return new Analyzer(prepareCatalogue(catalogue));
}

/** Parses a compiled catalogue read from anywhere: a stale or hand-edited file fails loudly here. */
export function analyzerFromJson(json: unknown): Analyzer {
  return createAnalyzer(CompiledCatalogueSchema.parse(json));
}
