import { Injectable } from '@nestjs/common';
import { CustomersService } from '@zhanggui/api-orders';
import {
  assertVersionMatches,
  currentActor,
  DocumentNumbers,
  EventBus,
  InvalidInputError,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { OrderFacts } from '../order-facts/order-facts';
import { SupportQueue } from '../queues/support-queue.entity';
import { SlaService } from '../sla/sla.service';
import { SupportSettingsService } from '../support-settings';
import {
  NoQueueError,
  NotInQueueError,
  OrderOfAnotherCustomerError,
  QueueNotFoundError,
  TicketNotResolvedError,
  TicketReopenWindowClosedError,
  TicketTransitionNotAllowedError,
} from '../support.errors';
import {
  TICKET_CREATED,
  TICKET_RESOLVED,
  TicketEventPayload,
  TicketResolvedPayload,
} from '../support.events';
import type {
  AssignTicketDto,
  CreateTicketDto,
  MessageDto,
  SatisfactionDto,
  TransitionDto,
  UpdateTicketDto,
} from './dto/ticket.dto';
import { TicketAccess } from './ticket-access';
import { TicketMessage } from './ticket-message.entity';
import { TicketTimeline } from './ticket-timeline';
import { Ticket } from './ticket.entity';
import { canMove, isReopen, reopenAllowedUntil, TicketStatus } from './ticket-states';

/** Opening and working tickets: every change is one history entry, and the SLA columns follow each change. */
@Injectable()
export class TicketsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
    private readonly access: TicketAccess,
    private readonly timeline: TicketTimeline,
    private readonly sla: SlaService,
    private readonly settings: SupportSettingsService,
    private readonly customers: CustomersService,
    private readonly orders: OrderFacts,
  ) {}

  private get tickets() {
    return this.connection.getRepository(Ticket);
  }

  async create(input: CreateTicketDto): Promise<Ticket> {
    const actor = currentActor();
    // The customer must exist (404 CUSTOMER_NOT_FOUND otherwise); a merged one is followed to the survivor.
    const customer = await this.customers.getProfile(input.customerId);
    const customerId = customer.mergedIntoId ?? customer.id;
    await this.assertOrderOf(input.orderId ?? null, customerId);
    const queue = await this.queueFor(input.queueId);
    let assigneeId = input.assigneeId ?? null;
    if (assigneeId) await this.assertMayAssign(queue.id, assigneeId, 'assigneeId');
    // A website or API ticket arrives new; one an agent takes on the phone is theirs and open at once.
    const takenByAgent = actor?.kind === 'user' && input.channel !== 'web' && input.channel !== 'api';
    if (!assigneeId && takenByAgent && (await this.isMember(queue.id, actor.id))) assigneeId = actor.id;
    const policy = await this.sla.policyFor(input.priority ?? 'normal', input.category);
    const ticket = await this.tickets.save(
      this.tickets.create({
        number: await this.numbers.next('TK'),
        subject: input.subject,
        channel: actor?.kind === 'api-key' ? (input.channel ?? 'api') : input.channel,
        customerId,
        orderId: input.orderId ?? null,
        returnId: input.returnId ?? null,
        category: input.category,
        priority: input.priority ?? 'normal',
        status: 'new',
        queueId: queue.id,
        assigneeId,
        tags: unique(input.tags ?? []),
        slaPolicyId: policy?.id ?? null,
      }),
    );
    await this.timeline.record(ticket, 'created', {
      from: null,
      at: ticket.createdAt,
      data: { channel: ticket.channel },
    });
    if (input.description) {
      await this.connection.getRepository(TicketMessage).save({
        ticketId: ticket.id,
        kind: 'customer',
        body: input.description,
        standardAnswerId: null,
        authorKind: actor?.kind === 'api-key' ? 'customer' : (actor?.kind ?? 'system'),
        authorId: actor?.kind === 'user' ? actor.id : null,
        authorLabel: actor?.kind === 'api-key' ? customer.name : (actor?.label ?? null),
      });
    }
    if (assigneeId) await this.move(ticket, 'open', 'assigned', { assigneeId });
    await this.sla.refresh(ticket);
    const saved = await this.tickets.save(ticket);
    await this.events.publish<TicketEventPayload>(TICKET_CREATED, payloadOf(saved));
    return saved;
  }

  async update(id: string, changes: UpdateTicketDto, expected?: number[]): Promise<Ticket> {
    const ticket = await this.access.visible(id, true);
    assertVersionMatches('ticket', expected, ticket.version);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of ['subject', 'category', 'priority', 'tags', 'orderId', 'returnId'] as const) {
      const value = changes[key];
      if (value === undefined) continue;
      if (key === 'orderId') await this.assertOrderOf(value as string | null, ticket.customerId);
      const next = key === 'tags' ? unique(value as string[]) : value;
      if (JSON.stringify(ticket[key]) === JSON.stringify(next)) continue;
      before[key] = ticket[key];
      after[key] = next;
      Object.assign(ticket, { [key]: next });
    }
    if (Object.keys(after).length === 0) return ticket;
    if ('priority' in after || 'category' in after) {
      // A new priority or category may bring another policy; the clocks keep counting from the history.
      ticket.slaPolicyId = (await this.sla.policyFor(ticket.priority, ticket.category))?.id ?? null;
    }
    await this.timeline.record(ticket, 'updated', { data: { before, after } });
    await this.sla.refresh(ticket);
    return this.tickets.save(ticket);
  }

  /** To a queue and/or an agent. Agents take tickets of their queues for themselves; the lead assigns anything. */
  async assign(id: string, input: AssignTicketDto, expected?: number[]): Promise<Ticket> {
    const ticket = await this.access.visible(id, true);
    assertVersionMatches('ticket', expected, ticket.version);
    const actor = currentActor();
    const lead = !!actor?.permissions.has('tickets:assign');
    const queueId = input.queueId ?? ticket.queueId;
    if (queueId !== ticket.queueId) {
      if (!lead) throw new NotInQueueError('queueId');
      await this.queueFor(queueId);
    }
    const assigneeId = input.assigneeId === undefined ? ticket.assigneeId : input.assigneeId;
    if (assigneeId && assigneeId !== ticket.assigneeId) {
      if (!lead && assigneeId !== actor?.id) throw new NotInQueueError('assigneeId');
      await this.assertMayAssign(queueId, assigneeId, 'assigneeId');
    }
    const data = {
      from: { queueId: ticket.queueId, assigneeId: ticket.assigneeId },
      to: { queueId, assigneeId },
    };
    ticket.queueId = queueId;
    ticket.assigneeId = assigneeId;
    if (ticket.status === 'new' && assigneeId) await this.move(ticket, 'open', 'assigned', data);
    else await this.timeline.record(ticket, 'assigned', { data });
    await this.sla.refresh(ticket);
    return this.tickets.save(ticket);
  }

  async transition(id: string, input: TransitionDto, expected?: number[]): Promise<Ticket> {
    const ticket = await this.access.visible(id, true);
    assertVersionMatches('ticket', expected, ticket.version);
    await this.move(
      ticket,
      input.status,
      input.status === 'open' && ticket.status !== 'new' ? 'reopened' : input.status,
      {
        ...(input.note ? { note: input.note } : {}),
      },
    );
    await this.sla.refresh(ticket);
    const saved = await this.tickets.save(ticket);
    if (saved.status === 'resolved') await this.publishResolved(saved);
    return saved;
  }

  /** A public reply, an internal note, or what the customer said. Only an agent's public reply answers. */
  async addMessage(id: string, input: MessageDto): Promise<{ ticket: Ticket; message: TicketMessage }> {
    const ticket = await this.access.visible(id, true);
    const actor = currentActor();
    const message = await this.connection.getRepository(TicketMessage).save(
      this.connection.getRepository(TicketMessage).create({
        ticketId: ticket.id,
        kind: input.kind,
        body: input.body,
        standardAnswerId: input.standardAnswerId ?? null,
        authorKind: input.kind === 'customer' ? 'customer' : (actor?.kind ?? 'system'),
        authorId: actor?.id ?? null,
        authorLabel: actor?.label ?? null,
      }),
    );
    if (input.standardAnswerId) {
      await this.connection.manager.query(
        `UPDATE standard_answer SET use_count = use_count + 1 WHERE id = $1`,
        [input.standardAnswerId],
      );
    }
    const agentReply = input.kind === 'reply' && actor?.kind === 'user';
    if (agentReply && !ticket.firstRespondedAt) ticket.firstRespondedAt = message.createdAt;
    if (agentReply && !ticket.assigneeId && (await this.isMember(ticket.queueId, actor.id)))
      ticket.assigneeId = actor.id;
    if (agentReply && ticket.status === 'new') await this.move(ticket, 'open', 'replied');
    else if (input.kind === 'customer' && ticket.status === 'waiting_on_customer')
      await this.move(ticket, 'open', 'customer-replied');
    else
      await this.timeline.record(
        ticket,
        input.kind === 'note' ? 'noted' : input.kind === 'reply' ? 'replied' : 'customer-wrote',
        { data: { messageId: message.id } },
      );
    if (input.thenStatus && input.thenStatus !== ticket.status)
      await this.move(ticket, input.thenStatus, input.thenStatus);
    await this.sla.refresh(ticket);
    // Saving bumps the version even for a note: the thread is part of the ticket the console holds.
    ticket.updatedAt = new Date();
    const saved = await this.tickets.save(ticket);
    if (saved.status === 'resolved' && input.thenStatus === 'resolved') await this.publishResolved(saved);
    return { ticket: saved, message };
  }

  async satisfaction(id: string, input: SatisfactionDto): Promise<Ticket> {
    const ticket = await this.access.visible(id, true);
    if (ticket.status !== 'resolved' && ticket.status !== 'closed')
      throw new TicketNotResolvedError(ticket.status);
    ticket.satisfactionScore = input.score;
    ticket.satisfactionComment = input.comment ?? null;
    await this.timeline.record(ticket, 'satisfaction', { data: { score: input.score } });
    return this.tickets.save(ticket);
  }

  /** Records the score of a ticket from a follow-up visit (not already given by the customer). */
  async recordSatisfactionFromVisit(ticketId: string, score: number, comment: string | null): Promise<void> {
    const ticket = await this.tickets.findOneBy({ id: ticketId });
    if (!ticket || ticket.satisfactionScore !== null) return;
    ticket.satisfactionScore = score;
    ticket.satisfactionComment = comment;
    await this.timeline.record(ticket, 'satisfaction', { data: { score, source: 'follow-up' } });
    await this.tickets.save(ticket);
  }

  async thread(id: string, includeNotes: boolean): Promise<TicketMessage[]> {
    await this.access.visible(id);
    const query = this.connection
      .getRepository(TicketMessage)
      .createQueryBuilder('m')
      .where('m.ticketId = :id', { id })
      .orderBy('m.createdAt')
      .addOrderBy('m.id');
    if (!includeNotes) query.andWhere(`m.kind <> 'note'`);
    return query.getMany();
  }

  /** Moves the status (checking the machine and the reopen window) and records it. */
  async move(
    ticket: Ticket,
    to: TicketStatus,
    action: string,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    const from = ticket.status;
    if (!canMove(from, to)) throw new TicketTransitionNotAllowedError(from, to);
    const now = new Date();
    if (isReopen(from, to)) {
      const { reopenWindowDays } = await this.settings.get();
      const until = reopenAllowedUntil(ticket.resolvedAt ?? now, reopenWindowDays);
      if (now > until) throw new TicketReopenWindowClosedError(until);
      ticket.reopenCount++;
      ticket.resolvedAt = null;
      ticket.resolutionMinutes = null;
      ticket.closedAt = null;
    }
    if (to === 'resolved') ticket.resolvedAt = now;
    if (to === 'closed') ticket.closedAt = now;
    ticket.status = to;
    await this.timeline.record(ticket, action, { from, data, at: now });
  }

  private async publishResolved(ticket: Ticket): Promise<void> {
    await this.events.publish<TicketResolvedPayload>(TICKET_RESOLVED, {
      ...payloadOf(ticket),
      resolvedAt: (ticket.resolvedAt ?? new Date()).toISOString(),
      firstResponseBreached: ticket.firstResponseBreached,
      resolutionBreached: ticket.resolutionBreached,
    });
  }

  private async queueFor(queueId: string | undefined): Promise<SupportQueue> {
    const queues = this.connection.getRepository(SupportQueue);
    if (queueId) {
      const queue = await queues.findOneBy({ id: queueId });
      if (!queue) throw new QueueNotFoundError(queueId);
      return queue;
    }
    const fallback = await queues.findOne({ where: { active: true }, order: { code: 'ASC' } });
    if (!fallback) throw new NoQueueError();
    return fallback;
  }

  private async isMember(queueId: string, userId: string): Promise<boolean> {
    const rows = await this.connection.manager.query(
      `SELECT 1 FROM support_queue_member WHERE queue_id = $1 AND user_id = $2`,
      [queueId, userId],
    );
    return rows.length > 0;
  }

  private async assertMayAssign(queueId: string, userId: string, field: string): Promise<void> {
    if (!(await this.isMember(queueId, userId))) throw new NotInQueueError(field);
  }

  private async assertOrderOf(orderId: string | null, customerId: string): Promise<void> {
    if (!orderId) return;
    const order = await this.orders.find(orderId);
    // An order support has not heard of yet (its event is on the way) is taken at the agent's word.
    if (order && order.customerId !== customerId) throw new OrderOfAnotherCustomerError();
  }
}

export function payloadOf(ticket: Ticket): TicketEventPayload {
  return {
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    customerId: ticket.customerId,
    orderId: ticket.orderId,
    queueId: ticket.queueId,
    assigneeId: ticket.assigneeId,
    category: ticket.category,
    priority: ticket.priority,
  };
}

function unique(tags: string[]): string[] {
  const seen = [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
  if (seen.some((tag) => tag.length > 40))
    throw new InvalidInputError('TAG_TOO_LONG', 'Tags are at most 40 characters.', [
      { field: 'tags', message: 'at most 40 characters each' },
    ]);
  return seen;
}
