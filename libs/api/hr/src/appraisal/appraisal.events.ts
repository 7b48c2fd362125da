/** Published when a cycle closes: each employee's final grade and the bonus coefficient payroll applies. */
export const APPRAISAL_CYCLE_CLOSED = 'AppraisalCycleClosed';
export interface AppraisalCycleClosedPayload extends Record<string, unknown> {
  cycleId: string;
  number: string;
  periodStart: string;
  periodEnd: string;
  results: Array<{ employeeId: string; finalGrade: string; coefficient: number }>;
}
