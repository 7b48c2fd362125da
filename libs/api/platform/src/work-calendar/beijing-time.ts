/**
 * Beijing time without a time-zone library: China has kept UTC+8 with no daylight saving since 1991, so a
 * fixed offset is exact for every date this system handles.
 */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date in Beijing, as `YYYY-MM-DD`. */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Beijing calendar date starts (00:00 Beijing). */
export function beijingMidnight(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - BEIJING_OFFSET_MS);
}

/** The date `days` after (or before, when negative) a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date `months` calendar months after (or before, when negative) a `YYYY-MM-DD` date: the same day of the
 * month, or that month's last day when it is shorter (31 March less one month is the end of February; Date's
 * own month arithmetic rolls over to 3 March).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * `instant` moved back `months` calendar months of Beijing's calendar (addMonths), keeping the time of day:
 * 29 February less a year is 28 February.
 */
export function monthsBefore(instant: Date, months: number): Date {
  const local = new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString();
  const moved = addMonths(local.slice(0, 10), -months);
  return new Date(Date.parse(`${moved}${local.slice(10)}`) - BEIJING_OFFSET_MS);
}

/** 0 = Sunday … 6 = Saturday, for a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

/** `HH:mm` → minutes after midnight; refuses anything else. */
export function minutesOfClock(clock: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(clock);
  if (!match) throw new Error(`Not a clock time (HH:mm): ${clock}`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 24 * 60) throw new Error(`Not a clock time (HH:mm): ${clock}`);
  return minutes;
}
