/** Published (through the outbox) when a payroll run is approved: sales, reporting and partners act on it. */
export const PAYROLL_APPROVED = 'PayrollApproved';
export interface PayrollApprovedPayload extends Record<string, unknown> {
  runId: string;
  number: string;
  month: string;
  orgUnitId: string;
  employees: number;
  grossTotal: number;
  netTotal: number;
  taxTotal: number;
  currency: string;
  approvedBy: string | null;
}
