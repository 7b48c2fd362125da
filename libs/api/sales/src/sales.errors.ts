import { BusinessRuleError, ConflictError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class LogisticsPartnerNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('LOGISTICS_PARTNER_NOT_FOUND', `There is no logistics partner ${id}.`);
  }
}

export class LogisticsPartnerCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('LOGISTICS_PARTNER_CODE_TAKEN', `There is already a logistics partner with the code ${code}.`, [
      { field: 'code', message: 'already used' },
    ]);
  }
}

/** A unit that is not the kind or not where the rule needs it (a city outside the partner's region…). */
export class TerritoryInvalidError extends BusinessRuleError {
  constructor(field: string, message: string) {
    super('SALES_TERRITORY_INVALID', `${field}: ${message}.`, [{ field, message }]);
  }
}

/** Outside the caller's own unit: what they may not change (reading outside is a 404 instead). */
export class OutsideOwnTerritoryError extends BusinessRuleError {
  constructor(field: string) {
    super('OUTSIDE_OWN_TERRITORY', `${field} is outside your territory.`, [
      { field, message: 'outside your territory' },
    ]);
  }
}

export class SalesTargetNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SALES_TARGET_NOT_FOUND', `There is no sales target ${id}.`);
  }
}

export class SalesTargetExistsError extends ConflictError {
  constructor(period: string) {
    super('SALES_TARGET_EXISTS', `This province already has a target for ${period}.`, [
      { field: 'period', message: 'already has a target' },
    ]);
  }
}

export class InvalidPeriodError extends InvalidInputError {
  constructor(field: string, expected: string) {
    super('VALIDATION_FAILED', `Invalid fields: ${field}.`, [{ field, message: `must be ${expected}` }]);
  }
}

export class CommissionPlanNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('COMMISSION_PLAN_NOT_FOUND', `There is no commission plan ${id}.`);
  }
}

export class CommissionPlanCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('COMMISSION_PLAN_CODE_TAKEN', `There is already a commission plan with the code ${code}.`, [
      { field: 'code', message: 'already used' },
    ]);
  }
}

export class CommissionTiersInvalidError extends InvalidInputError {
  constructor(message: string) {
    super('COMMISSION_TIERS_INVALID', `The tiers are not usable: ${message}.`, [{ field: 'tiers', message }]);
  }
}

export class CommissionRunNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('COMMISSION_RUN_NOT_FOUND', `There is no commission run ${id}.`);
  }
}

export class CommissionRunExistsError extends ConflictError {
  constructor(period: string) {
    super('COMMISSION_RUN_EXISTS', `Commissions for ${period} have already been calculated.`, [
      { field: 'period', message: 'already calculated' },
    ]);
  }
}

export class OperatingReportNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('OPERATING_REPORT_NOT_FOUND', `There is no operating report ${id}.`);
  }
}

export class OperatingReportExistsError extends ConflictError {
  constructor(period: string) {
    super('OPERATING_REPORT_EXISTS', `The report for ${period} has already been submitted.`, [
      { field: 'period', message: 'already submitted' },
    ]);
  }
}

export class SalesTerritoryNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SALES_TERRITORY_NOT_FOUND', `There is no sales territory ${id}.`);
  }
}

export class FranchisePartnerNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('FRANCHISE_PARTNER_NOT_FOUND', `There is no franchise partner ${id}.`);
  }
}

export class FranchiseStageInvalidError extends BusinessRuleError {
  constructor(from: string, to: string, allowed: readonly string[]) {
    super('FRANCHISE_STAGE_INVALID', `A partner at ${from} cannot move to ${to}.`, [
      { field: 'stage', message: `must be one of: ${allowed.join(', ') || 'none'}` },
    ]);
  }
}

export class FranchiseContractMissingError extends BusinessRuleError {
  constructor() {
    super('FRANCHISE_CONTRACT_MISSING', 'A partner reaches contract only with the contract’s number.', [
      { field: 'contractNumber', message: 'required to reach contract' },
    ]);
  }
}
