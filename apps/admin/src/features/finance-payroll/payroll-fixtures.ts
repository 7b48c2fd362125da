import { TERRITORY_ID } from '../orders/order-fixtures';
import type { Payslip, PayrollEmployee, PayrollRun } from './payroll.api';

export const RUN_ID = '0190a0b0-0000-7000-8000-000000000c01';
export const SLIP_ID = '0190a0b0-0000-7000-8000-000000000c02';
export const ALICE_ID = '0190a0b0-0000-7000-8000-000000000c03';
export const BOB_ID = '0190a0b0-0000-7000-8000-000000000c04';

export const PAYROLL_STAFF = [
  'payroll-runs:read',
  'payroll-runs:write',
  'payroll-runs:pay',
  'payslips:read',
  'salary-structures:read',
  'salary-structures:write',
  'payroll-inputs:write',
  'org-units:read',
];

export const salesUnit = {
  id: TERRITORY_ID,
  code: 'SALES',
  name: '销售部',
  kind: 'department',
  parentId: null,
  status: 'active',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export function fakeRun(overrides: Partial<PayrollRun> = {}): PayrollRun {
  return {
    id: RUN_ID,
    number: 'PR-20261101-0001',
    month: '2026-10',
    orgUnitId: TERRITORY_ID,
    status: 'calculated',
    currency: 'CNY',
    bonusRatioBp: 1000,
    employees: 2,
    grossTotal: 3_645_000,
    netTotal: 2_921_206,
    taxTotal: 59_419,
    employeeInsuranceTotal: 664_375,
    employerInsuranceTotal: 1_000_000,
    calculatedAt: '2026-11-01T02:00:00.000Z',
    approvedAt: null,
    paidAt: null,
    version: 2,
    ...overrides,
  };
}

export function fakePayslip(overrides: Partial<Payslip> = {}): Payslip {
  return {
    id: SLIP_ID,
    runId: RUN_ID,
    month: '2026-10',
    employeeId: ALICE_ID,
    employeeNumber: 'E00001',
    employeeName: '王丽',
    currency: 'CNY',
    gross: 2_225_000,
    employeeInsurance: 228_375,
    employeeHousingFund: 261_000,
    tax: 37_069,
    net: 1_698_556,
    figures: {
      baseSalary: 2_000_000,
      positionAllowance: 175_000,
      otherAllowances: 50_000,
      overtimePay: 0,
      absenceDeduction: 0,
      bonus: 0,
      commission: 0,
      otherIncome: 0,
      taxRate: 3,
      insurance: {
        employee: { pension: 174_000, medical: 43_500, unemployment: 10_875, housingFund: 261_000 },
        employer: {},
        employeeTotal: 489_375,
        employerTotal: 0,
      },
    },
    locked: false,
    ...overrides,
  };
}

export const bobsSlip = () =>
  fakePayslip({
    id: '0190a0b0-0000-7000-8000-000000000c05',
    employeeId: BOB_ID,
    employeeNumber: 'E00002',
    employeeName: '李强',
    gross: 1_420_000,
    employeeInsurance: 105_000,
    employeeHousingFund: 70_000,
    tax: 22_350,
    net: 1_222_650,
    figures: { absenceDeduction: 12_000, taxRate: 3, insurance: { employee: {}, employer: {} } },
  });

export function fakeEmployee(overrides: Partial<PayrollEmployee> = {}): PayrollEmployee {
  return {
    id: ALICE_ID,
    number: 'E00001',
    name: '王丽',
    orgUnitId: TERRITORY_ID,
    status: 'regular',
    structure: null,
    ...overrides,
  };
}
