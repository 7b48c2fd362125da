import fc from 'fast-check';
import {
  distributionBreach,
  gradeFor,
  GradeBand,
  gradeTableProblem,
  nextStatus,
  templateProblem,
  weightedScore,
} from './appraisal-rules';

const bands: GradeBand[] = [
  { grade: 'S', rank: 1, minScore: 90, coefficient: 1.5 },
  { grade: 'A', rank: 2, minScore: 80, coefficient: 1.2 },
  { grade: 'B', rank: 3, minScore: 70, coefficient: 1 },
  { grade: 'C', rank: 4, minScore: 60, coefficient: 0.8 },
  { grade: 'D', rank: 5, minScore: 0, coefficient: 0 },
];
const items = [
  { code: 'sales', name: '销售额', weight: 60 },
  { code: 'service', name: '客户满意度', weight: 30 },
  { code: 'team', name: '团队协作', weight: 10 },
];

describe('appraisal rules', () => {
  it('moves a cycle draft → self review → manager review → calibration → closed, and no further', () => {
    expect(nextStatus('draft')).toBe('self_review');
    expect(nextStatus('self_review')).toBe('manager_review');
    expect(nextStatus('manager_review')).toBe('calibration');
    expect(nextStatus('calibration')).toBe('closed');
    expect(nextStatus('closed')).toBeNull();
  });

  it('weights the item scores', () => {
    expect(
      weightedScore(items, [
        { code: 'sales', score: 90 },
        { code: 'service', score: 80 },
        { code: 'team', score: 75 },
      ]),
    ).toBe(85.5);
    expect(() => weightedScore(items, [{ code: 'sales', score: 90 }])).toThrow(/service is not scored/);
    expect(() =>
      weightedScore(items, [...items.map((i) => ({ code: i.code, score: 1 })), { code: 'x', score: 1 }]),
    ).toThrow(/x is not an item/);
  });

  it('keeps a weighted score between the lowest and highest item score', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }), (scores) => {
        const s = weightedScore(
          items,
          items.map((i, k) => ({ code: i.code, score: scores[k] })),
        );
        expect(s).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(s).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });

  it('grades by the table', () => {
    expect(gradeFor(95, bands)).toBe('S');
    expect(gradeFor(90, bands)).toBe('S');
    expect(gradeFor(89.99, bands)).toBe('A');
    expect(gradeFor(70, bands)).toBe('B');
    expect(gradeFor(12, bands)).toBe('D');
  });

  it('checks templates and grade tables', () => {
    expect(templateProblem(items)).toBeNull();
    expect(templateProblem(items.slice(0, 2))).toEqual({
      field: 'items',
      message: 'weights add up to 90, not 100',
    });
    expect(templateProblem([...items.slice(0, 2), { ...items[0], weight: 10 }])?.message).toMatch(/unique/);
    expect(gradeTableProblem(bands)).toBeNull();
    expect(gradeTableProblem([bands[0], { ...bands[1], minScore: 95 }, bands[4]])?.message).toMatch(
      /A must need a lower/,
    );
    expect(gradeTableProblem(bands.slice(0, 4))?.message).toMatch(/start at 0/);
  });

  it('enforces a forced distribution cap, allowing at least one person', () => {
    expect(
      distributionBreach(['S', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'C'], { S: 10, A: 20 }),
    ).toBeNull();
    expect(distributionBreach(['S', 'S', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'C'], { S: 10 })).toEqual({
      grade: 'S',
      count: 2,
      allowed: 1,
    });
    expect(distributionBreach(['S', 'B', 'B'], { S: 10 })).toBeNull();
  });
});
