import { BusinessRuleError, ConflictError, DomainError, InvalidInputError } from '@zhanggui/api-platform';

export class PaymentSignatureMissingError extends InvalidInputError {
  constructor(header: string) {
    super('PAYMENT_SIGNATURE_MISSING', `The callback must be signed: ${header} is missing.`, [
      { field: header, message: 'required' },
    ]);
  }
}

export class PaymentSignatureInvalidError extends DomainError {
  constructor() {
    super(401, 'PAYMENT_SIGNATURE_INVALID', 'Unauthorized', {
      detail: 'The callback’s signature does not match its body and timestamp.',
    });
  }
}

export class PaymentCallbackStaleError extends DomainError {
  constructor() {
    super(401, 'PAYMENT_CALLBACK_STALE', 'Unauthorized', {
      detail: 'The callback’s timestamp is more than 5 minutes away from now: sign it again.',
    });
  }
}

export class PaymentCallbackNotConfiguredError extends DomainError {
  constructor() {
    super(503, 'PAYMENT_CALLBACK_NOT_CONFIGURED', 'Service unavailable', {
      detail: 'No payment callback secret is set: a system administrator sets it first.',
    });
  }
}

export class PaymentReplayedError extends ConflictError {
  constructor(transactionId: string) {
    super('PAYMENT_REPLAYED', `Payment ${transactionId} was already recorded.`, [
      { field: 'providerTransactionId', message: 'already recorded' },
    ]);
  }
}

export class PaymentAmountMismatchError extends BusinessRuleError {
  constructor(amount: number, total: number) {
    super('PAYMENT_AMOUNT_MISMATCH', `The payment of ${amount} does not equal the order total of ${total}.`, [
      { field: 'amount', message: `must equal the order total ${total}` },
    ]);
  }
}

export class PaymentOrderUnknownError extends BusinessRuleError {
  constructor(orderNumber: string) {
    super('PAYMENT_ORDER_UNKNOWN', `There is no order ${orderNumber}.`, [
      { field: 'orderNumber', message: 'no such order' },
    ]);
  }
}
