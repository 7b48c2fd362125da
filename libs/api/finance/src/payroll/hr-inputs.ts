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

type Employee = Awaited<ReturnType<EmployeesService['get']>>;

/** HR's pages are capped at 200: a payroll reads them all, one page per statement. */
const PAGE = 200;

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
        const page = await this.attendance.list({ month, orgUnitId, limit: PAGE, cursor } as never);
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
      const files = await this.files(people.map((p) => p.employeeId));
      for (const person of people) person.userId = files.get(person.employeeId)?.userId ?? null;
      return { monthWorkingDays: info.expectedDays, people };
    });
  }

  /** Bank accounts in full, for the bank payment file only; employees without one are absent from the map. */
  async bankAccounts(employeeIds: string[]): Promise<Map<string, string>> {
    return runAsActor(undefined, async () => {
      const accounts = new Map<string, string>();
      for (const employee of (await this.files(employeeIds)).values()) {
        const account = (await this.employees.reveal(employee)).bankAccount;
        if (account) accounts.set(employee.id, account);
      }
      return accounts;
    });
  }

  /** Number and name of each employee, for payroll's own lists (finance reads no personnel files). */
  async names(employeeIds: string[]): Promise<Map<string, { number: string; name: string }>> {
    const files = await runAsActor(undefined, () => this.files(employeeIds));
    return new Map([...files].map(([id, e]) => [id, { number: e.number, name: e.name }]));
  }

  /** HR's files for many employees in one statement, not one per person. */
  private async files(employeeIds: string[]): Promise<Map<string, Employee>> {
    const unique = [...new Set(employeeIds)];
    return new Map((await this.employees.getMany(unique)).map((e) => [e.id, e]));
  }
}
