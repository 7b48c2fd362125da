import { BusinessRuleError, ConflictError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class ProductNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PRODUCT_NOT_FOUND', `There is no product ${id}.`);
  }
}

export class SkuCodeTakenError extends ConflictError {
  constructor(codes: string[], field = 'skus') {
    super('SKU_CODE_TAKEN', `SKU code ${codes.join(', ')} is already used.`, [
      { field, message: `already used: ${codes.join(', ')}` },
    ]);
  }
}

export class BarcodeTakenError extends ConflictError {
  constructor(barcode: string, field = 'barcode') {
    super('BARCODE_TAKEN', `Barcode ${barcode} is already on another SKU.`, [
      { field, message: 'already used' },
    ]);
  }
}

export class UnknownReferenceError extends InvalidInputError {
  constructor(field: string, what: string, id: string) {
    super('UNKNOWN_REFERENCE', `There is no active ${what} ${id}.`, [
      { field, message: `no such active ${what}` },
    ]);
  }
}

export class ListingNotAllowedError extends BusinessRuleError {
  constructor(reasons: string[]) {
    super(
      'LISTING_NOT_ALLOWED',
      `Not now: ${reasons.join('; ')}.`,
      reasons.map((message) => ({ field: 'status', message })),
    );
  }
}
