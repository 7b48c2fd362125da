import { OrderTransitionNotAllowedError } from './order.errors';

export const ORDER_STATUSES = [
  'pending_payment',
  'confirmed',
  'allocated',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = ['pay', 'allocate', 'ship', 'deliver', 'complete', 'cancel'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** Each action leads to one status, from the statuses listed. */
const TRANSITIONS: Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus }> = {
  pay: { from: ['pending_payment'], to: 'confirmed' },
  allocate: { from: ['confirmed'], to: 'allocated' },
  ship: { from: ['allocated'], to: 'shipped' },
  deliver: { from: ['shipped'], to: 'delivered' },
  complete: { from: ['delivered'], to: 'completed' },
  // Once goods have left the warehouse, undoing the order is a return (after-sales), not a cancellation.
  cancel: { from: ['pending_payment', 'confirmed', 'allocated'], to: 'cancelled' },
};

/**
 * The one place an order's life is decided: pending_payment (prepaid) → confirmed (paid; COD orders start
 * here) → allocated → shipped → delivered → completed; cancelled from any status before shipment.
 * Anything else is 409 ORDER_TRANSITION_NOT_ALLOWED naming from and to.
 */
export function nextOrderStatus(from: OrderStatus, action: OrderAction): OrderStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(from)) throw new OrderTransitionNotAllowedError(from, transition.to, action);
  return transition.to;
}

export function initialOrderStatus(paymentMethod: 'cod' | 'prepaid'): OrderStatus {
  // Cash on delivery needs no payment before the goods go out; prepaid waits for the provider's callback.
  return paymentMethod === 'cod' ? 'confirmed' : 'pending_payment';
}

/** Lines and address may change until the goods leave the warehouse (the same statuses a cancel allows). */
export function isEditable(status: OrderStatus): boolean {
  return TRANSITIONS.cancel.from.includes(status);
}
