import type { ExpenseStatus, TerritoryExpenses } from './expense-control.api';

export const STATUS_COLORS: Record<ExpenseStatus, string> = {
  ok: '#52c41a',
  warning: '#faad14',
  exceeded: '#ff4d4f',
};

/** Rows to call out above the table: those in warning or past their budget. */
export function flagged(rows: readonly TerritoryExpenses[]): TerritoryExpenses[] {
  return rows.filter((row) => row.status !== 'ok');
}

/** How far a row sits in the tree, for indenting its name: province 0, region 1, city 2. */
export const DEPTH: Record<TerritoryExpenses['kind'], number> = { province: 0, region: 1, city: 2 };
