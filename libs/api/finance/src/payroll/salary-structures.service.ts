import { Injectable } from '@nestjs/common';
import { EmployeesService } from '@zhanggui/api-hr';
import { Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import type {
  CreatePayrollInputDto,
  CreateSalaryStructureDto,
  ListByEmployeeQuery,
} from './dto/payroll-run.dto';
import { monthlyAdditionalDeductions } from './income-tax';
import { PayrollInput, SalaryStructure } from './payroll.entities';
import { PayrollInputNotFoundError, PayrollMonthClosedError } from './payroll.errors';
import { InvalidInputError } from '@zhanggui/api-platform';

/** Salary structures (effective-dated) and the month's input lines, both payroll staff's to edit. */
@Injectable()
export class SalaryStructuresService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
  ) {}

  private get structures() {
    return this.connection.getRepository(SalaryStructure);
  }

  private get inputs() {
    return this.connection.getRepository(PayrollInput);
  }

  /** Writes the structure effective from a date (replacing one from the same date). */
  async set(
    input: CreateSalaryStructureDto,
    source: SalaryStructure['source'] = 'manual',
    sourceId: string | null = null,
  ): Promise<SalaryStructure> {
    // The employee must exist in the caller's scope for payroll (HR's file, read in that permission's scope;
    // HR's events arrive as the system, which reaches everyone).
    await this.employees.get(input.employeeId, 'salary-structures:write');
    try {
      monthlyAdditionalDeductions(input.additionalDeductions ?? {});
    } catch (error) {
      throw new InvalidInputError('VALIDATION_FAILED', (error as Error).message, [
        { field: 'additionalDeductions', message: (error as Error).message },
      ]);
    }
    const existing = await this.structures.findOneBy({
      employeeId: input.employeeId,
      effectiveFrom: input.effectiveFrom,
    });
    const previous = await this.current(input.employeeId, input.effectiveFrom);
    return this.structures.save(
      Object.assign(existing ?? this.structures.create(), {
        employeeId: input.employeeId,
        effectiveFrom: input.effectiveFrom,
        baseSalary: input.baseSalary,
        positionAllowance: input.positionAllowance ?? previous?.positionAllowance ?? 0,
        otherAllowances: input.otherAllowances ?? previous?.otherAllowances ?? 0,
        currency: 'CNY',
        insuranceCity: input.insuranceCity ?? previous?.insuranceCity ?? '北京',
        insuranceBase: input.insuranceBase ?? previous?.insuranceBase ?? null,
        additionalDeductions: input.additionalDeductions ?? previous?.additionalDeductions ?? {},
        costAccount: input.costAccount ?? previous?.costAccount ?? '6602',
        source,
        sourceId,
      }),
    );
  }

  async current(employeeId: string, on: string): Promise<SalaryStructure | null> {
    return this.structures
      .createQueryBuilder('s')
      .where('s.employee_id = :employeeId AND s.effective_from <= :on', { employeeId, on })
      .orderBy('s.effective_from', 'DESC')
      .getOne();
  }

  async list(query: ListByEmployeeQuery): Promise<Page<SalaryStructure>> {
    const qb = this.structures.createQueryBuilder('s');
    if (query.employeeId) qb.where('s.employee_id = :e', { e: query.employeeId });
    return this.inScope(
      await paginate(qb, query, {
        sorts: { createdAt: { column: 's.id', value: (s) => s.id } },
        idColumn: 's.id',
        idValue: (s) => s.id,
      }),
      'salary-structures:read',
    );
  }

  async addInput(input: CreatePayrollInputDto, source = 'manual'): Promise<PayrollInput> {
    await this.assertOpen(input.month);
    // Only for employees of the caller's units: HR's file is read in the payroll permission's data scope.
    await this.employees.get(input.employeeId, 'payroll-inputs:write');
    return this.inputs.save(
      this.inputs.create({
        employeeId: input.employeeId,
        month: input.month,
        kind: input.kind,
        amount: input.kind === 'deduction' ? -input.amount : input.amount,
        currency: 'CNY',
        description: input.description,
        source,
        sourceRef: input.sourceRef ?? null,
      }),
    );
  }

  async listInputs(query: ListByEmployeeQuery): Promise<Page<PayrollInput>> {
    const qb = this.inputs.createQueryBuilder('i');
    if (query.employeeId) qb.andWhere('i.employee_id = :e', { e: query.employeeId });
    if (query.month) qb.andWhere('i.month = :m', { m: query.month });
    return this.inScope(
      await paginate(qb, query, {
        sorts: { createdAt: { column: 'i.id', value: (i) => i.id } },
        idColumn: 'i.id',
        idValue: (i) => i.id,
      }),
      'salary-structures:read',
    );
  }

  async removeInput(id: string): Promise<void> {
    const line = await this.inputs.findOneBy({ id });
    if (!line) throw new PayrollInputNotFoundError(id);
    if (!(await this.employees.reaches(line.employeeId, 'payroll-inputs:write')))
      throw new PayrollInputNotFoundError(id);
    await this.assertOpen(line.month);
    await this.inputs.remove(line);
  }

  /**
   * The rows of employees in the caller's data scope for `permission` (the org unit is HR's, read in one
   * statement per page). Like payroll's employee list, a page may come back short.
   */
  private async inScope<T extends { employeeId: string }>(
    page: Page<T>,
    permission: string,
  ): Promise<Page<T>> {
    const ids = [...new Set(page.data.map((row) => row.employeeId))];
    const reached = new Set((await this.employees.getMany(ids, permission)).map((e) => e.id));
    return { ...page, data: page.data.filter((row) => reached.has(row.employeeId)) };
  }

  /** Inputs of a month whose payroll is approved are final. */
  private async assertOpen(month: string): Promise<void> {
    const [row] = await this.connection.manager.query(
      `SELECT 1 FROM payroll_run WHERE month = $1 AND status IN ('approved', 'paid') LIMIT 1`,
      [month],
    );
    if (row) throw new PayrollMonthClosedError(month);
  }
}
