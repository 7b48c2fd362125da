import fc from 'fast-check';
import { allocationBalance, attainmentBp, splitByWeights } from './allocation-rules';

describe('target allocation', () => {
  it('shows the difference when children do not add up to the parent', () => {
    expect(allocationBalance(1000, [400, 600])).toEqual({ allocated: 1000, difference: 0, balanced: true });
    expect(allocationBalance(1000, [400, 500])).toEqual({ allocated: 900, difference: 100, balanced: false });
    expect(allocationBalance(1000, [700, 500])).toMatchObject({ difference: -200, balanced: false });
  });

  it('splits by weight in whole 分', () => {
    expect(splitByWeights(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitByWeights(1_000_000, [3, 1])).toEqual([750_000, 250_000]);
    expect(splitByWeights(10, [0, 0])).toEqual([5, 5]);
  });

  it('never loses or invents money, and never gives a negative part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        (amount, weights) => {
          const parts = splitByWeights(amount, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          expect(parts.every((part) => Number.isInteger(part) && part >= 0)).toBe(true);
          expect(allocationBalance(amount, parts).balanced).toBe(true);
        },
      ),
    );
  });

  it('gives attainment in basis points', () => {
    expect(attainmentBp(500, 1000)).toBe(5000);
    expect(attainmentBp(1, 3)).toBe(3333);
    expect(attainmentBp(100, 0)).toBeNull();
  });
});
