import { describe, expect, it } from 'vitest';
import { beijingToday, dayKind, lockBlocker, previousMonth } from './attendance-rules';

describe('attendance rules', () => {
  const marks = new Map([
    ['2026-10-01', { kind: 'holiday' }],
    ['2026-10-11', { kind: 'make-up-workday' }],
  ]);

  it('lets the calendar override the day of the week', () => {
    expect(dayKind('2026-10-01', marks)).toBe('holiday'); // a Thursday
    expect(dayKind('2026-10-11', marks)).toBe('make-up-workday'); // a Sunday worked
    expect(dayKind('2026-10-10', marks)).toBe('weekend');
    expect(dayKind('2026-10-12', marks)).toBe('workday');
  });

  it('steps back a month across the year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });

  it('reads today in Beijing time', () => {
    expect(beijingToday(new Date('2026-10-31T17:00:00Z'))).toBe('2026-11-01');
  });

  it('locks only a past month with a maintained calendar', () => {
    const month = { month: '2026-10', locked: false, calendarMaintained: true };
    expect(lockBlocker(month, '2026-11-02')).toBeUndefined();
    expect(lockBlocker(month, '2026-10-30')).toBe('notPast');
    expect(lockBlocker({ ...month, calendarMaintained: false }, '2026-11-02')).toBe('calendarMissing');
    expect(lockBlocker({ ...month, locked: true }, '2026-11-02')).toBe('locked');
  });
});
