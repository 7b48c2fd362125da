import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formLinesForPolicy, gradeOfRoles, policyWarnings, toNewClaim, totalOf } from './claim-form';
import { STAFF_HOTEL_LIMIT } from './expense-fixtures';

const mealsPerDay = {
  ...STAFF_HOTEL_LIMIT,
  category: 'meals' as const,
  basis: 'per_day' as const,
  limit: 10_000,
};

describe('claim form', () => {
  it('sends yuan as whole 分 and dates as days, leaving out empty justifications', () => {
    expect(
      toNewClaim({
        title: ' 出差 ',
        lines: [
          {
            expenseDate: dayjs('2026-11-20'),
            category: 'transport',
            amount: '19.99',
            description: ' 出租车 ',
            justification: ' ',
          },
        ],
      }),
    ).toEqual({
      title: '出差',
      lines: [{ expenseDate: '2026-11-20', category: 'transport', amount: 1999, description: '出租车' }],
    });
    expect(totalOf([{ amount: '0.1' }, { amount: '0.2' }, { amount: 'x' }])).toBe(30);
  });

  it('warns on a line over its per-line limit until a justification of ten characters covers it', () => {
    const line = { expenseDate: '2026-11-20', category: 'accommodation' as const, amount: 45_000 };
    expect(policyWarnings([line], 'staff', [STAFF_HOTEL_LIMIT])).toEqual([
      { lineIndex: 0, limit: STAFF_HOTEL_LIMIT, amount: 45_000, justified: false },
    ]);
    expect(
      policyWarnings([{ ...line, justification: '展会期间酒店全部涨价' }], 'staff', [STAFF_HOTEL_LIMIT])[0]
        ?.justified,
    ).toBe(true);
    // Another grade's limit does not apply; a line at the limit is within it.
    expect(policyWarnings([line], 'manager', [STAFF_HOTEL_LIMIT])).toEqual([]);
    expect(policyWarnings([{ ...line, amount: 40_000 }], 'staff', [STAFF_HOTEL_LIMIT])).toEqual([]);
  });

  it('adds up a day’s lines of a category for a per-day limit and flags each of them', () => {
    const meal = (amount: number, expenseDate = '2026-11-20') => ({
      expenseDate,
      category: 'meals' as const,
      amount,
    });
    const warnings = policyWarnings([meal(6_000), meal(5_000), meal(9_000, '2026-11-21')], 'staff', [
      mealsPerDay,
    ]);
    expect(warnings.map((w) => [w.lineIndex, w.amount])).toEqual([
      [0, 11_000],
      [1, 11_000],
    ]);
  });

  it('counts half-filled rows as nothing and guesses the grade from the roles', () => {
    expect(formLinesForPolicy([undefined, { category: 'meals', amount: '1' }])).toEqual([
      { expenseDate: '', category: undefined, amount: 0, justification: undefined },
      { expenseDate: '', category: undefined, amount: 100, justification: undefined },
    ]);
    expect(gradeOfRoles(['general-manager'])).toBe('executive');
    expect(gradeOfRoles(['city-manager'])).toBe('manager');
    expect(gradeOfRoles(['planner'])).toBe('staff');
  });
});
