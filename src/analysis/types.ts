/**
 * The analyzer's public types: what goes in (an ad) and what comes out (an assessment).
 * These shapes cross every boundary (CLI, background <-> content script, popup), so they are zod schemas,
 * defined once for everyone in src/messaging/ (zod/mini, small enough for the content script) and
 * re-exported here for the analyzer and its tools. The id lists (levels, strengths, categories, advice,
 * fields, sensitivities) are in src/messaging/ids.ts: add a category or an advice id there.
 */
export {
  ADVICE_IDS,
  AdviceIdSchema,
  CATEGORIES,
  CategorySchema,
  FIELDS,
  FieldSchema,
  LEVELS,
  LevelSchema,
  SENSITIVITIES,
  SensitivitySchema,
  STRENGTHS,
  StrengthSchema,
  type AdviceId,
  type Category,
  type Field,
  type Level,
  type Sensitivity,
  type Strength,
} from '../messaging/ids';
export {
  AdInputSchema,
  AssessmentSchema,
  FindingSchema,
  type AdInput,
  type Assessment,
  type Finding,
} from '../messaging/messages';
import type { Sensitivity } from '../messaging/ids';

/** Languages the catalogue covers. Others are detected and reported, never matched. */
export const SUPPORTED_LANGS = ['ru', 'en'] as const;

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
}
