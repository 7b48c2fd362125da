import { BusinessRuleError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class ContractNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('CONTRACT_NOT_FOUND', `There is no contract ${id}.`);
  }
}

export class ContractAttachmentNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('CONTRACT_ATTACHMENT_NOT_FOUND', `There is no contract attachment ${id}.`);
  }
}

export class ContractTransitionError extends BusinessRuleError {
  constructor(number: string, status: string, action: string) {
    super('CONTRACT_TRANSITION_NOT_ALLOWED', `${number} is ${status}: it cannot be ${action} now.`, [
      { field: 'status', message: `a ${status} contract cannot be ${action}` },
    ]);
  }
}

export class ContractDatesError extends InvalidInputError {
  constructor(field: string, message: string) {
    super('CONTRACT_DATES_INVALID', `The contract's dates do not fit: ${field} ${message}.`, [
      { field, message },
    ]);
  }
}

export class ContractUnitUnknownError extends InvalidInputError {
  constructor(orgUnitId: string) {
    super('CONTRACT_ORG_UNIT_UNKNOWN', `There is no org unit ${orgUnitId}.`, [
      { field: 'orgUnitId', message: 'no such org unit' },
    ]);
  }
}

export class ContractAttachmentRefusedError extends InvalidInputError {
  constructor(reason: string) {
    super('ATTACHMENT_REFUSED', `The attachment is refused: ${reason}.`, [
      { field: 'file', message: reason },
    ]);
  }
}
