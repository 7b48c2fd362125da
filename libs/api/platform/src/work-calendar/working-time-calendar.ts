import { addDays, beijingDate, beijingMidnight, minutesOfClock, weekdayOf } from './beijing-time';

/** One stretch of working time in a day, in Beijing clock time, e.g. `{ start: '09:00', end: '12:00' }`. */
export interface WorkingHours {
  start: string;
  end: string;
}

/** An office day with a lunch break; SLA policies and shifts pass their own hours. */
export const OFFICE_HOURS: readonly WorkingHours[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];

/**
 * Why a day is or is not worked. China moves weekends around public holidays: a `make-up-workday` (调休上班)
 * is a Saturday or Sunday that is worked, and a `holiday` may fall on any weekday.
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

export interface CalendarDays {
  /** Public holidays, `YYYY-MM-DD`. */
  holidays: Iterable<string>;
  /** Weekend days that are worked (调休), `YYYY-MM-DD`. */
  makeUpWorkdays: Iterable<string>;
}

const MINUTE_MS = 60_000;
/** Far enough for any SLA or leave period; stops a calendar without working hours from looping forever. */
const MAX_DAYS_SCANNED = 3 * 366;

/**
 * Working time over Beijing calendar days: which days are worked, and how much working time lies between
 * two instants or after one. Pure, so timers can be tested on a clock that moves.
 */
export class WorkingTimeCalendar {
  private readonly holidays: ReadonlySet<string>;
  private readonly makeUpWorkdays: ReadonlySet<string>;
  /** Working intervals as [start, end) minutes after midnight, sorted, non-overlapping. */
  private readonly intervals: ReadonlyArray<readonly [number, number]>;

  constructor(days: CalendarDays, hours: readonly WorkingHours[] = OFFICE_HOURS) {
    this.holidays = new Set(days.holidays);
    this.makeUpWorkdays = new Set(days.makeUpWorkdays);
    this.intervals = normaliseHours(hours);
  }

  dayKind(date: string): DayKind {
    if (this.holidays.has(date)) return 'holiday';
    if (this.makeUpWorkdays.has(date)) return 'make-up-workday';
    const weekday = weekdayOf(date);
    return weekday === 0 || weekday === 6 ? 'weekend' : 'workday';
  }

  isWorkingDay(date: string): boolean {
    const kind = this.dayKind(date);
    return kind === 'workday' || kind === 'make-up-workday';
  }

  /** Working days from `from` to `to`, both included. */
  workingDaysBetween(from: string, to: string): string[] {
    const days: string[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      if (this.isWorkingDay(date)) days.push(date);
    }
    return days;
  }

  /** Working minutes inside [from, to); 0 when `to` is not after `from`. */
  workingMinutesBetween(from: Date, to: Date): number {
    if (to <= from) return 0;
    let totalMs = 0;
    for (let date = beijingDate(from); date <= beijingDate(to); date = addDays(date, 1)) {
      for (const [start, end] of this.workingIntervalsOn(date)) {
        const overlap = Math.min(end, to.getTime()) - Math.max(start, from.getTime());
        if (overlap > 0) totalMs += overlap;
      }
    }
    return totalMs / MINUTE_MS;
  }

  /**
   * The instant after `minutes` of working time have passed from `from`. Zero minutes from outside working
   * hours is the next moment work starts: a ticket opened on Saturday is due from Monday morning on.
   */
  addWorkingMinutes(from: Date, minutes: number): Date {
    if (!(minutes >= 0)) throw new Error(`Working minutes must be zero or more, got ${minutes}`);
    let remainingMs = minutes * MINUTE_MS;
    let date = beijingDate(from);
    for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, date = addDays(date, 1)) {
      for (const [start, end] of this.workingIntervalsOn(date)) {
        const begin = Math.max(start, from.getTime());
        if (begin >= end) continue;
        if (begin + remainingMs <= end) return new Date(begin + remainingMs);
        remainingMs -= end - begin;
      }
    }
    throw new Error(`No working time within ${MAX_DAYS_SCANNED} days of ${from.toISOString()}`);
  }

  /** Whether `instant` falls inside working hours on a working day. */
  isWorkingTime(instant: Date): boolean {
    const t = instant.getTime();
    return this.workingIntervalsOn(beijingDate(instant)).some(([start, end]) => t >= start && t < end);
  }

  /** The working intervals of one date as absolute [start, end) milliseconds. */
  private workingIntervalsOn(date: string): Array<[number, number]> {
    if (!this.isWorkingDay(date)) return [];
    const midnight = beijingMidnight(date).getTime();
    return this.intervals.map(([start, end]) => [midnight + start * MINUTE_MS, midnight + end * MINUTE_MS]);
  }
}

function normaliseHours(hours: readonly WorkingHours[]): Array<[number, number]> {
  const intervals = hours
    .map(({ start, end }) => [minutesOfClock(start), minutesOfClock(end)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  for (const [index, [start, end]] of intervals.entries()) {
    if (end <= start) throw new Error(`Working hours must end after they start: ${start}–${end}`);
    const previous = intervals[index - 1];
    if (previous && previous[1] > start) throw new Error('Working hours must not overlap');
  }
  return intervals;
}
