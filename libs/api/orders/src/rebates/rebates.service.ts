import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  EventBus,
  monthsBefore,
  Page,
  paginate,
  PageQuery,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { CustomersService } from '../customers/customers.service';
import { MemberLevel } from '../members/member-level.entity';
import { Member } from '../members/member.entity';
import { isEditable } from '../orders/order-states';
import { OrderStore } from '../orders/order-store';
import { OrderTimeline } from '../orders/order-timeline';
import { Order } from '../orders/order.entity';
import { OrderPaid } from '../returns/order-paid';
import { AfterSalesSettings } from '../settings/after-sales-settings.service';
import { RebateEntry } from './rebate-entry.entity';
import { RebateLedger } from './rebate-ledger';
import { RebateExceedsAmountDueError, RebateOrderNotPayableError } from './rebate.errors';
import { REBATE_EARNED, RebateEarnedPayload } from './rebate.events';

export type EarnOutcome =
  | { outcome: 'earned'; amount: number }
  | { outcome: 'not-yet'; due: Date }
  | { outcome: 'nothing'; why: string };

/**
 * Rebates (返利): earned on completed orders at the member level's rate once the return window has passed,
 * reversed in proportion when goods come back, redeemed toward orders before they ship, expiring after the
 * configured months. Every change is a ledger entry; see RebateLedger for why balances cannot be overdrawn.
 */
