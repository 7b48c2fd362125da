import { basisPoints, expenseStatus, usedBasisPoints } from './expense-ratio';

describe('费比 rules', () => {
  it('expresses ratios in basis points, and none without a base', () => {
    expect(basisPoints(12_345, 100_000)).toBe(1_235);
    expect(basisPoints(1, 3)).toBe(3_333);
    expect(basisPoints(5_000, 0)).toBeNull();
  });

  it('rounds the budget used down, so 79.99% is not yet a warning', () => {
    expect(usedBasisPoints(79_999, 100_000)).toBe(7_999);
    expect(usedBasisPoints(80_000, 100_000)).toBe(8_000);
    expect(usedBasisPoints(1, null)).toBeNull();
    expect(usedBasisPoints(1, 0)).toBe(10_000);
    expect(usedBasisPoints(0, 0)).toBe(0);
  });

  it('warns from 80% of the budget or a ratio above plan, and reads exceeded from 100%', () => {
    expect(expenseStatus(7_999, null, null)).toBe('ok');
    expect(expenseStatus(8_000, null, null)).toBe('warning');
    expect(expenseStatus(9_999, 500, 1_000)).toBe('warning');
    expect(expenseStatus(10_000, null, null)).toBe('exceeded');
    expect(expenseStatus(5_000, 1_001, 1_000)).toBe('warning');
    expect(expenseStatus(5_000, 1_000, 1_000)).toBe('ok');
    expect(expenseStatus(null, 9_000, null)).toBe('ok');
  });
});
