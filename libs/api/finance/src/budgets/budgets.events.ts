/** Published when a budget's use first reaches 80% or 100% of it (each level once per budget). */
export const BUDGET_THRESHOLD_REACHED = 'BudgetThresholdReached';

export interface BudgetThresholdReachedPayload extends Record<string, unknown> {
  budgetId: string;
  orgUnitId: string;
  accountCode: string;
  period: string;
  level: 80 | 100;
  amount: number;
  used: number;
  percent: number;
}
