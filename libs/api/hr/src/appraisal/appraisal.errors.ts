import { BusinessRuleError, NotFoundError } from '@zhanggui/api-platform';

export class AppraisalCycleNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('APPRAISAL_CYCLE_NOT_FOUND', `No appraisal cycle ${id}.`);
  }
}
export class AppraisalNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('APPRAISAL_NOT_FOUND', `No appraisal ${id}.`);
  }
}
export class AppraisalInvalidError extends BusinessRuleError {
  constructor(field: string, message: string) {
    super('APPRAISAL_INVALID', `${field} ${message}.`, [{ field, message }]);
  }
}
export class CycleStageError extends BusinessRuleError {
  constructor(status: string, wanted: string) {
    super('APPRAISAL_CYCLE_STAGE', `The cycle is in ${status}; ${wanted} is not possible now.`, [
      { field: 'status', message: `is ${status}` },
    ]);
  }
}
export class AppraisalsUnscoredError extends BusinessRuleError {
  constructor(count: number) {
    super('APPRAISALS_UNSCORED', `${count} appraisal(s) have no manager score yet.`, [
      { field: 'managerScore', message: `${count} missing` },
    ]);
  }
}
export class ForcedDistributionError extends BusinessRuleError {
  constructor(grade: string, count: number, allowed: number) {
    super(
      'FORCED_DISTRIBUTION_EXCEEDED',
      `${count} people are graded ${grade}; the cycle's distribution allows ${allowed}. Calibrate before closing.`,
      [{ field: 'finalGrade', message: `${grade}: ${count} > ${allowed}` }],
    );
  }
}
