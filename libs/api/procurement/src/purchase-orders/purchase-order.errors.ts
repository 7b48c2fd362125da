import { BusinessRuleError, NotFoundError } from '@zhanggui/api-platform';

export class PurchaseOrderNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PURCHASE_ORDER_NOT_FOUND', `There is no purchase order ${id}.`);
  }
}

export class PurchaseOrderTransitionNotAllowedError extends BusinessRuleError {
  constructor(number: string, detail: string) {
    super('PURCHASE_ORDER_TRANSITION_NOT_ALLOWED', `${number}: ${detail}.`, [
      { field: 'status', message: detail },
    ]);
  }
}

export class PurchaseOrderNotEditableError extends BusinessRuleError {
  constructor(number: string, status: string) {
    super('PURCHASE_ORDER_NOT_EDITABLE', `${number} is ${status}: only a draft can be changed.`, [
      { field: 'status', message: 'only a draft can be changed' },
    ]);
  }
}

export class UnknownSkuError extends BusinessRuleError {
  constructor(skuId: string, field: string) {
    super('SKU_UNKNOWN', `There is no SKU ${skuId}.`, [{ field, message: 'no such SKU' }]);
  }
}

export class DuplicateSkuError extends BusinessRuleError {
  constructor(field: string) {
    super('SKU_REPEATED', 'Each SKU may appear on one line only.', [
      { field, message: 'this SKU is already on another line' },
    ]);
  }
}

export class UnknownWarehouseError extends BusinessRuleError {
  constructor(warehouseId: string, reason = 'no such warehouse') {
    super('WAREHOUSE_UNKNOWN', `Warehouse ${warehouseId} cannot receive goods: ${reason}.`, [
      { field: 'warehouseId', message: reason },
    ]);
  }
}

export class PurchaseOrderApprovalNeedsAPersonError extends BusinessRuleError {
  constructor(number: string) {
    super(
      'PURCHASE_ORDER_NEEDS_APPROVAL',
      `${number} is above the approval threshold: a person signed in must submit it for the general manager’s approval.`,
    );
  }
}