@Injectable()
export class RebatesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: RebateLedger,
    private readonly paid: OrderPaid,
    private readonly settings: AfterSalesSettings,
    private readonly orders: OrderStore,
    private readonly timeline: OrderTimeline,
    private readonly customers: CustomersService,
    private readonly events: EventBus,
  ) {}

  /** Credits a completed order's rebate, once per order, only after its return window (`now` for tests). */
  async earnForOrder(orderId: string, now = new Date()): Promise<EarnOutcome> {
    const order = await this.connection.getRepository(Order).findOneBy({ id: orderId });
    if (!order || order.status !== 'completed' || !order.deliveredAt)
      return { outcome: 'nothing', why: 'not a completed order' };
    const due = await this.settings.windowClosesAt(order.deliveredAt);
    if (now < due) return { outcome: 'not-yet', due };
    const member = await this.connection.getRepository(Member).findOneBy({
      customerId: order.customerId,
      status: 'active',
    });
    const level = member?.levelId
      ? await this.connection.getRepository(MemberLevel).findOneBy({ id: member.levelId })
      : null;
    if (!level || level.rebateBps <= 0) return { outcome: 'nothing', why: 'no rebate for this customer' };
    const figures = await this.paid.of(order);
    const basis = figures.cash - figures.cashRefunded;
    const amount = Math.floor((basis * level.rebateBps) / 10_000);
    if (amount <= 0) return { outcome: 'nothing', why: 'nothing paid' };
    const entry = await this.ledger.credit({
      customerId: order.customerId,
      kind: 'earned',
      amount,
      orderId,
      rateBps: level.rebateBps,
      sourceKey: `earn:${orderId}`,
      note: order.number,
    });
    if (!entry) return { outcome: 'nothing', why: 'already earned' };
    await this.events.publish<RebateEarnedPayload>(REBATE_EARNED, {
      entryId: entry.id,
      customerId: order.customerId,
      orderId,
      orderNumber: order.number,
      amount,
      rateBps: level.rebateBps,
      basis,
      currency: order.currency,
    });
    return { outcome: 'earned', amount };
  }

  /** Takes back the rebate earned on the refunded part of an order, as far as the balance allows. */
  async reverseForRefund(order: Order, refundId: string, cashRefund: number): Promise<number> {
    const [row]: Array<{ earned: string; reversed: string; rate: number | null }> =
      await this.connection.manager.query(
        `SELECT COALESCE(sum(amount) FILTER (WHERE kind = 'earned'), 0)::text AS earned,
                COALESCE(-sum(amount) FILTER (WHERE kind = 'reversed'), 0)::text AS reversed,
                max(rate_bps) AS rate
           FROM rebate_entry WHERE order_id = $1`,
        [order.id],
      );
    if (!row.rate || cashRefund <= 0) return 0;
    const proportional = Math.floor((cashRefund * row.rate) / 10_000);
    const amount = Math.min(proportional, Number(row.earned) - Number(row.reversed));
    return this.ledger.debitUpTo({
      customerId: order.customerId,
      kind: 'reversed',
      amount,
      orderId: order.id,
      sourceKey: `reverse:${refundId}`,
      note: order.number,
    });
  }

  /** Gives back rebate that paid for goods now refunded or an order now cancelled. */
  async restore(order: Order, amount: number, sourceKey: string): Promise<number> {
    const entry = await this.ledger.credit({
      customerId: order.customerId,
      kind: 'restored',
      amount,
      orderId: order.id,
      sourceKey,
      note: order.number,
    });
    return entry?.amount ?? 0;
  }

  /** A cancelled order's redeemed rebate goes back to the customer (once). */
  async restoreForCancelledOrder(orderId: string): Promise<number> {
    const order = await this.connection.getRepository(Order).findOneBy({ id: orderId });
    if (!order || order.status !== 'cancelled') return 0;
    const figures = await this.paid.of(order);
    return this.restore(order, figures.rebate, `restore-cancel:${orderId}`);
  }

  /** Pays part of an order not yet shipped with the customer's rebate balance. */
  async redeem(orderId: string, amount: number): Promise<{ order: Order; entryId: string }> {
    const order = await this.orders.lockVisible(orderId, 'orders:write', undefined);
    if (!isEditable(order.status)) throw new RebateOrderNotPayableError(order.number, order.status);
    const due = order.total - order.paidAmount;
    if (amount > due) throw new RebateExceedsAmountDueError(Math.max(due, 0));
    const entry = await this.ledger.debit({
      customerId: order.customerId,
      kind: 'redeemed',
      amount,
      orderId,
      sourceKey: `redeem:${randomUUID()}`,
      note: order.number,
    });
    order.paidAmount += amount;
    const saved = await this.orders.save(order);
    await this.timeline.record(order.id, {
      action: 'rebate-redeemed',
      from: order.status,
      to: order.status,
      data: { amount },
    });
    return { order: saved, entryId: entry!.id };
  }

  /** Expires unspent credits older than the configured months, for every customer with any. */
  async expireAll(now = new Date()): Promise<{ customers: number; expired: number }> {
    const cutoff = monthsBefore(now, (await this.settings.get()).rebateExpiryMonths);
    const rows: Array<{ customer_id: string }> = await this.connection.manager.query(
      `SELECT DISTINCT customer_id FROM rebate_entry WHERE amount > 0 AND occurred_at <= $1`,
      [cutoff],
    );
    let expired = 0;
    let customers = 0;
    for (const { customer_id } of rows) {
      const amount = await this.connection.withTransaction(() =>
        this.ledger.expire(customer_id, cutoff, now),
      );
      if (amount > 0) customers++;
      expired += amount;
    }
    return { customers, expired };
  }

  /** A customer's balance and ledger, newest first, for those who may read the customer. */
  async ledgerOf(customerId: string, page: PageQuery): Promise<{ balance: number; page: Page<RebateEntry> }> {
    await this.customers.visibleDetail(customerId, 'rebates:read');
    const qb = this.connection
      .getRepository(RebateEntry)
      .createQueryBuilder('e')
      .where('e.customer_id = :customerId', { customerId });
    return {
      balance: await this.ledger.balance(customerId),
      page: await paginate(
        qb,
        { ...page, sort: '-occurred' },
        {
          sorts: { occurred: { column: 'e.id', value: (e) => e.id } },
          idColumn: 'e.id',
          idValue: (e) => e.id,
        },
      ),
    };
  }
}
