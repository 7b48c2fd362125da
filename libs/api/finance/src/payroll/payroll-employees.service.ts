import { Injectable } from '@nestjs/common';
import { EmployeesService } from '@zhanggui/api-hr';
import { beijingDate, Page, runAsActor, scopeAllows, TransactionalConnection } from '@zhanggui/api-platform';
import type { ListPayrollEmployeesQuery, PayrollEmployeeResponse } from './dto/payroll-employee.dto';
import type { PayrollInputResponse } from './dto/payroll-run.dto';
import { HrInputs } from './hr-inputs';
import { PayrollInput, SalaryStructure } from './payroll.entities';
import { scopeOf } from './payroll-runs.service';

/**
 * Employees as payroll staff see them. Finance holds no HR permission (personnel files stay HR's), so HR's
 * list is read as the system and cut to the payroll reader's own data scope; amounts never leave payroll.
 */
@Injectable()
export class PayrollEmployeesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly hr: HrInputs,
  ) {}

  /** A page of employees by number, each with the structure in force today (a page may come back short). */
  async list(query: ListPayrollEmployeesQuery): Promise<Page<PayrollEmployeeResponse>> {
    const scope = await scopeOf('salary-structures:read');
    const page = await runAsActor(undefined, () =>
      this.employees.list({ ...query, sort: 'number' } as never),
    );
    const people = page.data.filter((e) => scopeAllows(scope, e.orgUnitId));
    const structures: SalaryStructure[] = people.length
      ? await this.connection
          .getRepository(SalaryStructure)
          .createQueryBuilder('s')
          .distinctOn(['s.employee_id'])
          .where('s.employee_id = ANY(:ids)', { ids: people.map((e) => e.id) })
          .andWhere('s.effective_from <= :today', { today: beijingDate(new Date()) })
          .orderBy('s.employee_id')
          .addOrderBy('s.effective_from', 'DESC')
          .getMany()
      : [];
    const structureOf = new Map(structures.map((s) => [s.employeeId, s]));
    return {
      ...page,
      data: people.map((e) => ({
        id: e.id,
        number: e.number,
        name: e.name,
        orgUnitId: e.orgUnitId,
        status: e.status,
        structure: structureOf.get(e.id) ?? null,
      })),
    };
  }

  /** Input lines with their employee's number and name, looked up in one statement for the whole page. */
  async named(page: Page<PayrollInput>): Promise<Page<PayrollInputResponse>> {
    const names = await this.hr.names(page.data.map((i) => i.employeeId));
    return {
      ...page,
      data: page.data.map((i) => ({
        ...i,
        employeeNumber: names.get(i.employeeId)?.number ?? null,
        employeeName: names.get(i.employeeId)?.name ?? null,
      })),
    };
  }
}
