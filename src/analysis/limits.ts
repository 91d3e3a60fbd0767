/**
 * The analyzer's input limits, in a module of their own: the content script and the message contract cap
 * what they send by them, and importing them from engine.ts brought the whole engine's tables into every
 * job-site tab (a bundler keeps a module's top-level work; salary.ts's currency tables alone were 18 KB).
 * No imports here, on purpose (tests/unit/page/content-imports.test.ts).
 */

/**
 * Only this many characters of the text are analyzed, so the time per ad stays bounded (the engine is
 * linear: about a millisecond per 10,000 characters). An ad longer than this is marked `partial`.
 */
export const MAX_TEXT_LENGTH = 100_000;
/** Cap for the short fields (title, salary, employer). */
export const MAX_FIELD_LENGTH = 1_000;
