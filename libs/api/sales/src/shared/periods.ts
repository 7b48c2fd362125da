/** A sales period: a month (`2026-11`), a quarter (`2026-Q4`) or a year (`2026`), in Beijing time. */
export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  key: string;
  /** Inclusive start and exclusive end, as instants (Beijing midnight is 16:00 UTC the day before). */
  from: Date;
  to: Date;
}

export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const BEIJING_OFFSET_MS = 8 * 3600_000;

function beijingMidnight(year: number, monthIndex: number): Date {
  return new Date(Date.UTC(year, monthIndex, 1) - BEIJING_OFFSET_MS);
}

/** Reads a period key; undefined when it is not one. */
export function parsePeriod(key: string): Period | undefined {
  if (!PERIOD_PATTERN.test(key)) return undefined;
  const year = Number(key.slice(0, 4));
  if (key.length === 4) {
    return { kind: 'year', key, from: beijingMidnight(year, 0), to: beijingMidnight(year + 1, 0) };
  }
  if (key[5] === 'Q') {
    const first = (Number(key[6]) - 1) * 3;
    return { kind: 'quarter', key, from: beijingMidnight(year, first), to: beijingMidnight(year, first + 3) };
  }
  const month = Number(key.slice(5, 7)) - 1;
  return { kind: 'month', key, from: beijingMidnight(year, month), to: beijingMidnight(year, month + 1) };
}
