import { describe, expect, it } from 'vitest';
import { canonical, createSealer, MAX_REMEMBERED } from '../../../src/background/seals';
import { memoryArea, type KeyValueArea } from '../../../src/background/tab-reports';
import { AssessmentSchema, type Assessment } from '../../../src/analysis/types';

const high: Assessment = {
  level: 'high',
  score: 9,
  lang: 'ru',
  checked: true,
  partial: false,
  findings: [
    {
      rule: 'ru.irregular-visa.tourist',
      category: 'irregular-visa',
      strength: 'strong',
      evidence: 'туристической визе',
      start: 10,
      end: 28,
      advice: 'flag-visa',
    },
  ],
};

/** Counts HMAC computations (the expensive part). */
function countingSubtle(): SubtleCrypto & { signs: number } {
  const subtle = crypto.subtle;
  const counting = {
    signs: 0,
    importKey: subtle.importKey.bind(subtle),
    sign: (...args: Parameters<SubtleCrypto['sign']>) => {
      counting.signs++;
      return subtle.sign(...args);
    },
  };
  return counting as unknown as SubtleCrypto & { signs: number };
}

describe('seals', () => {
  it('hold for exactly what they seal', async () => {
    const sealer = createSealer(memoryArea());
    const seal = await sealer.seal({ key: 'hh:1', title: 'Официантки', assessment: high });
    expect(seal).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await sealer.verify({ key: 'hh:1', title: 'Официантки', assessment: high }, seal)).toBe(true);
    for (const changed of [
      { key: 'hh:2', title: 'Официантки', assessment: high },
      { key: 'hh:1', title: 'Бухгалтер', assessment: high },
      { key: 'hh:1', assessment: high },
      { key: 'hh:1', title: 'Официантки', assessment: { ...high, level: 'none' as const } },
      { key: 'hh:1', title: 'Официантки', assessment: { ...high, findings: [] } },
    ])
      expect(await sealer.verify(changed, seal)).toBe(false);
  });

  it('hold for the schema’s form of an assessment, whatever key order it came in', async () => {
    const sealer = createSealer(memoryArea());
    const seal = await sealer.seal({ key: 'k', assessment: AssessmentSchema.parse(high) });
    const reordered = Object.fromEntries(Object.entries(high).reverse());
    expect(await sealer.verify({ key: 'k', assessment: AssessmentSchema.parse(reordered) }, seal)).toBe(true);
    expect(canonical(AssessmentSchema.parse(reordered))).toBe(canonical(AssessmentSchema.parse(high)));
  });

  it('are checked from memory when this worker made them, and by HMAC after a restart', async () => {
    const session = memoryArea();
    const subtle = countingSubtle();
    const first = createSealer(session, subtle);
    const seals = await Promise.all(
      Array.from({ length: 100 }, (_, i) => first.seal({ key: `hh:${i}`, assessment: high })),
    );
    expect(subtle.signs).toBe(100);
    for (const [i, seal] of seals.entries())
      expect(await first.verify({ key: `hh:${i}`, assessment: high }, seal)).toBe(true);
    expect(subtle.signs).toBe(100);
    const restarted = createSealer(session, subtle);
    expect(await restarted.verify({ key: 'hh:7', assessment: high }, seals[7] as string)).toBe(true);
    expect(subtle.signs).toBe(101);
    expect(await restarted.verify({ key: 'hh:7', assessment: high }, seals[7] as string)).toBe(true);
    expect(subtle.signs).toBe(101);
  });

  it('do not hold under another browser session’s secret', async () => {
    const seal = await createSealer(memoryArea()).seal({ key: 'k', assessment: high });
    expect(await createSealer(memoryArea()).verify({ key: 'k', assessment: high }, seal)).toBe(false);
  });

  it('keep the secret in the session area and remember a bounded number of seals', async () => {
    const area: KeyValueArea = memoryArea();
    await createSealer(area).seal({ key: 'k', assessment: high });
    const stored = (await area.get('seal-secret'))['seal-secret'];
    expect(typeof stored).toBe('string');
    expect(MAX_REMEMBERED).toBeLessThanOrEqual(100_000);
  });
});
