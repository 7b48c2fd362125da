import { Injectable } from '@nestjs/common';
import { ORDER_CONFIRMED } from '@zhanggui/api-orders';
import type { OrderEventPayload } from '@zhanggui/api-orders';
import { beijingDate, OnEvent, TransactionalConnection } from '@zhanggui/api-platform';
import type { DomainEvent, EventSubscriber } from '@zhanggui/api-platform';

/**
 * Finance's own list of what the payment provider owes us: each prepaid order confirmed (the provider confirmed
 * its payment) is a payment the settlement statement must show. Kept from the event rather than read from the
 * orders tables, so the reconciliation's join stays inside finance; keyed by order, so redelivery adds nothing.
 */
@Injectable()
@OnEvent({ types: [ORDER_CONFIRMED] })
export class ProviderPaymentsSubscriber implements EventSubscriber {
  constructor(private readonly connection: TransactionalConnection) {}

  async handle(event: DomainEvent): Promise<void> {
    const order = event.payload as OrderEventPayload;
    if (order.paymentMethod !== 'prepaid' || order.total <= 0) return;
    await this.connection.manager.query(
      `INSERT INTO provider_payment (order_id, order_number, amount, currency, paid_on)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (order_id) DO NOTHING`,
      [order.orderId, order.orderNumber, order.total, order.currency, beijingDate(event.occurredAt)],
    );
  }
}
