/** The 费比 page's statuses: `warning` from 80% of the budget used (or a ratio above plan), `exceeded` from 100%. */
export const EXPENSE_STATUSES = ['ok', 'warning', 'exceeded'] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];

/** Sales expenses are 6601 销售费用 with its sub-accounts, the account sales territories' budgets are set on. */
export const SALES_EXPENSE_ACCOUNT = '6601';

const WARNING_BP = 8_000;
const EXCEEDED_BP = 10_000;

/** `part / whole` in basis points (1% = 100 bp), rounded half up; null when there is no whole to divide by. */
export function basisPoints(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 10_000) / whole);
}

/** How much of the budget is used, in basis points rounded down (79.99% is not yet 80%, as finance counts). */
export function usedBasisPoints(spent: number, budget: number | null): number | null {
  if (budget === null) return null;
  if (budget <= 0) return spent > 0 ? EXCEEDED_BP : 0;
  return Math.floor((spent * 10_000) / budget);
}

/**
 * A territory's status. Without a budget there is nothing to be used up and no plan to compare with, so it
 * reads `ok`; the page still shows what was spent.
 */
export function expenseStatus(
  usedBp: number | null,
  ratioBp: number | null,
  plannedRatioBp: number | null,
): ExpenseStatus {
  if (usedBp !== null && usedBp >= EXCEEDED_BP) return 'exceeded';
  if (usedBp !== null && usedBp >= WARNING_BP) return 'warning';
  if (ratioBp !== null && plannedRatioBp !== null && ratioBp > plannedRatioBp) return 'warning';
  return 'ok';
}
