import { expenseAccountFor } from './expense-categories';
import { checkPolicy, fen, gradeOfRoles, PolicyLimit, unjustifiedProblems } from './expense-policy';

const hotel: PolicyLimit = { category: 'accommodation', grade: 'staff', basis: 'per_line', limit: 40_000 };
const meals: PolicyLimit = { category: 'meals', grade: 'staff', basis: 'per_day', limit: 10_000 };
const managerHotel: PolicyLimit = { ...hotel, grade: 'manager', limit: 60_000 };

describe('expense policy limits', () => {
  it('passes lines within their per-line limit, exactly at it included', () => {
    const lines = [{ expenseDate: '2026-11-02', category: 'accommodation' as const, amount: 40_000 }];
    expect(checkPolicy(lines, 'staff', [hotel, managerHotel])).toEqual([]);
  });

  it('flags a night over the cap for the claimant’s grade only', () => {
    const lines = [{ expenseDate: '2026-11-02', category: 'accommodation' as const, amount: 50_000 }];
    const breaches = checkPolicy(lines, 'staff', [hotel, managerHotel]);
    expect(breaches).toEqual([{ lineIndex: 0, limit: hotel, amount: 50_000, justified: false }]);
    expect(checkPolicy(lines, 'manager', [hotel, managerHotel])).toEqual([]);
  });

  it('sums a day’s meals before comparing with the per-day limit', () => {
    const lines = [
      { expenseDate: '2026-11-02', category: 'meals' as const, amount: 6_000 },
      { expenseDate: '2026-11-02', category: 'meals' as const, amount: 5_000 },
      { expenseDate: '2026-11-03', category: 'meals' as const, amount: 9_000 },
    ];
    const breaches = checkPolicy(lines, 'staff', [meals]);
    expect(breaches.map((b) => [b.lineIndex, b.amount])).toEqual([
      [0, 11_000],
      [1, 11_000],
    ]);
  });

  it('accepts an over-limit line with a real justification and refuses a token one', () => {
    const lines = [
      {
        expenseDate: '2026-11-02',
        category: 'accommodation' as const,
        amount: 45_000,
        justification: '展会期间全市酒店满房，只剩这一家可订',
      },
      { expenseDate: '2026-11-03', category: 'accommodation' as const, amount: 45_000, justification: 'ok' },
    ];
    const breaches = checkPolicy(lines, 'staff', [hotel]);
    expect(breaches.map((b) => b.justified)).toEqual([true, false]);
    const problems = unjustifiedProblems(breaches);
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe('lines.1.amount');
    expect(problems[0].message).toContain('¥400.00');
  });

  it('formats fen without floats', () => {
    expect(fen(123_456_789)).toBe('¥1,234,567.89');
    expect(fen(5)).toBe('¥0.05');
  });

  it('maps roles to grades', () => {
    expect(gradeOfRoles(['general-manager', 'finance'])).toBe('executive');
    expect(gradeOfRoles(['city-manager'])).toBe('manager');
    expect(gradeOfRoles(['customer-service-lead'])).toBe('manager');
    expect(gradeOfRoles(['customer-service-agent'])).toBe('staff');
  });

  it('books selling costs to 销售费用 and the rest to 管理费用', () => {
    expect(expenseAccountFor('travel', 'city')).toBe('6601');
    expect(expenseAccountFor('marketing', 'department')).toBe('6601');
    expect(expenseAccountFor('office_supplies', 'department')).toBe('6602');
  });
});
