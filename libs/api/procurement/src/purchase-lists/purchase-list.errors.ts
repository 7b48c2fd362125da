import { BusinessRuleError, NotFoundError } from '@zhanggui/api-platform';

export class PurchaseListNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PURCHASE_LIST_NOT_FOUND', `There is no purchase list ${id}.`);
  }
}

export class PurchaseListApprovedError extends BusinessRuleError {
  constructor(number: string) {
    super('PURCHASE_LIST_APPROVED', `${number} is already approved: it can no longer change.`, [
      { field: 'status', message: 'is approved' },
    ]);
  }
}

export class PurchaseListLineUnknownError extends BusinessRuleError {
  constructor(field: string) {
    super('PURCHASE_LIST_LINE_UNKNOWN', 'The SKU is not on this purchase list.', [
      { field, message: 'not on this list' },
    ]);
  }
}

export class WarehouseRequiredError extends BusinessRuleError {
  constructor() {
    super('WAREHOUSE_REQUIRED', 'Say which warehouse the purchase orders deliver to.', [
      { field: 'warehouseId', message: 'is required to create purchase orders' },
    ]);
  }
}
