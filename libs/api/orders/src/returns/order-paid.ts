import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import type { Order } from '../orders/order.entity';

export interface OrderPaidFigures {
  /** 分 paid in money: the provider's payments (prepaid) or the cash collected (COD). */
  cash: number;
  /** 分 paid with rebate before shipment. */
  rebate: number;
  /** 分 of money refunded so far, and of rebate given back by refunds. */
  cashRefunded: number;
  rebateRefunded: number;
}

/** What a customer paid for an order and how much of it went back: the limits of every refund. */
@Injectable()
export class OrderPaid {
  constructor(private readonly connection: TransactionalConnection) {}

  async of(order: Order): Promise<OrderPaidFigures> {
    const [row]: Array<Record<string, string>> = await this.connection.manager.query(
      `SELECT
         (SELECT COALESCE(-sum(amount), 0) FROM rebate_entry WHERE order_id = $1 AND kind = 'redeemed')::text AS rebate,
         (SELECT COALESCE(sum(amount), 0) FROM cod_collection WHERE order_id = $1)::text AS cod,
         (SELECT COALESCE(sum(amount), 0) FROM refund WHERE order_id = $1)::text AS cash_refunded,
         (SELECT COALESCE(sum(rebate_amount), 0) FROM refund WHERE order_id = $1)::text AS rebate_refunded`,
      [order.id],
    );
    const rebate = Number(row.rebate);
    // paidAmount holds provider payments and rebate redemptions alike; COD cash lives in cod_collection.
    const cash = order.paymentMethod === 'cod' ? Number(row.cod) : Math.max(order.paidAmount - rebate, 0);
    return {
      cash,
      rebate,
      cashRefunded: Number(row.cash_refunded),
      rebateRefunded: Number(row.rebate_refunded),
    };
  }
}
