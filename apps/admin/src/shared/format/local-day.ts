/**
 * Calendar days as the user means them: in their own time zone. Dates travel as `YYYY-MM-DD` (what the URL
 * keeps, and a date picker's value formatted); the API wants instants.
 */
function parts(day: string): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return [year, month - 1, date];
}

/** The first instant of the day, local time. */
export function startOfLocalDay(day: string): Date {
  return new Date(...parts(day));
}

/** The first instant of the next day: the exclusive end of a range that includes `day`. */
export function startOfNextLocalDay(day: string): Date {
  const [year, month, date] = parts(day);
  return new Date(year, month, date + 1);
}

/** The last millisecond of the day, local time (an expiry "on" that day). */
export function endOfLocalDay(day: string): Date {
  return new Date(startOfNextLocalDay(day).getTime() - 1);
}
