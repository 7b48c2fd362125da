import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class CodRemittanceNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('COD_REMITTANCE_NOT_FOUND', `There is no COD remittance ${id}.`);
  }
}

export class CodNotCashOnDeliveryError extends BusinessRuleError {
  constructor(number: string) {
    super('COD_NOT_CASH_ON_DELIVERY', `${number} is prepaid: there is no cash to collect.`, [
      { field: 'orderId', message: 'not a cash-on-delivery order' },
    ]);
  }
}

export class CodOrderNotDeliveredError extends ConflictError {
  constructor(number: string, status: string) {
    super('COD_ORDER_NOT_DELIVERED', `${number} is ${status}: cash is collected when it is delivered.`, [
      { field: 'status', message: `${status} orders have no cash to collect` },
    ]);
  }
}

export class CodAlreadyCollectedError extends ConflictError {
  constructor(number: string) {
    super('COD_ALREADY_COLLECTED', `The cash for ${number} was already recorded.`);
  }
}

export class CodRemittanceEmptyError extends BusinessRuleError {
  constructor(day: string) {
    super('COD_REMITTANCE_EMPTY', `There is no collected cash waiting to be handed in for ${day}.`, [
      { field: 'businessDay', message: 'nothing collected and not yet remitted on this day' },
    ]);
  }
}

export class CodRemittanceTargetRequiredError extends BusinessRuleError {
  constructor() {
    super('COD_REMITTANCE_TARGET_REQUIRED', 'Name the courier, the city, or both.', [
      { field: 'courierId', message: 'courierId or cityId is required' },
    ]);
  }
}

export class CodRemittanceSpansTerritoriesError extends BusinessRuleError {
  constructor() {
    super(
      'COD_REMITTANCE_SPANS_TERRITORIES',
      'The courier collected cash in several territories that day: make one remittance per city (cityId).',
      [{ field: 'cityId', message: 'required when the courier served several territories' }],
    );
  }
}

export class CodOrderAlreadyRemittedError extends ConflictError {
  constructor() {
    super(
      'COD_ORDER_ALREADY_REMITTED',
      'Another remittance took some of these orders at the same time; build the batch again.',
    );
  }
}

export class CodRemittanceTransitionError extends ConflictError {
  constructor(status: string, action: string) {
    super('COD_REMITTANCE_TRANSITION_NOT_ALLOWED', `A remittance that is ${status} cannot be ${action}.`, [
      { field: 'status', message: `${action} is not allowed when ${status}` },
    ]);
  }
}

export class CodDiscrepancyReasonRequiredError extends BusinessRuleError {
  constructor(expected: number, handedIn: number) {
    super(
      'COD_DISCREPANCY_REASON_REQUIRED',
      `${handedIn} 分 were handed in against ${expected} 分 expected: say why (reason).`,
      [{ field: 'reason', message: 'required when the cash differs from the expected amount' }],
    );
  }
}
