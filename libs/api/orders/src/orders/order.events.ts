import type { OrderStatus } from './order-states';

/**
 * Published in the transaction of the change (outbox), delivered to subscribers and webhooks after commit.
 * COD orders are confirmed from the start: they announce OrderPlaced only (status confirmed); prepaid orders
 * announce OrderPlaced (pending_payment) and, when the provider confirms payment, OrderConfirmed.
 */
export const ORDER_PLACED = 'OrderPlaced';
export const ORDER_CONFIRMED = 'OrderConfirmed';
export const ORDER_SHIPPED = 'OrderShipped';
export const ORDER_DELIVERED = 'OrderDelivered';
export const ORDER_COMPLETED = 'OrderCompleted';
export const ORDER_CANCELLED = 'OrderCancelled';

/** What every order event carries: enough for finance, support and sales to act without reading back. */
export interface OrderEventPayload extends Record<string, unknown> {
  orderId: string;
  orderNumber: string;
  customerId: string;
  /** The sales territory (org unit) of the shipping city. */
  orgUnitId: string;
  warehouseId: string;
  status: OrderStatus;
  paymentMethod: 'cod' | 'prepaid';
  channel: string;
  /** Minor units (分). */
  total: number;
  currency: string;
}

export interface OrderPlacedPayload extends OrderEventPayload {
  lines: Array<{ skuId: string; quantity: number; unitPrice: number; amount: number }>;
}

export interface OrderShippedPayload extends OrderEventPayload {
  carrier: string;
  trackingNumber: string;
  courierUserId: string;
}

export interface OrderCancelledPayload extends OrderEventPayload {
  reason: string;
  /** The status it was cancelled from (paid prepaid orders need a refund). */
  from: OrderStatus;
  paidAmount: number;
}
