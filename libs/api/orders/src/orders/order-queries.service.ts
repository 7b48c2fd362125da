import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import { Customer } from '../customers/customer.entity';
import type { ListOrdersQuery } from './dto/list-orders.query';
import { applyOrderReach, orderReach, seesInternalNotes } from './order-access';
import { OrderLine } from './order-line.entity';
import { OrderNote } from './order-note.entity';
import { OrderStore } from './order-store';
import { OrderTimeline } from './order-timeline';
import type { OrderDetail } from './order-views';
import { Order } from './order.entity';
import { OrderPayment } from './payments/order-payment.entity';

/**
 * Reading orders. The list is keyset-paginated newest first (UUIDv7 ids sort by time) and served by an
 * index per filter; a page costs the same few queries whatever its length (orders, then their customers'
 * names in one IN query).
 */
@Injectable()
export class OrderQueriesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly store: OrderStore,
    private readonly timeline: OrderTimeline,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  async list(query: ListOrdersQuery): Promise<{ page: Page<Order>; customerNames: Map<string, string> }> {
    const qb = this.connection.getRepository(Order).createQueryBuilder('o');
    applyOrderReach(qb, 'o', await orderReach('orders:read'));
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.paymentMethod) qb.andWhere('o.payment_method = :pm', { pm: query.paymentMethod });
    if (query.channel) qb.andWhere('o.channel = :channel', { channel: query.channel });
    if (query.customerId) qb.andWhere('o.customer_id = :customerId', { customerId: query.customerId });
    if (query.placedFrom) qb.andWhere('o.created_at >= :placedFrom', { placedFrom: query.placedFrom });
    if (query.placedTo) qb.andWhere('o.created_at < :placedTo', { placedTo: query.placedTo });
    if (query.regionId) {
      const units = await this.orgUnits.subtreeIds([query.regionId]);
      qb.andWhere('o.org_unit_id = ANY(:regionUnits)', { regionUnits: units });
    }
    if (query.q) {
      // Order numbers are typed from the start (SO-20261127-…); phones whole.
      qb.andWhere(`(o.number LIKE :numberPrefix OR o.recipient_phone = :q)`, {
        numberPrefix: `${query.q.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        q: query.q,
      });
    }
    const page = await paginate(
      qb,
      { ...query, sort: '-placedAt' },
      { sorts: { placedAt: { column: 'o.id', value: (o) => o.id } }, idColumn: 'o.id', idValue: (o) => o.id },
    );
    return { page, customerNames: await this.customerNames(page.data.map((o) => o.customerId)) };
  }

  async detail(id: string): Promise<OrderDetail> {
    return this.detailOf(await this.store.visible(id));
  }

  /** Everything the order page shows, in a handful of queries. */
  async detailOf(order: Order): Promise<OrderDetail> {
    const lines = await this.connection
      .getRepository(OrderLine)
      .find({ where: { orderId: order.id }, order: { lineNo: 'ASC' } });
    const payments = await this.connection
      .getRepository(OrderPayment)
      .find({ where: { orderId: order.id }, order: { receivedAt: 'ASC' } });
    const notes = await this.connection.getRepository(OrderNote).find({
      where: seesInternalNotes() ? { orderId: order.id } : { orderId: order.id, internal: false },
      order: { id: 'ASC' },
    });
    const names = await this.customerNames([order.customerId]);
    return {
      order,
      customerName: names.get(order.customerId) ?? null,
      lines,
      payments,
      notes,
      timeline: await this.timeline.of(order.id),
    };
  }

  async timelineOf(id: string) {
    await this.store.visible(id);
    return this.timeline.of(id);
  }

  private async customerNames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const customers = await this.connection
      .getRepository(Customer)
      .find({ where: { id: In(unique) }, select: { id: true, name: true } });
    return new Map(customers.map((c) => [c.id, c.name]));
  }
}
