import { describe, expect, it } from 'vitest';
import { distributionRows, nextStep } from './appraisal-rules';

const grades = [
  { grade: 'B', rank: 3, minScore: 70, coefficient: 1 },
  { grade: 'S', rank: 1, minScore: 95, coefficient: 1.5 },
  { grade: 'A', rank: 2, minScore: 85, coefficient: 1.2 },
];

describe('appraisal rules', () => {
  it('lists grades best first with shares and coefficients', () => {
    const rows = distributionRows({ A: 1, B: 3 }, grades, null);
    expect(rows.map((r) => [r.grade, r.count, r.percent, r.coefficient])).toEqual([
      ['S', 0, 0, 1.5],
      ['A', 1, 25, 1.2],
      ['B', 3, 75, 1],
    ]);
  });

  it('flags a grade over its forced-distribution cap by count, not by the rounded percent', () => {
    const rows = distributionRows({ S: 2, B: 7 }, grades, { S: 22 });
    expect(rows[0]).toMatchObject({ grade: 'S', percent: 22, limit: 22, over: true });
    expect(distributionRows({ S: 1, B: 9 }, grades, { S: 10 })[0]!.over).toBe(false);
  });

  it('keeps a grade the table no longer has', () => {
    expect(distributionRows({ C: 1 }, grades, null).at(-1)).toMatchObject({
      grade: 'C',
      coefficient: undefined,
    });
  });

  it('steps the cycle forward until closed', () => {
    expect(nextStep('draft')).toBe('self_review');
    expect(nextStep('calibration')).toBe('closed');
    expect(nextStep('closed')).toBeUndefined();
  });
});
