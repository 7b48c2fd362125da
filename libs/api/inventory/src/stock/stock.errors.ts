import { BusinessRuleError, ConflictError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export interface StockShortage {
  skuId: string;
  requested: number;
  available: number;
}

/**
 * Not enough available stock for a reservation or transfer. Thrown before anything changed; `shortages`
 * lets a calling domain (orders) tell the customer which lines fall short.
 */
export class InsufficientStockError extends ConflictError {
  constructor(
    readonly shortages: StockShortage[],
    fieldOf: (skuId: string) => string = () => 'lines',
  ) {
    super(
      'INSUFFICIENT_STOCK',
      `Not enough stock: ${shortages
        .map((s) => `SKU ${s.skuId} requested ${s.requested}, available ${s.available}`)
        .join('; ')}.`,
      shortages.map((s) => ({
        field: fieldOf(s.skuId),
        message: `SKU ${s.skuId}: requested ${s.requested}, available ${s.available}`,
      })),
    );
  }
}

/** An id in the request names nothing we know (or nothing the caller may see). */
export class UnknownReferenceError extends InvalidInputError {
  constructor(field: string, what: string, id: string) {
    super('UNKNOWN_REFERENCE', `There is no ${what} ${id}.`, [{ field, message: `no such ${what}` }]);
  }
}

export class InvalidQuantityError extends InvalidInputError {
  constructor(field: string, quantity: unknown) {
    super('INVALID_QUANTITY', `${field} must be a positive whole number, not ${String(quantity)}.`, [
      { field, message: 'must be a positive integer' },
    ]);
  }
}

export class StockBelowZeroError extends BusinessRuleError {
  constructor(onHand: number, change: number, field = 'quantity') {
    super('STOCK_BELOW_ZERO', `On hand is ${onHand}: taking ${-change} would leave less than nothing.`, [
      { field, message: `on hand is ${onHand}` },
    ]);
  }
}

export class StockReservedError extends BusinessRuleError {
  constructor(reserved: number, resulting: number, field = 'quantity') {
    super(
      'STOCK_RESERVED',
      `${reserved} units are reserved for orders; on hand may not fall to ${resulting}. Release or ship them first.`,
      [{ field, message: `${reserved} reserved` }],
    );
  }
}

export class ReorderSettingsInvalidError extends BusinessRuleError {
  constructor() {
    super('REORDER_SETTINGS_INVALID', 'Safety stock may not exceed the reorder point.', [
      { field: 'safetyStock', message: 'must not exceed reorderPoint' },
    ]);
  }
}

export class SkuNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SKU_NOT_FOUND', `There is no SKU ${id}.`);
  }
}
