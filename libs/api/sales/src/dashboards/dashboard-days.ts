/** Calendar arithmetic on Beijing days (YYYY-MM-DD), which is how the business counts "today". */
const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

export interface DashboardDays {
  date: string;
  /** Today and this month as instants [from, to). */
  today: { from: Date; to: Date };
  month: { from: Date; to: Date; key: string; firstDay: string; lastDay: string };
  /** Payables due by this day count as due within the week. */
  weekAhead: string;
  year: string;
}

export function beijingToday(now = new Date()): string {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

const midnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS);
const dayOf = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);

export function dashboardDays(date: string): DashboardDays {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1];
  const firstUtc = Date.UTC(year, month, 1);
  const nextUtc = Date.UTC(year, month + 1, 1);
  const dayUtc = Date.parse(`${date}T00:00:00Z`);
  return {
    date,
    today: { from: midnight(date), to: new Date(midnight(date).getTime() + DAY_MS) },
    month: {
      from: new Date(firstUtc - BEIJING_OFFSET_MS),
      to: new Date(nextUtc - BEIJING_OFFSET_MS),
      key: date.slice(0, 7),
      firstDay: dayOf(firstUtc),
      lastDay: dayOf(nextUtc - DAY_MS),
    },
    weekAhead: dayOf(dayUtc + 7 * DAY_MS),
    year: date.slice(0, 4),
  };
}

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);
}
