import { minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import type { InsuranceRule, InsuranceRuleChange } from './payroll.api';

export const INSURANCE_PARTS = [
  'pension',
  'medical',
  'unemployment',
  'workInjury',
  'maternity',
  'housingFund',
] as const;
export const RULE_BASES = ['baseFloor', 'baseCeiling', 'housingFundFloor', 'housingFundCeiling'] as const;
type Part = (typeof INSURANCE_PARTS)[number];
type Base = (typeof RULE_BASES)[number];

/** The form keeps text as typed: rates as percent ("0.5" = 50 bp), bases in yuan; both convert exactly. */
export type RuleValues = { city: string } & Record<`employee_${Part}` | `employer_${Part}` | Base, string>;

/** Basis points ↔ percent with two decimals is the same exact conversion as 分 ↔ yuan. */
export const percentText = (bp: number) => minorUnitsToYuanText(bp).replace(/\.?0+$/, '');
export const percentToBp = (text: string) => yuanToMinorUnits(text.replace(/%$/, ''));

export function ruleToValues(rule: InsuranceRule | undefined): Partial<RuleValues> {
  if (!rule) return {};
  const values: Partial<RuleValues> = { city: rule.city };
  for (const part of INSURANCE_PARTS) {
    values[`employee_${part}`] = percentText(rule.employeeRates[part]);
    values[`employer_${part}`] = percentText(rule.employerRates[part]);
  }
  for (const base of RULE_BASES) values[base] = minorUnitsToYuanText(rule[base]);
  return values;
}

export function valuesToRule(values: RuleValues): InsuranceRuleChange {
  const rates = (side: 'employee' | 'employer') =>
    Object.fromEntries(
      INSURANCE_PARTS.map((part) => [part, percentToBp(values[`${side}_${part}`]) ?? 0]),
    ) as Record<Part, number>;
  return {
    employeeRates: rates('employee'),
    employerRates: rates('employer'),
    baseFloor: yuanToMinorUnits(values.baseFloor) ?? 0,
    baseCeiling: yuanToMinorUnits(values.baseCeiling) ?? 0,
    housingFundFloor: yuanToMinorUnits(values.housingFundFloor) ?? 0,
    housingFundCeiling: yuanToMinorUnits(values.housingFundCeiling) ?? 0,
  };
}
