import { addDays, addMonths, daysBetween } from './dates';

describe('HR date arithmetic', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-03-01', 3)).toBe('2026-06-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
  it('adds days and counts them', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-12-01', '2026-12-31')).toBe(30);
  });
});
