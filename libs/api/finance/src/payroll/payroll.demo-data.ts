import { Injectable } from '@nestjs/common';
import { EmployeesService } from '@zhanggui/api-hr';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import { SalaryStructure } from './payroll.entities';

/** Front-line departments book wages as selling expenses (销售费用), the rest as administrative (管理费用). */
const SELLING_UNITS = new Set(['SALES', 'CS']);

/**
 * A salary structure for every demo employee who has none, from their hire date and agreed salary, so a fresh
 * start can run a payroll once HR locks a month. Runs after HR's demo data (order 45/46); written directly
 * because the demo employees were filed without the EmployeeHired event that normally feeds payroll.
 */
@Injectable()
@DemoData({ order: 47 })
export class PayrollDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  async seed(): Promise<string | void> {
    const structures = this.connection.getRepository(SalaryStructure);
    const units = await this.orgUnits.list({ limit: 200, kind: 'department' });
    const codeOf = new Map(units.data.map((u) => [u.id, u.code]));
    const existing = new Set(
      (
        await structures.createQueryBuilder('s').select('s.employee_id', 'id').getRawMany<{ id: string }>()
      ).map((r) => r.id),
    );
    const created: SalaryStructure[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.employees.list({ limit: 200, cursor } as never);
      for (const e of page.data) {
        if (existing.has(e.id) || e.salary === null) continue;
        created.push(
          structures.create({
            employeeId: e.id,
            effectiveFrom: e.hireDate,
            baseSalary: e.salary,
            positionAllowance: 50_000,
            otherAllowances: 30_000,
            currency: 'CNY',
            insuranceCity: '北京',
            insuranceBase: null,
            additionalDeductions: {},
            costAccount: SELLING_UNITS.has(codeOf.get(e.orgUnitId) ?? '') ? '6601' : '6602',
            source: 'hire',
            sourceId: e.id,
          }),
        );
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    if (!created.length) return;
    await structures.save(created);
    return `payroll: ${created.length} demo salary structures`;
  }
}
