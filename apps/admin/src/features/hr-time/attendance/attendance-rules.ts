import type { AttendanceMonth } from './attendance.api';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What a date is in the company calendar: a marked day wins over the day of the week (调休 makes a Sunday work). */
export function dayKind(date: string, marks: ReadonlyMap<string, { kind: string }>): DayKind {
  const mark = marks.get(date);
  if (mark?.kind === 'holiday') return 'holiday';
  if (mark?.kind === 'make-up-workday') return 'make-up-workday';
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'weekend' : 'workday';
}

/** The month (YYYY-MM) a Beijing date (YYYY-MM-DD) falls in. */
export const monthOf = (date: string) => date.slice(0, 7);

/** The month before, e.g. 2026-01 → 2025-12: the one normally being closed for payroll. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y! - 1}-12` : `${y}-${String(m! - 1).padStart(2, '0')}`;
}

/** Today's date in Beijing time (the API counts working days there), as YYYY-MM-DD. */
export function beijingToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export type LockBlocker = 'locked' | 'notPast' | 'calendarMissing';

/**
 * Why a month may not be locked yet, or undefined when it may: the API refuses an open or future month (its
 * punches still change) and a year whose holidays nobody entered (expected days would be wrong).
 */
export function lockBlocker(
  month: Pick<AttendanceMonth, 'month' | 'locked' | 'calendarMaintained'>,
  today: string,
): LockBlocker | undefined {
  if (month.locked) return 'locked';
  if (month.month >= monthOf(today)) return 'notPast';
  if (!month.calendarMaintained) return 'calendarMissing';
  return undefined;
}
