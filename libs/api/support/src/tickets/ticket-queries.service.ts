import { Injectable } from '@nestjs/common';
import { CustomersService } from '@zhanggui/api-orders';
import {
  currentActor,
  InvalidInputError,
  paginate,
  Page,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { StandardAnswer } from '../answers/standard-answer.entity';
import { renderTemplate, yuan } from '../answers/placeholders';
import { OrderFact, OrderFacts } from '../order-facts/order-facts';
import type { SlaReading } from '../sla/sla-clock';
import { SlaService } from '../sla/sla.service';
import { StandardAnswerNotFoundError } from '../support.errors';
import type { ListTicketsQuery } from './dto/ticket.dto';
import {
  CustomerContext,
  CustomerOrderView,
  RenderedAnswer,
  ticketSummary,
  TicketSummary,
} from './dto/ticket.response';
import { TicketAccess } from './ticket-access';
import { Ticket } from './ticket.entity';
import { OPEN_STATUSES, TICKET_STATUSES } from './ticket-states';

const FAR_FUTURE = '9999-12-31T00:00:00.000Z';

/** Reading tickets: the agent queue with live SLA timers, the customer sidebar, rendering answers. */
@Injectable()
export class TicketQueriesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly access: TicketAccess,
    private readonly sla: SlaService,
    private readonly customers: CustomersService,
    private readonly orders: OrderFacts,
  ) {}

  /** One page, its timers read with three more queries whatever the page size (policies, calendar, history). */
  async list(query: ListTicketsQuery, now = new Date()): Promise<Page<TicketSummary>> {
    const qb = this.connection.getRepository(Ticket).createQueryBuilder('t');
    this.access.apply(qb, await this.access.scope());
    if (query.status) {
      const statuses = query.status === 'active' ? [...OPEN_STATUSES] : query.status.split(',');
      const unknown = statuses.filter((s) => !(TICKET_STATUSES as readonly string[]).includes(s));
      if (unknown.length) throw new BadStatusFilter(unknown);
      qb.andWhere('t.status = ANY(:statuses)', { statuses });
    }
    if (query.queueId) qb.andWhere('t.queue_id = :queueId', { queueId: query.queueId });
    if (query.assigneeId === 'none') qb.andWhere('t.assignee_id IS NULL');
    else if (query.assigneeId) {
      const id = query.assigneeId === 'me' ? (currentActor()?.id ?? '') : query.assigneeId;
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new BadAssigneeFilter();
      qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: id });
    }
    for (const key of ['customerId', 'orderId', 'priority', 'category', 'channel'] as const) {
      if (query[key]) qb.andWhere(`t.${snake(key)} = :${key}`, { [key]: query[key] });
    }
    if (query.tag) qb.andWhere(':tag = ANY(t.tags)', { tag: query.tag });
    if (query.breached === 'true') qb.andWhere('(t.first_response_breached OR t.resolution_breached)');
    if (query.q) {
      qb.andWhere(`(t.number ILIKE :q OR t.subject ILIKE :q)`, {
        q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const page = await paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: {
          createdAt: { column: 't.created_at', value: (t) => t.createdAt.toISOString() },
          number: { column: 't.number', value: (t) => t.number },
          due: {
            column: `COALESCE(t.resolution_due_at, '${FAR_FUTURE}'::timestamptz)`,
            value: (t) => t.resolutionDueAt?.toISOString() ?? FAR_FUTURE,
          },
        },
        idColumn: 't.id',
        idValue: (t) => t.id,
      },
    );
    const readings = await this.readings(page.data, now);
    return { ...page, data: page.data.map((t) => ticketSummary(t, readings.get(t.id) ?? null)) };
  }

  async readings(tickets: Ticket[], now = new Date()): Promise<Map<string, SlaReading | null>> {
    if (tickets.length === 0) return new Map();
    const context = await this.sla.context(tickets.map((t) => t.slaPolicyId));
    const histories = await this.sla.histories(tickets.map((t) => t.id));
    return new Map(tickets.map((t) => [t.id, this.sla.read(t, histories.get(t.id) ?? [], context, now)]));
  }

  async reading(ticket: Ticket, now = new Date()): Promise<SlaReading | null> {
    return (await this.readings([ticket], now)).get(ticket.id) ?? null;
  }

  /** The sidebar of the ticket page: who the customer is, their latest orders and tickets. */
  async customerContext(id: string): Promise<CustomerContext> {
    const ticket = await this.access.visible(id);
    const profile = await this.customers.getProfile(ticket.customerId);
    const actor = currentActor();
    const seesPii = !!actor?.permissions.has('customers:pii-read');
    const recent = await this.orders.recentOf(ticket.customerId, 10);
    const linked = ticket.orderId
      ? (recent.find((o) => o.orderId === ticket.orderId) ?? (await this.orders.find(ticket.orderId)))
      : undefined;
    const others = this.connection
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .where('t.customer_id = :customerId AND t.id <> :id', { customerId: ticket.customerId, id: ticket.id });
    this.access.apply(others, await this.access.scope());
    const tickets = await others.orderBy('t.created_at', 'DESC').limit(5).getMany();
    const [{ open }] = await this.connection.manager.query(
      `SELECT count(*)::int AS open FROM support_ticket WHERE customer_id = $1 AND status = ANY($2)`,
      [ticket.customerId, OPEN_STATUSES],
    );
    const [account] = await this.connection.manager.query(
      `SELECT status FROM key_account_candidate WHERE customer_id = $1 AND status <> 'dismissed'
        ORDER BY (status = 'confirmed') DESC LIMIT 1`,
      [ticket.customerId],
    );
    const readings = await this.readings(tickets);
    return {
      customer: {
        id: profile.id,
        number: profile.number,
        name: profile.name,
        phone: seesPii ? profile.phone : `${profile.phone.slice(0, 3)}****${profile.phone.slice(-4)}`,
        email: seesPii ? profile.email : profile.email ? '***' : null,
        memberLevel: profile.membership?.level?.nameZh ?? null,
      },
      recentOrders: recent.map(orderView),
      recentTickets: tickets.map((t) => ticketSummary(t, readings.get(t.id) ?? null)),
      openTicketCount: open,
      keyAccount: account?.status ?? null,
      linkedOrder: linked ? orderView(linked) : null,
    };
  }

  /** A standard answer with its placeholders filled from the ticket's customer and order. */
  async render(id: string, standardAnswerId: string): Promise<RenderedAnswer> {
    const ticket = await this.access.visible(id);
    const answer = await this.connection.getRepository(StandardAnswer).findOneBy({ id: standardAnswerId });
    if (!answer) throw new StandardAnswerNotFoundError(standardAnswerId);
    const profile = await this.customers.getProfile(ticket.customerId);
    const order = ticket.orderId
      ? await this.orders.find(ticket.orderId)
      : (await this.orders.recentOf(ticket.customerId, 1))[0];
    const values: Record<string, string | null> = {
      customerName: profile.name,
      customerNumber: profile.number,
      ticketNumber: ticket.number,
      orderNumber: order?.orderNumber ?? null,
      orderTotal: order ? yuan(order.total) : null,
      orderStatus: order?.status ?? null,
      carrier: order?.carrier ?? null,
      trackingNumber: order?.trackingNumber ?? null,
      agentName: currentActor()?.label ?? null,
    };
    const { body, missing } = renderTemplate(answer.body, values);
    return {
      standardAnswerId: answer.id,
      body,
      missing,
      values: Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => !!e[1])),
    };
  }
}

function orderView(o: OrderFact): CustomerOrderView {
  return {
    orderId: o.orderId,
    orderNumber: o.orderNumber,
    status: o.status,
    channel: o.channel,
    total: Number(o.total),
    currency: o.currency,
    carrier: o.carrier,
    trackingNumber: o.trackingNumber,
    placedAt: new Date(o.placedAt).toISOString(),
    deliveredAt: o.deliveredAt ? new Date(o.deliveredAt).toISOString() : null,
  };
}

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

class BadStatusFilter extends InvalidInputError {
  constructor(unknown: string[]) {
    super('VALIDATION_FAILED', `Unknown statuses: ${unknown.join(', ')}.`, [
      { field: 'status', message: 'unknown status' },
    ]);
  }
}

class BadAssigneeFilter extends InvalidInputError {
  constructor() {
    super('VALIDATION_FAILED', 'assigneeId is a user id, `me` or `none`.', [
      { field: 'assigneeId', message: 'must be a UUID, me or none' },
    ]);
  }
}
