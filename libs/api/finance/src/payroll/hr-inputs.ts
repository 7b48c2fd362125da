import { Injectable } from '@nestjs/common';
import { AttendanceSummaryService, EmployeesService } from '@zhanggui/api-hr';
import { runAsActor } from '@zhanggui/api-platform';

export interface EmployeeMonth {
  employeeId: string;
  number: string;
  name: string;
  orgUnitId: string;
  userId: string | null;
  locked: boolean;
  expectedDays: number;
  absenceDays: number;
  overtimeHours: Record<string, number>;
}

/**
 * What payroll reads from HR, through HR's exported services. The caller was authorised for payroll; HR's
 * own data scopes (attendance-summaries:read, employees:read) are HR's business, so these reads run as the
 * system — the payroll run's org unit is the scope that matters here.
 */
@Injectable()
export class HrInputs {
  constructor(
    private readonly attendance: AttendanceSummaryService,
    private readonly employees: EmployeesService,
  ) {}

  /** Everyone employed in the month under `orgUnitId`, with their attendance (frozen if the month is locked). */
  async month(
    month: string,
    orgUnitId: string,
  ): Promise<{ monthWorkingDays: number; people: EmployeeMonth[] }> {
    return runAsActor(undefined, async () => {
      const info = await this.attendance.month(month);
      const people: EmployeeMonth[] = [];
      let cursor: string | undefined;
      do {
        const page = await this.attendance.list({ month, orgUnitId, limit: 200, cursor } as never);
        for (const row of page.data) {
          // A frozen month without this employee's row (hired back-dated after the lock) is not locked for them.
          const frozen = row.locked && typeof row.expectedDays === 'number';
          people.push({
            employeeId: row.employeeId,
            number: row.employeeNumber,
            name: row.employeeName,
            orgUnitId: row.orgUnitId,
            userId: null,
            locked: frozen,
            expectedDays: row.expectedDays ?? 0,
            absenceDays: row.absenceDays ?? 0,
            overtimeHours: (row.overtimeHours as unknown as Record<string, number> | undefined) ?? {},
          });
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      for (const person of people) person.userId = (await this.employees.get(person.employeeId)).userId;
      return { monthWorkingDays: info.expectedDays, people };
    });
  }

  /** The employee's bank name and account in full, for the bank payment file only. */
  async bankDetails(employeeId: string): Promise<{ bankName: string | null; account: string | null }> {
    return runAsActor(undefined, async () => {
      const employee = await this.employees.get(employeeId);
      return { bankName: employee.bankName, account: (await this.employees.reveal(employee)).bankAccount };
    });
  }
}
