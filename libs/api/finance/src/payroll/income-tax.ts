/**
 * Individual income tax on wages by the cumulative withholding method (累计预扣法, 国家税务总局公告2018年第61号).
 * Everything is in 分; the only rounding is of the cumulative tax, half up to the 分.
 */

/** 居民个人工资、薪金所得预扣率表一: cumulative taxable income up to `upTo` 分, rate in percent, quick deduction in 分. */
export const CUMULATIVE_BRACKETS: ReadonlyArray<{ upTo: number; rate: number; quickDeduction: number }> = [
  { upTo: 3_600_000, rate: 3, quickDeduction: 0 },
  { upTo: 14_400_000, rate: 10, quickDeduction: 252_000 },
  { upTo: 30_000_000, rate: 20, quickDeduction: 1_692_000 },
  { upTo: 42_000_000, rate: 25, quickDeduction: 3_192_000 },
  { upTo: 66_000_000, rate: 30, quickDeduction: 5_292_000 },
  { upTo: 96_000_000, rate: 35, quickDeduction: 8_592_000 },
  { upTo: Number.MAX_SAFE_INTEGER, rate: 45, quickDeduction: 18_192_000 },
];

/** 基本减除费用: ¥5,000 for each month employed at this withholding agent in the tax year. */
export const MONTHLY_BASIC_DEDUCTION = 500_000;

/** 专项附加扣除 kinds with their statutory monthly amounts in 分 (2023 standards). */
export const SPECIAL_ADDITIONAL_DEDUCTIONS = {
  childEducation: 200_000, // 子女教育, per child
  continuingEducation: 40_000, // 继续教育 (degree education)
  mortgageInterest: 100_000, // 住房贷款利息
  housingRent: 150_000, // 住房租金, the highest city tier; 1,100 / 800 elsewhere
  elderlySupport: 300_000, // 赡养老人, only child; shared otherwise
  infantCare: 200_000, // 3岁以下婴幼儿照护, per child
} as const;
export type SpecialAdditionalDeductionKind = keyof typeof SPECIAL_ADDITIONAL_DEDUCTIONS;

/** What has been withheld in earlier months of the same tax year, and this month's figures. */
export interface CumulativeTaxInput {
  /** Months employed at this company so far this year, this month included. */
  months: number;
  /** Taxable wages (工资薪金收入) of the year so far, this month included. */
  cumulativeIncome: number;
  /** Employee social insurance and housing fund (专项扣除) so far, this month included. */
  cumulativeSpecialDeductions: number;
  /** Special additional deductions so far, this month included. */
  cumulativeAdditionalDeductions: number;
  /** Tax withheld in the earlier months of the year. */
  taxWithheld: number;
}

export interface CumulativeTaxResult {
  cumulativeTaxableIncome: number;
  rate: number;
  quickDeduction: number;
  cumulativeTax: number;
  /** This month's withholding: cumulative tax less what was withheld, never negative. */
  tax: number;
}

export function bracketOf(taxable: number): (typeof CUMULATIVE_BRACKETS)[number] {
  return CUMULATIVE_BRACKETS.find((b) => taxable <= b.upTo)!;
}

export function cumulativeWithholding(input: CumulativeTaxInput): CumulativeTaxResult {
  for (const [field, value] of Object.entries(input))
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`${field} must be a whole number ≥ 0`);
  const taxable = Math.max(
    0,
    input.cumulativeIncome -
      MONTHLY_BASIC_DEDUCTION * input.months -
      input.cumulativeSpecialDeductions -
      input.cumulativeAdditionalDeductions,
  );
  const bracket = bracketOf(taxable);
  // taxable × rate% is a whole number of 分 times a percentage: round half up once, here.
  const cumulativeTax = Math.max(0, Math.floor((taxable * bracket.rate + 50) / 100) - bracket.quickDeduction);
  return {
    cumulativeTaxableIncome: taxable,
    rate: bracket.rate,
    quickDeduction: bracket.quickDeduction,
    cumulativeTax,
    // A month whose cumulative tax is below what was withheld refunds nothing here: 汇算清缴 settles it.
    tax: Math.max(0, cumulativeTax - input.taxWithheld),
  };
}

/** The monthly total of a set of special additional deductions, e.g. `{ childEducation: 2, housingRent: 1 }`. */
export function monthlyAdditionalDeductions(
  claims: Partial<Record<SpecialAdditionalDeductionKind, number>>,
): number {
  let total = 0;
  for (const [kind, count] of Object.entries(claims)) {
    const amount = SPECIAL_ADDITIONAL_DEDUCTIONS[kind as SpecialAdditionalDeductionKind];
    if (amount === undefined) throw new RangeError(`unknown special additional deduction ${kind}`);
    if (!Number.isInteger(count) || (count ?? 0) < 0) throw new RangeError(`${kind} must be a whole count`);
    total += amount * (count ?? 0);
  }
  return total;
}
