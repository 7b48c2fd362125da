/**
 * Published when a month's commissions are calculated, through the outbox. Finance's payroll is meant to
 * subscribe and write one `commission` input line per person (kind `commission`, `sourceRef` as given, so a
 * redelivery writes nothing twice).
 */
export const SALES_COMMISSIONS_CALCULATED = 'SalesCommissionsCalculated';

export interface SalesCommissionsCalculatedPayload extends Record<string, unknown> {
  runId: string;
  number: string;
  /** `2026-11`: the payroll month the commissions belong to. */
  period: string;
  currency: string;
  total: number;
  lines: Array<{
    userId: string;
    /** The HR employee file linked to the user, when there is one (payroll pays employees). */
    employeeId: string | null;
    orgUnitId: string;
    amount: number;
    /** `<run number>/<user id>/<unit id>`: unique per person and run. */
    sourceRef: string;
  }>;
}
