import {
  BusinessRuleError,
  ConflictError,
  FieldProblem,
  InvalidInputError,
  NotFoundError,
} from '@zhanggui/api-platform';

export class CustomerNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('CUSTOMER_NOT_FOUND', `There is no customer ${id}.`);
  }
}

export class AddressNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('ADDRESS_NOT_FOUND', `The customer has no address ${id}.`);
  }
}

/** Names the customer who has the phone, so the website or the agent can carry on with that one. */
export class CustomerPhoneTakenError extends ConflictError {
  constructor(
    readonly existingCustomerId: string,
    existingNumber: string,
    field = 'phone',
  ) {
    super(
      'CUSTOMER_PHONE_TAKEN',
      `This phone belongs to customer ${existingNumber} (${existingCustomerId}).`,
      [{ field, message: `already used by customer ${existingCustomerId}` }],
    );
  }
}

export class InvalidDivisionError extends InvalidInputError {
  constructor(problem: FieldProblem) {
    super('INVALID_DIVISION', `${problem.field}: ${problem.message}.`, [problem]);
  }
}

export class UnknownTerritoryError extends InvalidInputError {
  constructor(field: string, id: string) {
    super('UNKNOWN_TERRITORY', `There is no active province, region or city org unit ${id}.`, [
      { field, message: 'not an active province, region or city org unit' },
    ]);
  }
}

export class TerritoryFromAddressError extends BusinessRuleError {
  constructor() {
    super(
      'TERRITORY_FROM_ADDRESS',
      'The territory follows the default address, whose city is mapped to a territory; change the address instead.',
      [{ field: 'territoryId', message: 'follows the default address' }],
    );
  }
}

export class DefaultAddressRequiredError extends BusinessRuleError {
  constructor() {
    super('DEFAULT_ADDRESS_REQUIRED', 'Make another address the default instead; one must stay default.', [
      { field: 'isDefault', message: 'one address must stay default' },
    ]);
  }
}

export class CustomerMergedError extends BusinessRuleError {
  constructor(id: string, mergedIntoId: string, field = 'id') {
    super('CUSTOMER_MERGED', `Customer ${id} was merged into ${mergedIntoId}; use that one.`, [
      { field, message: `merged into ${mergedIntoId}` },
    ]);
  }
}

export class MergeNotAllowedError extends BusinessRuleError {
  constructor(reason: string) {
    super('MERGE_NOT_ALLOWED', `Cannot merge: ${reason}.`, [{ field: 'intoCustomerId', message: reason }]);
  }
}
