import { alertLevelOf, periodOf, utilisationPercent, wouldExceed } from './budget-rules';

describe('budget rules', () => {
  it('finds the month, quarter and year of a day', () => {
    expect(periodOf('month', '2026-02-14')).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
      label: '2026-02',
    });
    expect(periodOf('month', '2028-02-14').end).toBe('2028-02-29');
    expect(periodOf('quarter', '2026-11-28')).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
      label: '2026-Q4',
    });
    expect(periodOf('year', '2026-06-01')).toEqual({ start: '2026-01-01', end: '2026-12-31', label: '2026' });
  });

  it('rounds utilisation down and raises alerts at 80% and 100%', () => {
    expect(utilisationPercent(7_999, 10_000)).toBe(79);
    expect(alertLevelOf(7_999, 10_000)).toBe(0);
    expect(alertLevelOf(8_000, 10_000)).toBe(80);
    expect(alertLevelOf(9_999, 10_000)).toBe(80);
    expect(alertLevelOf(10_000, 10_000)).toBe(100);
    expect(alertLevelOf(25_000, 10_000)).toBe(100);
    expect(alertLevelOf(1, 0)).toBe(100);
  });

  it('allows reaching the budget exactly, not one 分 over', () => {
    expect(wouldExceed(10_000, 6_000, 4_000)).toBe(false);
    expect(wouldExceed(10_000, 6_000, 4_001)).toBe(true);
  });
});
