/**
 * The analyzer's documented time caps, asserted by the robustness tests (after one warm-up call: the
 * first call also parses the catalogue and is printed separately). They are upper bounds for a loaded
 * 2-core CI machine running test files in parallel, not targets; `npm run bench` measures typical speed
 * side by side with a regex floor.
 *
 * Why the time is bounded: the analyzer reads only the first MAX_TEXT_LENGTH (100,000) characters of an
 * ad's text and MAX_FIELD_LENGTH of each short field (src/analysis/limits.ts), and its expressions are
 * linear. The tests check both: 1 MB inputs finish within MAX_MS_PER_MEGABYTE, and no finding points
 * past the cap.
 *
 * - MAX_MS_PER_RANDOM_AD: the slowest single call over the fuzzed inputs (up to ~4 KB of random Unicode,
 *   markup, emoji, RTL and zero-width characters). A bound against catastrophic backtracking, not a
 *   speed goal: warm calls took 1-6 ms here, single calls up to ~1.2 s while the machine ran at a load
 *   of 9 on 2 cores.
 * - MAX_MS_PER_MEGABYTE: one call on 1 MB of text (ad-like prose, or pathological repetitions).
 */
export const MAX_MS_PER_RANDOM_AD = 2_000;
export const MAX_MS_PER_MEGABYTE = 10_000;

/** 1 MB of UTF-16 code units, the size of the "huge ad" inputs. */
export const ONE_MB = 1_000_000;
