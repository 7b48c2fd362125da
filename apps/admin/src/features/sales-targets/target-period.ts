import dayjs, { type Dayjs } from 'dayjs';

/** A sales period as the API names it: a month (`2026-11`), a quarter (`2026-Q4`) or a year (`2026`). */
export type PeriodKind = 'month' | 'quarter' | 'year';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const satisfies readonly PeriodKind[];
export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

export function periodKind(key: string): PeriodKind {
  if (key.length === 4) return 'year';
  return key[5] === 'Q' ? 'quarter' : 'month';
}

/** The period of `kind` holding `day`. */
export function periodOf(kind: PeriodKind, day: Dayjs): string {
  if (kind === 'year') return day.format('YYYY');
  if (kind === 'quarter') return `${day.format('YYYY')}-Q${Math.floor(day.month() / 3) + 1}`;
  return day.format('YYYY-MM');
}

/** The first day of a period, for a date picker. */
export function periodStart(key: string): Dayjs {
  const year = Number(key.slice(0, 4));
  const kind = periodKind(key);
  const month =
    kind === 'year' ? 0 : kind === 'quarter' ? (Number(key[6]) - 1) * 3 : Number(key.slice(5)) - 1;
  return dayjs(new Date(year, month, 1));
}

/** The same moment seen as another kind of period (2026-11 as a quarter is 2026-Q4). */
export function switchKind(key: string, kind: PeriodKind): string {
  return periodOf(kind, periodStart(key));
}
