import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { HrInputs } from './hr-inputs';
import { insuranceRuleOf } from './insurance-rules.service';
import { monthlyAdditionalDeductions } from './income-tax';
import type { PayrollRun } from './payroll.entities';
import {
  AttendanceNotLockedError,
  EmployeePaidElsewhereError,
  InsuranceRuleMissingError,
  SalaryStructureMissingError,
} from './payroll.errors';
import { calculatePayslip } from './payslip-rules';

interface StructureRow {
  employee_id: string;
  base_salary: string;
  position_allowance: string;
  other_allowances: string;
  insurance_city: string;
  insurance_base: string | null;
  additional_deductions: Record<string, number>;
  cost_account: string;
}

type Totals = Pick<
  PayrollRun,
  'employees' | 'grossTotal' | 'netTotal' | 'taxTotal' | 'employeeInsuranceTotal' | 'employerInsuranceTotal'
>;

/**
 * Gathers one run's inputs with a fixed number of statements (structures, rules, coefficients, input lines,
 * the year's earlier payslips), computes each payslip with the pure rules and replaces the run's payslips in
 * one insert: the statement count does not grow with the number of employees.
 */
@Injectable()
export class PayrollCalculator {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly hr: HrInputs,
  ) {}

  async calculate(run: PayrollRun, units: string[]): Promise<Totals> {
    const { monthWorkingDays, people } = await this.hr.month(run.month, run.orgUnitId);
    const unlocked = people.filter((p) => !p.locked).map((p) => `${p.number} ${p.name}`);
    if (unlocked.length) throw new AttendanceNotLockedError(run.month, unlocked);
    const ids = people.filter((p) => units.includes(p.orgUnitId)).map((p) => p.employeeId);
    const q = <T>(sql: string, params: unknown[]) =>
      this.connection.manager.query(sql, params) as Promise<T[]>;
    const monthEnd = `${run.month}-${String(new Date(Date.UTC(+run.month.slice(0, 4), +run.month.slice(5), 0)).getUTCDate()).padStart(2, '0')}`;
    const year = Number(run.month.slice(0, 4));
    const structures = await q<StructureRow>(
      `SELECT DISTINCT ON (employee_id) * FROM salary_structure
       WHERE employee_id = ANY($1) AND effective_from <= $2 ORDER BY employee_id, effective_from DESC`,
      [ids, monthEnd],
    );
    const structureOf = new Map(structures.map((s) => [s.employee_id, s]));
    const missing = people.filter((p) => ids.includes(p.employeeId) && !structureOf.has(p.employeeId));
    if (missing.length)
      throw new SalaryStructureMissingError(
        run.month,
        missing.map((p) => `${p.number} ${p.name}`),
      );
    // Cities announce a year's bases mid-year (often July): until finance enters them, a run uses the latest
    // earlier year's rule of each city, as payroll offices do, rather than stopping every January payroll.
    const rules = new Map(
      (
        await q<Record<string, never>>(
          `SELECT DISTINCT ON (city) * FROM social_insurance_rule WHERE year <= $1 ORDER BY city, year DESC`,
          [year],
        )
      ).map((r) => [r['city'] as string, insuranceRuleOf(r)]),
    );
    const coefficients = new Map(
      (
        await q<{ employee_id: string; coefficient: string }>(
          `SELECT DISTINCT ON (employee_id) employee_id, coefficient FROM payroll_bonus_coefficient
           WHERE employee_id = ANY($1) AND period_end BETWEEN $2 AND $3 ORDER BY employee_id, period_end DESC`,
          [ids, `${run.month}-01`, monthEnd],
        )
      ).map((r) => [r.employee_id, Math.round(Number(r.coefficient) * 100)]),
    );
    const inputs = await q<{ employee_id: string; kind: string; amount: string }>(
      `SELECT employee_id, kind, amount FROM payroll_input WHERE month = $1 AND employee_id = ANY($2)`,
      [run.month, ids],
    );
    const prior = new Map(
      (
        await q<Record<string, string>>(
          `SELECT p.employee_id, count(*) AS months, sum(p.gross) AS income,
                  sum(p.employee_insurance + p.employee_housing_fund) AS special,
                  sum(p.additional_deductions) AS additional, sum(p.tax) AS withheld
           FROM payslip p JOIN payroll_run r ON r.id = p.run_id
           WHERE p.employee_id = ANY($1) AND r.status IN ('approved', 'paid')
             AND p.month >= $2 AND p.month < $3
           GROUP BY p.employee_id`,
          [ids, `${year}-01`, run.month],
        )
      ).map((r) => [
        r.employee_id,
        {
          months: Number(r.months),
          income: Number(r.income),
          special: Number(r.special),
          additional: Number(r.additional),
          withheld: Number(r.withheld),
        },
      ]),
    );
    await this.connection.manager.query(`DELETE FROM payslip WHERE run_id = $1`, [run.id]);
    const totals: Totals = {
      employees: 0,
      grossTotal: 0,
      netTotal: 0,
      taxTotal: 0,
      employeeInsuranceTotal: 0,
      employerInsuranceTotal: 0,
    };
    const rows: unknown[][] = [];
    for (const person of people.filter((p) => ids.includes(p.employeeId))) {
      const s = structureOf.get(person.employeeId)!;
      const rule = rules.get(s.insurance_city);
      if (!rule) throw new InsuranceRuleMissingError(s.insurance_city, year);
      const figures = calculatePayslip({
        structure: {
          baseSalary: Number(s.base_salary),
          positionAllowance: Number(s.position_allowance),
          otherAllowances: Number(s.other_allowances),
          insuranceBase: s.insurance_base === null ? null : Number(s.insurance_base),
          monthlyAdditionalDeductions: monthlyAdditionalDeductions(s.additional_deductions),
        },
        attendance: {
          expectedDays: person.expectedDays,
          monthWorkingDays,
          absenceDays: person.absenceDays,
          overtimeHours: person.overtimeHours,
        },
        bonusCoefficientX100: coefficients.get(person.employeeId) ?? null,
        bonusRatioBp: run.bonusRatioBp,
        otherLines: inputs
          .filter((i) => i.employee_id === person.employeeId)
          .map((i) => ({ kind: i.kind, amount: Number(i.amount) })),
        insurance: rule,
        prior: prior.get(person.employeeId) ?? {
          months: 0,
          income: 0,
          special: 0,
          additional: 0,
          withheld: 0,
        },
      });
      const ins = figures.insurance;
      rows.push([
        person.employeeId,
        person.number,
        person.name,
        person.orgUnitId,
        person.userId,
        s.cost_account,
        figures.gross,
        ins.employeeTotal - ins.employee.housingFund,
        ins.employee.housingFund,
        ins.employerTotal - ins.employer.housingFund,
        ins.employer.housingFund,
        figures.additionalDeductions,
        figures.tax,
        figures.net,
        JSON.stringify(figures),
      ]);
      totals.employees += 1;
      totals.grossTotal += figures.gross;
      // What the bank pays: a negative net (withholdings above the pay) is owed by the employee, not paid.
      totals.netTotal += Math.max(figures.net, 0);
      totals.taxTotal += figures.tax;
      totals.employeeInsuranceTotal += ins.employeeTotal;
      totals.employerInsuranceTotal += ins.employerTotal;
    }
    if (rows.length) {
      // One statement for the whole run; a payslip already paid by another run of the month is skipped by the
      // unique key, and then the run refuses as a whole.
      const column = (i: number) => rows.map((r) => r[i]);
      const inserted: unknown[] = await this.connection.manager.query(
        `INSERT INTO payslip (run_id, month, employee_id, employee_number, employee_name, org_unit_id, user_id,
                              cost_account, gross, employee_insurance, employee_housing_fund, employer_insurance,
                              employer_housing_fund, additional_deductions, tax, net, figures)
         SELECT $1, $2, * FROM unnest($3::uuid[], $4::varchar[], $5::varchar[], $6::uuid[], $7::uuid[],
                                      $8::varchar[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[],
                                      $13::bigint[], $14::bigint[], $15::bigint[], $16::bigint[], $17::jsonb[])
         ON CONFLICT (employee_id, month) DO NOTHING RETURNING id`,
        [run.id, run.month, ...rows[0].map((_, i) => column(i))],
      );
      if (inserted.length < rows.length) throw new EmployeePaidElsewhereError(run.month);
    }
    return totals;
  }
}
