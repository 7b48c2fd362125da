import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class PayrollRunNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PAYROLL_RUN_NOT_FOUND', `No payroll run ${id}.`);
  }
}

export class PayslipNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PAYSLIP_NOT_FOUND', `No payslip ${id}.`);
  }
}

export class PayrollInputNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PAYROLL_INPUT_NOT_FOUND', `No payroll input ${id}.`);
  }
}

/** The run is not in the state the step needs (e.g. approving a draft, recalculating an approved run). */
export class PayrollRunStateError extends ConflictError {
  constructor(number: string, status: string, wanted: string) {
    super('PAYROLL_RUN_STATE', `Payroll run ${number} is ${status}; this step needs it ${wanted}.`, [
      { field: 'status', message: `is ${status}, needs ${wanted}` },
    ]);
  }
}

/** Pay is computed only from attendance HR has locked: names who is not locked yet. */
export class AttendanceNotLockedError extends ConflictError {
  constructor(month: string, employees: string[]) {
    super(
      'PAYROLL_ATTENDANCE_NOT_LOCKED',
      `Attendance of ${month} is not locked for: ${employees.slice(0, 20).join(', ')}${employees.length > 20 ? ' …' : ''}.`,
      employees.map((e) => ({ field: 'employees', message: `${e}: attendance of ${month} not locked` })),
    );
  }
}

export class SalaryStructureMissingError extends BusinessRuleError {
  constructor(month: string, employees: string[]) {
    super(
      'PAYROLL_SALARY_STRUCTURE_MISSING',
      `No salary structure effective in ${month} for: ${employees.slice(0, 20).join(', ')}.`,
      employees.map((e) => ({ field: 'employees', message: `${e}: no salary structure` })),
    );
  }
}

export class InsuranceRuleMissingError extends BusinessRuleError {
  constructor(city: string, year: number) {
    super('PAYROLL_INSURANCE_RULE_MISSING', `No social insurance rule for ${city} in ${year} or before.`, [
      { field: 'insuranceCity', message: `no rule for ${city} in ${year} or before` },
    ]);
  }
}

export class EmployeePaidElsewhereError extends ConflictError {
  constructor(month: string) {
    super(
      'PAYROLL_EMPLOYEE_IN_OTHER_RUN',
      `Some employees already have a payslip for ${month} in another run.`,
      [{ field: 'orgUnitId', message: 'overlaps another run of the month' }],
    );
  }
}

export class PayrollMonthClosedError extends ConflictError {
  constructor(month: string) {
    super('PAYROLL_MONTH_CLOSED', `Payroll of ${month} is approved; its inputs are final.`, [
      { field: 'month', message: 'approved payroll' },
    ]);
  }
}

/** A unit outside the caller's payroll scope looks like no unit at all (ids cannot be probed). */
export class PayrollOrgUnitNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('ORG_UNIT_NOT_FOUND', `No org unit ${id}.`);
  }
}

/** The bank cannot pay someone without an account on file: HR completes the personnel file first. */
export class BankAccountMissingError extends BusinessRuleError {
  constructor(employees: string[]) {
    super(
      'PAYROLL_BANK_ACCOUNT_MISSING',
      `No bank account on file for: ${employees.slice(0, 20).join(', ')}.`,
      employees.map((e) => ({ field: 'employees', message: `${e}: no bank account` })),
    );
  }
}
