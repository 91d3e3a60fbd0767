/**
 * What every assessment must satisfy, whatever the input: it parses with the public schema, its level
 * and score are sane, and every finding's evidence is exactly the slice of the field its offsets point
 * into (the badge and the popup highlight by offsets, so a wrong offset would quote the wrong words).
 */
import { expect } from 'vitest';
import { analyzeAd } from '../../../src/analysis';
import { AssessmentSchema, LEVELS, type AdInput, type Assessment } from '../../../src/analysis/types';

export function expectValidAssessment(ad: AdInput, assessment: Assessment): void {
  expect(() => AssessmentSchema.parse(assessment)).not.toThrow();
  expect(LEVELS).toContain(assessment.level);
  expect(Number.isFinite(assessment.score)).toBe(true);
  if (ad.id !== undefined) expect(assessment.id).toBe(ad.id);
  for (const f of assessment.findings) {
    const source = ad[f.field ?? 'text'];
    expect(
      source,
      `finding ${f.rule} points into field "${f.field ?? 'text'}", which the ad lacks`,
    ).toBeTypeOf('string');
    const text = source as string;
    expect(f.start, `${f.rule}: start`).toBeGreaterThanOrEqual(0);
    expect(f.end, `${f.rule}: end`).toBeGreaterThan(f.start);
    expect(f.end, `${f.rule}: end`).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end), `${f.rule}: evidence`).toBe(f.evidence);
  }
}

/** Runs `fn` and returns its result with the wall time it took. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/**
 * The first calls load the catalogue and, for the first English ad, the English NLP: time the calls
 * after those (the loads are printed by the fuzz test).
 */
export async function warmUp(): Promise<void> {
  await analyzeAd({ text: 'Работа за границей для девушек, перелёт оплачиваем.', lang: 'ru' });
  await analyzeAd({
    text: 'Work abroad for young girls, flights and housing paid, no experience.',
    lang: 'en',
  });
}
