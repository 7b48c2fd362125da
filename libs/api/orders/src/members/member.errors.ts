import { ConflictError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class AlreadyAMemberError extends ConflictError {
  constructor(customerId: string, memberNumber: string) {
    super('ALREADY_A_MEMBER', `Customer ${customerId} is already member ${memberNumber}.`, [
      { field: 'customerId', message: `already member ${memberNumber}` },
    ]);
  }
}

export class NotAMemberError extends NotFoundError {
  constructor(customerId: string) {
    super('MEMBERSHIP_NOT_FOUND', `Customer ${customerId} is not a member.`);
  }
}

export class MemberLevelNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('MEMBER_LEVEL_NOT_FOUND', `There is no member level ${id}.`);
  }
}

export class MemberLevelTakenError extends ConflictError {
  constructor(field: 'nameZh' | 'thresholdAmount') {
    const what = field === 'nameZh' ? 'name' : 'threshold';
    super(
      field === 'nameZh' ? 'MEMBER_LEVEL_NAME_TAKEN' : 'MEMBER_LEVEL_THRESHOLD_TAKEN',
      `Another level has this ${what}; levels are ordered by threshold, so each needs its own.`,
      [{ field, message: 'already used by another level' }],
    );
  }
}

/** A programming error of the caller (orders): spend must be a whole, non-zero number of minor units. */
export class InvalidSpendError extends InvalidInputError {
  constructor(message: string) {
    super('INVALID_SPEND', message, [{ field: 'amountMinor', message }]);
  }
}
