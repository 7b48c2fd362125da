export const BUDGET_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type BudgetPeriodKind = (typeof BUDGET_PERIOD_KINDS)[number];

/** Alert levels in percent of the budget: warn at 80, exceeded at 100. */
export const ALERT_LEVELS = [80, 100] as const;
export type AlertLevel = 0 | (typeof ALERT_LEVELS)[number];

/**
 * The period a budget covers, from its kind and any day in it: `2026-11` → Nov 1–30, `2026-Q4` → Oct 1–Dec 31,
 * `2026` → the calendar year (China's fiscal year is the calendar year). Returns ISO dates and a label.
 */
export function periodOf(kind: BudgetPeriodKind, day: string): { start: string; end: string; label: string } {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (kind === 'month')
    return {
      start: `${year}-${pad(month)}-01`,
      end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
      label: `${year}-${pad(month)}`,
    };
  if (kind === 'quarter') {
    const quarter = Math.ceil(month / 3);
    const first = (quarter - 1) * 3 + 1;
    return {
      start: `${year}-${pad(first)}-01`,
      end: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`,
      label: `${year}-Q${quarter}`,
    };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31`, label: String(year) };
}

/** Utilisation in whole percent, rounded down (79.99% is not yet 80%). */
export function utilisationPercent(used: number, budget: number): number {
  if (budget <= 0) return used > 0 ? 100 : 0;
  return Math.floor((used * 100) / budget);
}

/** The highest alert level reached by `used` against `budget`. */
export function alertLevelOf(used: number, budget: number): AlertLevel {
  const percent = utilisationPercent(used, budget);
  let level: AlertLevel = 0;
  for (const threshold of ALERT_LEVELS) if (percent >= threshold) level = threshold;
  return level;
}

/**
 * The 费比 control: would approving `addition` on top of what is already used take the unit past its budget?
 * Exactly reaching the budget is allowed; one 分 over is not.
 */
export function wouldExceed(budget: number, used: number, addition: number): boolean {
  return used + addition > budget;
}
