/** Published when a claim is paid back: sales and HR may count it; partners get it through webhooks. */
export const EXPENSE_REIMBURSED = 'ExpenseReimbursed';

export interface ExpenseReimbursedPayload extends Record<string, unknown> {
  claimId: string;
  number: string;
  claimantId: string;
  orgUnitId: string;
  amount: number;
  currency: string;
  paidAt: string;
  paymentReference: string | null;
}
