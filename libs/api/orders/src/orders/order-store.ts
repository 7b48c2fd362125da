import { Injectable } from '@nestjs/common';
import { assertVersionMatches, TransactionalConnection } from '@zhanggui/api-platform';
import { orderReach, reachAllows } from './order-access';
import { Order } from './order.entity';
import { OrderNotFoundError } from './order.errors';

/** Finding one order within the caller's reach; outside it the order does not exist (404). */
@Injectable()
export class OrderStore {
  constructor(private readonly connection: TransactionalConnection) {}

  private get orders() {
    return this.connection.getRepository(Order);
  }

  async visible(id: string, permission = 'orders:read'): Promise<Order> {
    const order = await this.orders.findOneBy({ id });
    if (!order || !reachAllows(await orderReach(permission), order)) throw new OrderNotFoundError(id);
    return order;
  }

  /**
   * Locks the order for a change by the caller (of two concurrent changes the second waits, then sees the
   * first), checks it is within reach for `permission` and that If-Match still names its version.
   */
  async lockVisible(id: string, permission: string, expected: number[] | undefined): Promise<Order> {
    const order = await this.lock(id);
    if (!reachAllows(await orderReach(permission), order)) throw new OrderNotFoundError(id);
    assertVersionMatches('order', expected, order.version);
    return order;
  }

  /** Locks without a caller's scope (the payment provider's callback). */
  async lock(id: string): Promise<Order> {
    const order = await this.orders.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order) throw new OrderNotFoundError(id);
    return order;
  }

  save(order: Order): Promise<Order> {
    return this.orders.save(order);
  }
}
