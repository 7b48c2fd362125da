import { BusinessRuleError, NotFoundError } from '@zhanggui/api-platform';

export class PayableNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PAYABLE_NOT_FOUND', `No payable ${id}.`);
  }
}

export class PaymentRunNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PAYMENT_RUN_NOT_FOUND', `No payment run ${id}.`);
  }
}

/** A payment run that breaks a rule; `field` names the input at fault when there is one. */
export class SettlementRuleError extends BusinessRuleError {
  constructor(code: string, detail: string, field?: string) {
    super(code, detail, field ? [{ field, message: detail }] : undefined);
  }
}
