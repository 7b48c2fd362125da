import { describe, expect, it } from 'vitest';
import { daysUntil, urgency } from './probation-rules';

describe('probation rules', () => {
  it('counts days across a month end', () => {
    expect(daysUntil('2026-12-01', '2026-11-28')).toBe(3);
    expect(daysUntil('2026-11-27', '2026-11-28')).toBe(-1);
  });

  it('flags reviews due within two weeks and those overdue', () => {
    expect(urgency('2026-11-27', '2026-11-28')).toBe('overdue');
    expect(urgency('2026-12-12', '2026-11-28')).toBe('soon');
    expect(urgency('2026-12-13', '2026-11-28')).toBe('later');
    expect(urgency(null, '2026-11-28')).toBe('later');
  });
});
