import { BusinessRuleError, ConflictError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class UserNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('USER_NOT_FOUND', `There is no user ${id}.`);
  }
}

export class UsernameTakenError extends ConflictError {
  constructor(username: string) {
    super('USERNAME_TAKEN', `The username ${username} is taken.`, [
      { field: 'username', message: 'is taken' },
    ]);
  }
}

export class UnknownOrgUnitError extends InvalidInputError {
  constructor(field: string, id: string) {
    super('UNKNOWN_ORG_UNIT', `There is no active org unit ${id}.`, [
      { field, message: 'no such active org unit' },
    ]);
  }
}

export class LastAdministratorError extends BusinessRuleError {
  constructor() {
    super('LAST_ADMINISTRATOR', 'This is the last active system administrator; appoint another one first.');
  }
}

export class WrongCurrentPasswordError extends InvalidInputError {
  constructor() {
    super('WRONG_CURRENT_PASSWORD', 'The current password is not right.', [
      { field: 'currentPassword', message: 'is not right' },
    ]);
  }
}
