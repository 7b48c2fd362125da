import type { Payslip } from './payroll.api';

/** The parts of a payslip's `figures` the console shows (all in 分); the API computes, the console only reads. */
export interface SlipFigures {
  baseSalary: number;
  positionAllowance: number;
  otherAllowances: number;
  overtimePay: number;
  absenceDeduction: number;
  bonus: number;
  commission: number;
  otherIncome: number;
  additionalDeductions: number;
  cumulativeTaxableIncome: number;
  taxRate: number;
  employerCost: number;
  insurance: {
    employee: Record<string, number>;
    employer: Record<string, number>;
    employeeTotal: number;
    employerTotal: number;
  };
}

export function figuresOf(slip: Payslip): SlipFigures {
  return slip.figures as unknown as SlipFigures;
}

/** 五险一金 the employee pays: social insurance and housing fund together. */
export const insuranceOf = (slip: Payslip) => slip.employeeInsurance + slip.employeeHousingFund;

/** The review table's per-column value, for sorting and totals. */
export function reviewValue(slip: Payslip, column: string): number | string {
  switch (column) {
    case 'gross':
      return slip.gross;
    case 'deductions':
      return figuresOf(slip).absenceDeduction ?? 0;
    case 'insurance':
      return insuranceOf(slip);
    case 'tax':
      return slip.tax;
    case 'net':
      return slip.net;
    default:
      return slip.employeeNumber;
  }
}

export function matchesSearch(slip: Payslip, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return (
    slip.employeeName.toLowerCase().includes(needle) || slip.employeeNumber.toLowerCase().includes(needle)
  );
}
