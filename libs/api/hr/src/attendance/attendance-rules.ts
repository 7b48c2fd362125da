import type { DayKind } from '@zhanggui/api-platform';
import { addDays } from '../shared/dates';

/** Pure attendance rules: the monthly summary, annual leave entitlement, overtime kinds. */

export const OVERTIME_KINDS = ['weekday', 'rest_day', 'public_holiday'] as const;
export type OvertimeKind = (typeof OVERTIME_KINDS)[number];

/** Labour Law art. 44: 150 % on working days, 200 % on rest days (unless time off is given), 300 % on holidays. */
export const OVERTIME_MULTIPLIERS: Record<OvertimeKind, number> = {
  weekday: 1.5,
  rest_day: 2,
  public_holiday: 3,
};

export function overtimeKindOf(dayKind: DayKind): OvertimeKind {
  if (dayKind === 'holiday') return 'public_holiday';
  if (dayKind === 'weekend') return 'rest_day';
  return 'weekday';
}

/**
 * Paid annual leave (《职工带薪年休假条例》): 5 days after 1 year of work, 10 after 10, 15 after 20. In the year
 * the employee completes a tier the extra days are prorated over the days left (rounded down, as art. 5 of
 * the implementing measures says); years of work before joining count when HR records them.
 */
export function annualLeaveEntitlement(hireDate: string, year: number, priorYears = 0): number {
  const tierAt = (date: string): number => {
    const years = fullYearsBetween(hireDate, date) + priorYears;
    return years >= 20 ? 15 : years >= 10 ? 10 : years >= 1 ? 5 : 0;
  };
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (hireDate > end) return 0;
  let total = 0;
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  // Walk the year's tier changes (at most one: the work anniversary).
  const anniversary = `${year}-${hireDate.slice(5) === '02-29' ? '02-28' : hireDate.slice(5)}`;
  const segments: Array<[string, string]> =
    anniversary > start && anniversary <= end && anniversary > hireDate
      ? [
          [start, addDays(anniversary, -1)],
          [anniversary, end],
        ]
      : [[start, end]];
  for (const [from, to] of segments) {
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    total += (tierAt(from) * days) / daysInYear;
  }
  return Math.floor(total + 1e-9);
}

export function fullYearsBetween(from: string, to: string): number {
  if (to < from) return 0;
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years--;
  return years;
}

export interface ShiftTimes {
  /** HH:MM Beijing time. */
  startsAt: string;
  endsAt: string;
  graceMinutes: number;
}

export interface SummaryCalendar {
  dayKind(date: string): DayKind;
  isWorkingDay(date: string): boolean;
}

export interface SummaryInput {
  month: string;
  calendar: SummaryCalendar;
  /** The shift of each day (the employee's or their unit's). */
  shiftOn(date: string): ShiftTimes;
  hireDate: string;
  leaveDate: string | null;
  /** Clock punches as Beijing dates and HH:MM (seconds dropped). */
  punches: Array<{ date: string; time: string }>;
  /** Approved leave, whole days. */
  leave: Array<{ type: string; startsOn: string; endsOn: string }>;
  /** Approved overtime. */
  overtime: Array<{ kind: OvertimeKind; hours: number }>;
}

export interface AttendanceSummary {
  month: string;
  /** Working days of the month by the calendar while employed (holidays out, make-up days in). */
  expectedDays: number;
  daysWorked: number;
  lateCount: number;
  earlyLeaveCount: number;
  /** Days with a single punch: counted as worked, shown for HR to chase. */
  missingPunchCount: number;
  absenceDays: number;
  leaveDays: Record<string, number>;
  overtimeHours: Record<OvertimeKind, number>;
  /** Each expected day and what it was, for the calendar view. */
  days: Array<{ date: string; kind: DayKind; status: DayStatus }>;
}

export type DayStatus =
  'worked' | 'late' | 'early' | 'late_early' | 'missing_punch' | 'leave' | 'absent' | 'off';

export function monthDays(month: string): string[] {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: last }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * One employee's month. Each working day of the calendar inside their employment is expected; a day on
 * approved leave counts as leave (by type), a day with punches as worked (first punch after start + grace is
 * late, last punch before the end is an early leave), a day with neither as absence. Punches on days off do
 * not make a worked day: overtime counts through approved overtime requests only.
 */
export function summariseMonth(input: SummaryInput): AttendanceSummary {
  const punchesByDay = new Map<string, string[]>();
  for (const p of input.punches) punchesByDay.set(p.date, [...(punchesByDay.get(p.date) ?? []), p.time]);
  const result: AttendanceSummary = {
    month: input.month,
    expectedDays: 0,
    daysWorked: 0,
    lateCount: 0,
    earlyLeaveCount: 0,
    missingPunchCount: 0,
    absenceDays: 0,
    leaveDays: {},
    overtimeHours: { weekday: 0, rest_day: 0, public_holiday: 0 },
    days: [],
  };
  for (const date of monthDays(input.month)) {
    const kind = input.calendar.dayKind(date);
    const employed = date >= input.hireDate && (input.leaveDate === null || date <= input.leaveDate);
    if (!employed || !input.calendar.isWorkingDay(date)) {
      result.days.push({ date, kind, status: 'off' });
      continue;
    }
    result.expectedDays++;
    const leave = input.leave.find((l) => l.startsOn <= date && date <= l.endsOn);
    if (leave) {
      result.leaveDays[leave.type] = (result.leaveDays[leave.type] ?? 0) + 1;
      result.days.push({ date, kind, status: 'leave' });
      continue;
    }
    const times = (punchesByDay.get(date) ?? []).sort();
    if (times.length === 0) {
      result.absenceDays++;
      result.days.push({ date, kind, status: 'absent' });
      continue;
    }
    result.daysWorked++;
    if (times.length === 1) {
      result.missingPunchCount++;
      result.days.push({ date, kind, status: 'missing_punch' });
      continue;
    }
    const shift = input.shiftOn(date);
    const late = minutes(times[0]) > minutes(shift.startsAt) + shift.graceMinutes;
    const early = minutes(times[times.length - 1]) < minutes(shift.endsAt);
    if (late) result.lateCount++;
    if (early) result.earlyLeaveCount++;
    result.days.push({
      date,
      kind,
      status: late && early ? 'late_early' : late ? 'late' : early ? 'early' : 'worked',
    });
  }
  for (const o of input.overtime)
    result.overtimeHours[o.kind] = round1(result.overtimeHours[o.kind] + o.hours);
  return result;
}

/** Days a leave takes: working days by the calendar, or every calendar day (maternity). */
export function leaveDaysOf(
  calendar: SummaryCalendar,
  startsOn: string,
  endsOn: string,
  counts: 'working_days' | 'calendar_days',
): number {
  let n = 0;
  for (let d = startsOn; d <= endsOn; d = addDays(d, 1))
    if (counts === 'calendar_days' || calendar.isWorkingDay(d)) n++;
  return n;
}

/** Months (YYYY-MM) a date range touches. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7);) {
    months.push(m);
    const [y, mo] = m.split('-').map(Number);
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  return months;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
