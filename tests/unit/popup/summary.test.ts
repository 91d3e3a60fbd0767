import { describe, expect, it } from 'vitest';
import type { Assessment, Finding } from '../../../src/analysis/types';
import { fieldText, summarize } from '../../../src/ui/popup/summary';

const f = (over: Partial<Finding>): Finding => ({
  rule: 'x',
  category: 'urgency',
  strength: 'weak',
  evidence: 'e',
  start: 0,
  end: 1,
  ...over,
});

describe('summarize', () => {
  it('gives each category once, strongest first, quoting its strongest finding', () => {
    const assessment: Assessment = {
      level: 'high',
      score: 5,
      lang: 'en',
      checked: true,
      partial: false,
      findings: [
        f({ category: 'urgency', strength: 'weak', start: 1, advice: 'tip-urgency' }),
        f({ category: 'irregular-visa', strength: 'medium', start: 40, advice: 'flag-visa' }),
        f({ category: 'irregular-visa', strength: 'strong', start: 60, advice: 'flag-visa' }),
        f({ category: 'debt', strength: 'strong', start: 20, advice: 'flag-pay-later' }),
      ],
    };
    const { reasons, advice } = summarize(assessment);
    expect(reasons.map((r) => [r.category, r.finding.start])).toEqual([
      ['debt', 20],
      ['irregular-visa', 60],
      ['urgency', 1],
    ]);
    expect(advice).toEqual(['flag-pay-later', 'flag-visa', 'tip-urgency']);
  });

  it('nothing to say for an assessment without findings', () => {
    expect(
      summarize({ level: 'none', score: 0, lang: 'ru', checked: true, partial: false, findings: [] }),
    ).toEqual({
      reasons: [],
      advice: [],
    });
  });
});

describe('fieldText', () => {
  it('points text and title findings at the right string, others at nothing', () => {
    const item = { text: 'body', title: 'title' };
    expect(fieldText(f({}), item)).toBe('body');
    expect(fieldText(f({ field: 'title' }), item)).toBe('title');
    expect(fieldText(f({ field: 'salary' }), item)).toBeUndefined();
  });
});
