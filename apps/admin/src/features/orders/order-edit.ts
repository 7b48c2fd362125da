import type { Order, UpdateOrder } from './orders.api';

/** Steps before shipment (the API's isEditable: where a cancel is still allowed). */
export const EDITABLE_STATUSES: ReadonlyArray<Order['status']> = [
  'pending_payment',
  'confirmed',
  'allocated',
];

export interface OrderEditDraft {
  /** Quantity per order line id; 0 drops the line. */
  quantities: Record<string, number>;
  /** One of the customer's saved addresses, or undefined to keep the order's address. */
  addressId: string | undefined;
  reason: string;
}

/**
 * The PATCH body for a draft: the lines as they should be (only when a quantity changed), the new address
 * (only when another one was chosen). Undefined when nothing changed or no line would be left.
 */
export function orderEditBody(order: Order, draft: OrderEditDraft): UpdateOrder | undefined {
  const lines = order.lines
    .map((line) => ({ skuId: line.skuId, quantity: draft.quantities[line.id] ?? line.quantity }))
    .filter((line) => line.quantity > 0);
  const linesChanged = order.lines.some(
    (line) => (draft.quantities[line.id] ?? line.quantity) !== line.quantity,
  );
  const addressChanged = draft.addressId !== undefined && draft.addressId !== order.shippingAddress.addressId;
  if ((!linesChanged && !addressChanged) || lines.length === 0) return undefined;
  return {
    ...(linesChanged ? { lines } : {}),
    ...(addressChanged ? { shippingAddress: { addressId: draft.addressId } } : {}),
    ...(draft.reason.trim() ? { reason: draft.reason.trim() } : {}),
  };
}
