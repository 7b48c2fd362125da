/** Published when payroll locks a month: the summaries are final, payroll may compute pay from them. */
export const ATTENDANCE_LOCKED = 'AttendanceLocked';
export interface AttendanceLockedPayload extends Record<string, unknown> {
  month: string;
  employees: number;
  lockedBy: string | null;
}
