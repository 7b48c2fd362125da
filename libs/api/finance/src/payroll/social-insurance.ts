/**
 * Social insurance and housing fund (五险一金) for one employee and month. Rates are basis points (1% = 100)
 * so a rule is stored and compared exactly; each contribution is rounded half up to the 分 on its own, as
 * the social insurance bureaus bill them.
 */

export const INSURANCE_PARTS = [
  'pension',
  'medical',
  'unemployment',
  'workInjury',
  'maternity',
  'housingFund',
] as const;
export type InsurancePart = (typeof INSURANCE_PARTS)[number];

export interface InsuranceRule {
  city: string;
  year: number;
  /** Employee and employer rates in basis points per part (work injury and maternity: employer only). */
  employeeRates: Record<InsurancePart, number>;
  employerRates: Record<InsurancePart, number>;
  /** Contribution base floor and ceiling (缴费基数上下限) in 分, for social insurance and the housing fund. */
  baseFloor: number;
  baseCeiling: number;
  housingFundFloor: number;
  housingFundCeiling: number;
}

export interface InsuranceResult {
  base: number;
  housingFundBase: number;
  employee: Record<InsurancePart, number>;
  employer: Record<InsurancePart, number>;
  employeeTotal: number;
  employerTotal: number;
}

const clamp = (value: number, floor: number, ceiling: number) => Math.min(Math.max(value, floor), ceiling);
const share = (base: number, bp: number) => Math.floor((base * bp + 5_000) / 10_000);

/** `declaredBase` is the employee's contribution base (usually last year's average monthly wage) in 分. */
export function contributions(rule: InsuranceRule, declaredBase: number): InsuranceResult {
  if (!Number.isSafeInteger(declaredBase) || declaredBase < 0)
    throw new RangeError('base must be whole 分 ≥ 0');
  const base = clamp(declaredBase, rule.baseFloor, rule.baseCeiling);
  const housingFundBase = clamp(declaredBase, rule.housingFundFloor, rule.housingFundCeiling);
  const employee = {} as Record<InsurancePart, number>;
  const employer = {} as Record<InsurancePart, number>;
  for (const part of INSURANCE_PARTS) {
    const partBase = part === 'housingFund' ? housingFundBase : base;
    employee[part] = share(partBase, rule.employeeRates[part]);
    employer[part] = share(partBase, rule.employerRates[part]);
  }
  const sum = (r: Record<InsurancePart, number>) => INSURANCE_PARTS.reduce((t, p) => t + r[p], 0);
  return {
    base,
    housingFundBase,
    employee,
    employer,
    employeeTotal: sum(employee),
    employerTotal: sum(employer),
  };
}
