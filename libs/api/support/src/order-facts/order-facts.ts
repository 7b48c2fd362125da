import { Injectable } from '@nestjs/common';
import {
  CustomersService,
  ORDER_CANCELLED,
  ORDER_COMPLETED,
  ORDER_CONFIRMED,
  ORDER_DELIVERED,
  ORDER_PLACED,
  ORDER_SHIPPED,
  OrderEventPayload,
  OrderShippedPayload,
} from '@zhanggui/api-orders';
import { DomainEvent, EventSubscriber, OnEvent, TransactionalConnection } from '@zhanggui/api-platform';

/** What support knows of one order, from the orders module's events. */
export interface OrderFact {
  orderId: string;
  orderNumber: string;
  customerId: string;
  channel: string;
  status: string;
  total: number;
  currency: string;
  carrier: string | null;
  trackingNumber: string | null;
  placedAt: Date;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
}

/** Company buyers (企业客户) are told apart by their registered name. */
const COMPANY_NAME = /公司|企业|集团|工作室|商行|厂|有限|co\.|ltd|inc\b/i;

const SELECT = `SELECT order_id AS "orderId", order_number AS "orderNumber", customer_id AS "customerId", channel,
  status, total::float8 AS total, currency, carrier, tracking_number AS "trackingNumber", placed_at AS "placedAt",
  shipped_at AS "shippedAt", delivered_at AS "deliveredAt", cancelled_at AS "cancelledAt" FROM support_order_fact`;

/**
 * Support's own record of orders, kept from ORDER_* events: the placeholders ({{orderNumber}},
 * {{trackingNumber}}), the customer sidebar and the key-account rules read it with plain indexed SQL, and
 * support never reaches into the orders module's tables. Idempotent: an event delivered twice changes nothing.
 */
@Injectable()
@OnEvent({
  types: [ORDER_PLACED, ORDER_CONFIRMED, ORDER_SHIPPED, ORDER_DELIVERED, ORDER_COMPLETED, ORDER_CANCELLED],
})
export class OrderFacts implements EventSubscriber {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly customers: CustomersService,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    const order = event.payload as OrderEventPayload;
    const shipped = event.payload as Partial<OrderShippedPayload>;
    const company = COMPANY_NAME.test((await this.customers.getProfile(order.customerId)).name);
    await this.connection.manager.query(
      `INSERT INTO support_order_fact AS f (order_id, order_number, customer_id, company_buyer, org_unit_id, channel,
         status, total, currency, placed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (order_id) DO UPDATE SET total = EXCLUDED.total, customer_id = EXCLUDED.customer_id`,
      [
        order.orderId,
        order.orderNumber,
        order.customerId,
        company,
        order.orgUnitId ?? null,
        order.channel,
        order.status,
        order.total,
        order.currency,
        event.occurredAt,
      ],
    );
    const at = event.occurredAt;
    switch (event.type) {
      case ORDER_SHIPPED:
        await this.set(order.orderId, `shipped_at = $2, carrier = $3, tracking_number = $4`, [
          at,
          shipped.carrier ?? null,
          shipped.trackingNumber ?? null,
        ]);
        break;
      case ORDER_DELIVERED:
        await this.set(order.orderId, `delivered_at = $2`, [at]);
        break;
      case ORDER_CANCELLED:
        await this.set(order.orderId, `cancelled_at = $2`, [at]);
        break;
    }
    // Events of one order may be delivered out of order: the status only moves with a newer event.
    await this.connection.manager.query(
      `UPDATE support_order_fact SET status = $2 WHERE order_id = $1 AND $3 >= COALESCE(
         GREATEST(placed_at, shipped_at, delivered_at, cancelled_at), placed_at)`,
      [order.orderId, order.status, at],
    );
  }

  private async set(orderId: string, assignments: string, values: unknown[]): Promise<void> {
    await this.connection.manager.query(`UPDATE support_order_fact SET ${assignments} WHERE order_id = $1`, [
      orderId,
      ...values,
    ]);
  }

  async find(orderId: string): Promise<OrderFact | undefined> {
    const [row] = await this.connection.manager.query(`${SELECT} WHERE order_id = $1`, [orderId]);
    return row;
  }

  /** The customer's latest orders, newest first. */
  async recentOf(customerId: string, limit = 10): Promise<OrderFact[]> {
    return this.connection.manager.query(
      `${SELECT} WHERE customer_id = $1 ORDER BY placed_at DESC LIMIT $2`,
      [customerId, limit],
    );
  }
}
