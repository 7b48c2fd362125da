import { cumulativeWithholding } from './income-tax';
import { contributions, InsuranceResult, InsuranceRule } from './social-insurance';

/**
 * One employee's month, from payroll's inputs to the net pay. Pure and deterministic: the same inputs give
 * the same payslip, which is what lets a run be recalculated until it is approved.
 *
 * Rules (documented here because HR and finance agreed them, not the law):
 * - 月计薪天数 21.75: a day's pay is (base + position allowance) / 21.75, an hour's is that / 8.
 * - A mid-month hire or leaver gets base and allowances pro rata to the working days employed.
 * - Each absence day (旷工) deducts a day's pay; overtime pays 1.5× / 2× / 3× the hourly rate on weekdays,
 *   rest days and public holidays (劳动法 第44条).
 * - Performance bonus = base × the appraisal coefficient × the run's bonus ratio, paid in the month the
 *   appraisal period ends.
 */
export const PAY_DAYS_PER_MONTH_X100 = 2175;
export const OVERTIME_MULTIPLIERS_X10 = { weekday: 15, rest_day: 20, public_holiday: 30 } as const;

export interface PayslipInput {
  structure: {
    baseSalary: number;
    positionAllowance: number;
    otherAllowances: number;
    /** The declared contribution base; null: base + position allowance. */
    insuranceBase: number | null;
    monthlyAdditionalDeductions: number;
  };
  attendance: {
    expectedDays: number;
    monthWorkingDays: number;
    absenceDays: number;
    overtimeHours: Partial<Record<keyof typeof OVERTIME_MULTIPLIERS_X10, number>>;
  };
  /** The appraisal coefficient ×100 (1.2 → 120) when an appraisal period ends this month. */
  bonusCoefficientX100: number | null;
  bonusRatioBp: number;
  /** Commissions, one-off rewards (positive) and fines (negative) of the month. */
  otherLines: Array<{ kind: string; amount: number }>;
  insurance: InsuranceRule;
  /** Figures of the earlier months of the year at this company (from approved payslips). */
  prior: { months: number; income: number; special: number; additional: number; withheld: number };
}

export interface PayslipFigures {
  baseSalary: number;
  positionAllowance: number;
  otherAllowances: number;
  overtimePay: number;
  absenceDeduction: number;
  bonus: number;
  commission: number;
  otherIncome: number;
  gross: number;
  insurance: InsuranceResult;
  additionalDeductions: number;
  cumulativeTaxableIncome: number;
  taxRate: number;
  tax: number;
  net: number;
  employerCost: number;
}

/** a × b / c rounded half up, in integers (no floats anywhere near money). */
const mulDiv = (a: number, b: number, c: number) => Math.floor((2 * a * b + c) / (2 * c));

export function calculatePayslip(input: PayslipInput): PayslipFigures {
  const { structure: s, attendance: a } = input;
  const prorate = (amount: number) =>
    a.monthWorkingDays > 0 && a.expectedDays < a.monthWorkingDays
      ? mulDiv(amount, a.expectedDays, a.monthWorkingDays)
      : amount;
  const baseSalary = prorate(s.baseSalary);
  const positionAllowance = prorate(s.positionAllowance);
  const otherAllowances = prorate(s.otherAllowances);
  const dailyBasisX100 = (s.baseSalary + s.positionAllowance) * 100; // ÷ 21.75 as ×100 ÷ 2175
  const absenceDeduction = Math.min(
    baseSalary + positionAllowance,
    mulDiv(dailyBasisX100, Math.round(a.absenceDays * 10), PAY_DAYS_PER_MONTH_X100 * 10),
  );
  let overtimePay = 0;
  for (const [kind, multiplier] of Object.entries(OVERTIME_MULTIPLIERS_X10)) {
    const tenthsOfHours = Math.round(
      (a.overtimeHours[kind as keyof typeof OVERTIME_MULTIPLIERS_X10] ?? 0) * 10,
    );
    // hourly = basis / 21.75 / 8; pay = hourly × hours × multiplier (hours and multiplier in tenths)
    overtimePay += mulDiv(dailyBasisX100 * tenthsOfHours, multiplier, PAY_DAYS_PER_MONTH_X100 * 8 * 100);
  }
  const bonus =
    input.bonusCoefficientX100 === null
      ? 0
      : mulDiv(s.baseSalary * input.bonusCoefficientX100, input.bonusRatioBp, 100 * 10_000);
  const commission = input.otherLines
    .filter((l) => l.kind === 'commission')
    .reduce((t, l) => t + l.amount, 0);
  const otherIncome = input.otherLines
    .filter((l) => l.kind !== 'commission')
    .reduce((t, l) => t + l.amount, 0);
  const gross = Math.max(
    0,
    baseSalary +
      positionAllowance +
      otherAllowances +
      overtimePay -
      absenceDeduction +
      bonus +
      commission +
      otherIncome,
  );
  const insurance = contributions(input.insurance, s.insuranceBase ?? s.baseSalary + s.positionAllowance);
  const tax = cumulativeWithholding({
    months: input.prior.months + 1,
    cumulativeIncome: input.prior.income + gross,
    cumulativeSpecialDeductions: input.prior.special + insurance.employeeTotal,
    cumulativeAdditionalDeductions: input.prior.additional + s.monthlyAdditionalDeductions,
    taxWithheld: input.prior.withheld,
  });
  return {
    baseSalary,
    positionAllowance,
    otherAllowances,
    overtimePay,
    absenceDeduction,
    bonus,
    commission,
    otherIncome,
    gross,
    insurance,
    additionalDeductions: s.monthlyAdditionalDeductions,
    cumulativeTaxableIncome: tax.cumulativeTaxableIncome,
    taxRate: tax.rate,
    tax: tax.tax,
    net: gross - insurance.employeeTotal - tax.tax,
    employerCost: gross + insurance.employerTotal,
  };
}
