import { BusinessRuleError, ConflictError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class OrderNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('ORDER_NOT_FOUND', `There is no order ${id}.`);
  }
}

export class OrderTransitionNotAllowedError extends ConflictError {
  constructor(
    readonly from: string,
    readonly to: string,
    action: string,
  ) {
    super('ORDER_TRANSITION_NOT_ALLOWED', `An order that is ${from} cannot become ${to} (${action}).`, [
      { field: 'status', message: `${from} → ${to} is not allowed` },
    ]);
  }
}

export class OrderNotEditableError extends ConflictError {
  constructor(number: string, status: string) {
    super('ORDER_NOT_EDITABLE', `${number} is ${status}: only orders not yet shipped can be changed.`, [
      { field: 'status', message: `${status} orders cannot be changed` },
    ]);
  }
}

/** No sales territory or warehouse serves the shipping city. */
export class OrderNotDeliverableError extends BusinessRuleError {
  constructor(reason: string) {
    super('ORDER_NOT_DELIVERABLE', `We cannot deliver there: ${reason}.`, [
      { field: 'shippingAddress', message: reason },
    ]);
  }
}

export class OrderCustomerUnknownError extends BusinessRuleError {
  constructor(customerId: string, reason = 'no such customer') {
    super('ORDER_CUSTOMER_UNKNOWN', `Customer ${customerId} cannot order: ${reason}.`, [
      { field: 'customerId', message: reason },
    ]);
  }
}

export class OrderAddressUnknownError extends BusinessRuleError {
  constructor(addressId: string) {
    super('ORDER_ADDRESS_UNKNOWN', `Address ${addressId} is not one of the customer’s addresses.`, [
      { field: 'shippingAddress.addressId', message: 'not an address of this customer' },
    ]);
  }
}

export class OrderLineRepeatedError extends BusinessRuleError {
  constructor(field: string) {
    super('ORDER_LINE_SKU_REPEATED', 'Each SKU may appear on one line only.', [
      { field, message: 'this SKU is already on another line' },
    ]);
  }
}

export class CourierUnknownError extends BusinessRuleError {
  constructor(userId: string) {
    super('ORDER_COURIER_UNKNOWN', `There is no active user ${userId} to carry the order.`, [
      { field: 'courierUserId', message: 'no such active user' },
    ]);
  }
}

export class IdempotencyKeyRequiredError extends InvalidInputError {
  constructor() {
    super('IDEMPOTENCY_KEY_REQUIRED', 'Partner systems must send an Idempotency-Key with every order.', [
      { field: 'Idempotency-Key', message: 'required for API keys' },
    ]);
  }
}
