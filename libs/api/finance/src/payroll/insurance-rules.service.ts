import { Injectable } from '@nestjs/common';
import { AuditWriter, InvalidInputError, TransactionalConnection } from '@zhanggui/api-platform';
import type { PutInsuranceRuleDto } from './dto/insurance-rule.dto';
import type { InsuranceRule } from './social-insurance';

export function insuranceRuleOf(r: Record<string, never>): InsuranceRule {
  return {
    city: r['city'],
    year: r['year'],
    employeeRates: r['employee_rates'],
    employerRates: r['employer_rates'],
    baseFloor: Number(r['base_floor']),
    baseCeiling: Number(r['base_ceiling']),
    housingFundFloor: Number(r['housing_fund_floor']),
    housingFundCeiling: Number(r['housing_fund_ceiling']),
  };
}

/**
 * 五险一金 rules per city and year: finance enters each year's bases when the city announces them; until then
 * payroll uses the city's latest earlier year.
 */
@Injectable()
export class InsuranceRulesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditWriter,
  ) {}

  async list(year?: number): Promise<InsuranceRule[]> {
    const rows: Array<Record<string, never>> = await this.connection.manager.query(
      `SELECT * FROM social_insurance_rule WHERE ($1::int IS NULL OR year = $1) ORDER BY year DESC, city`,
      [year ?? null],
    );
    return rows.map(insuranceRuleOf);
  }

  async put(city: string, year: number, input: PutInsuranceRuleDto): Promise<InsuranceRule> {
    if (input.baseFloor > input.baseCeiling)
      throw new InvalidInputError('VALIDATION_FAILED', 'baseFloor must not exceed baseCeiling', [
        { field: 'baseFloor', message: 'must not exceed baseCeiling' },
      ]);
    if (input.housingFundFloor > input.housingFundCeiling)
      throw new InvalidInputError(
        'VALIDATION_FAILED',
        'housingFundFloor must not exceed housingFundCeiling',
        [{ field: 'housingFundFloor', message: 'must not exceed housingFundCeiling' }],
      );
    const [before] = await this.list(year).then((rules) => rules.filter((r) => r.city === city));
    const rule: InsuranceRule = { city, year, ...input };
    await this.connection.manager.query(
      `INSERT INTO social_insurance_rule (city, year, employee_rates, employer_rates, base_floor, base_ceiling,
                                         housing_fund_floor, housing_fund_ceiling)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (city, year) DO UPDATE SET employee_rates = EXCLUDED.employee_rates,
         employer_rates = EXCLUDED.employer_rates, base_floor = EXCLUDED.base_floor,
         base_ceiling = EXCLUDED.base_ceiling, housing_fund_floor = EXCLUDED.housing_fund_floor,
         housing_fund_ceiling = EXCLUDED.housing_fund_ceiling, updated_at = now()`,
      [
        city,
        year,
        JSON.stringify({ ...input.employeeRates }),
        JSON.stringify({ ...input.employerRates }),
        input.baseFloor,
        input.baseCeiling,
        input.housingFundFloor,
        input.housingFundCeiling,
      ],
    );
    await this.audit.record({
      action: before ? 'update' : 'create',
      entityType: 'social_insurance_rule',
      entityId: `${city}/${year}`,
      changes: { rule: { from: before ?? null, to: rule } },
    });
    return rule;
  }
}
