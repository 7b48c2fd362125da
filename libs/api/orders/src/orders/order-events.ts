import type { OrderEventPayload } from './order.events';
import type { Order } from './order.entity';

/** The fields every order event carries, read from the order as it now is. */
export function orderEventPayload(order: Order): OrderEventPayload {
  return {
    orderId: order.id,
    orderNumber: order.number,
    customerId: order.customerId,
    orgUnitId: order.orgUnitId,
    warehouseId: order.warehouseId,
    status: order.status,
    paymentMethod: order.paymentMethod,
    channel: order.channel,
    total: order.total,
    currency: order.currency,
  };
}

/** Stock is reserved, released and shipped per source document: the order. */
export function stockSourceOf(order: Pick<Order, 'id' | 'number'>) {
  return { type: 'order', id: order.id, number: order.number };
}
