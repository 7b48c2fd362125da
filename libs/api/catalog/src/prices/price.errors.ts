import { BusinessRuleError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class SkuNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SKU_NOT_FOUND', `There is no SKU ${id}.`);
  }
}

export class CurrencyNotSupportedError extends InvalidInputError {
  constructor(currency: string) {
    super('CURRENCY_NOT_SUPPORTED', `Prices are kept in CNY; ${currency} is not supported.`, [
      { field: 'currency', message: 'must be CNY' },
    ]);
  }
}

export class ApprovalNeedsAPersonError extends BusinessRuleError {
  constructor() {
    super(
      'PRICE_NEEDS_APPROVAL',
      'This price is below the minimum margin and needs the general manager’s approval, which a person signed in must request.',
    );
  }
}
