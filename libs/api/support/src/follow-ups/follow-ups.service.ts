import { Injectable } from '@nestjs/common';
import { ORDER_DELIVERED, OrderEventPayload } from '@zhanggui/api-orders';
import {
  beijingDate,
  currentActor,
  DocumentNumbers,
  DomainEvent,
  EventBus,
  EventSubscriber,
  OnEvent,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { FOLLOW_UP_COMPLETED, TICKET_RESOLVED, TicketResolvedPayload } from '../support.events';
import { FollowUpVisitNotFoundError, NotInQueueError, VisitAlreadyClosedError } from '../support.errors';
import { TicketAccess } from '../tickets/ticket-access';
import { TicketsService } from '../tickets/tickets.service';
import { FollowUpRule, FollowUpTrigger } from './follow-up-rule.entity';
import { FollowUpVisit } from './follow-up-visit.entity';

/** The Beijing date `days` after an instant. */
function dueDateAfter(at: Date, days: number): string {
  return beijingDate(new Date(at.getTime() + days * 86_400_000));
}

/**
 * Schedules follow-up visits (定时回访) from ORDER_DELIVERED and TicketResolved by the active rules, once per
 * rule and source (a unique key: a redelivered event schedules nothing twice).
 */
@Injectable()
@OnEvent({ types: [ORDER_DELIVERED, TICKET_RESOLVED] })
export class FollowUpScheduler implements EventSubscriber {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    const trigger: FollowUpTrigger = event.type === ORDER_DELIVERED ? 'order-delivered' : 'ticket-resolved';
    const rules = await this.connection.getRepository(FollowUpRule).findBy({ trigger, active: true });
    for (const rule of rules) {
      if (trigger === 'order-delivered') {
        const order = event.payload as OrderEventPayload;
        await this.schedule(rule, event, {
          sourceId: order.orderId,
          customerId: order.customerId,
          orderId: order.orderId,
          ticketId: null,
          queueId: rule.queueId,
          assigneeId: null,
        });
      } else {
        const ticket = event.payload as TicketResolvedPayload;
        await this.schedule(rule, event, {
          sourceId: ticket.ticketId,
          customerId: ticket.customerId,
          orderId: ticket.orderId,
          ticketId: ticket.ticketId,
          queueId: rule.queueId ?? ticket.queueId,
          // Whoever resolved it calls back, unless the rule sends it to another queue.
          assigneeId: rule.queueId ? null : ticket.assigneeId,
        });
      }
    }
  }

  private async schedule(
    rule: FollowUpRule,
    event: DomainEvent,
    visit: Pick<FollowUpVisit, 'sourceId' | 'customerId' | 'orderId' | 'ticketId' | 'queueId' | 'assigneeId'>,
  ): Promise<void> {
    const exists = await this.connection
      .getRepository(FollowUpVisit)
      .existsBy({ ruleId: rule.id, sourceId: visit.sourceId });
    if (exists) return;
    await this.connection.getRepository(FollowUpVisit).save(
      this.connection.getRepository(FollowUpVisit).create({
        ...visit,
        number: await this.numbers.next('FV'),
        ruleId: rule.id,
        trigger: rule.trigger,
        dueDate: dueDateAfter(new Date(event.occurredAt), rule.delayDays),
        status: 'scheduled',
      }),
    );
  }
}

/** The worklist and the outcome of visits. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly access: TicketAccess,
    private readonly tickets: TicketsService,
    private readonly events: EventBus,
  ) {}

  async list(
    filter: { view?: string; status?: string; assigneeId?: string; customerId?: string; due?: string },
    now = new Date(),
  ): Promise<FollowUpVisit[]> {
    const today = beijingDate(now);
    const qb = this.connection.getRepository(FollowUpVisit).createQueryBuilder('v');
    const scope = await this.access.scope();
    if (!scope.all) {
      qb.andWhere('(v.assignee_id = :me OR (v.assignee_id IS NULL AND v.queue_id = ANY(:queues)))', {
        me: scope.userId ?? '00000000-0000-0000-0000-000000000000',
        queues: scope.queueIds,
      });
    }
    if (filter.status) qb.andWhere('v.status = :status', { status: filter.status });
    if (filter.assigneeId)
      qb.andWhere('v.assignee_id = :assigneeId', {
        assigneeId: filter.assigneeId === 'me' ? currentActor()?.id : filter.assigneeId,
      });
    if (filter.customerId) qb.andWhere('v.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.due === 'today') qb.andWhere('v.due_date = :today', { today });
    if (filter.due === 'overdue') qb.andWhere('v.due_date < :today', { today });
    if (filter.due === 'worklist') qb.andWhere(`v.due_date <= :today AND v.status = 'scheduled'`, { today });
    return qb.orderBy('v.due_date').addOrderBy('v.id').limit(500).getMany();
  }

  async get(id: string, lock = false): Promise<FollowUpVisit> {
    const visit = await this.connection
      .getRepository(FollowUpVisit)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const scope = await this.access.scope();
    if (
      !visit ||
      !(
        scope.all ||
        visit.assigneeId === scope.userId ||
        (!visit.assigneeId && visit.queueId && scope.queueIds.includes(visit.queueId))
      )
    )
      throw new FollowUpVisitNotFoundError(id);
    return visit;
  }

  async claim(id: string): Promise<FollowUpVisit> {
    const visit = await this.get(id, true);
    if (visit.status !== 'scheduled') throw new VisitAlreadyClosedError(visit.status);
    const me = currentActor();
    if (!me || me.kind !== 'user') throw new NotInQueueError('assigneeId');
    visit.assigneeId = me.id;
    return this.connection.getRepository(FollowUpVisit).save(visit);
  }

  async complete(
    id: string,
    input: { status: 'done' | 'unreachable' | 'cancelled'; outcome?: string; satisfactionScore?: number },
  ): Promise<FollowUpVisit> {
    const visit = await this.get(id, true);
    if (visit.status !== 'scheduled') throw new VisitAlreadyClosedError(visit.status);
    visit.status = input.status;
    visit.outcome = input.outcome ?? null;
    visit.satisfactionScore = input.status === 'done' ? (input.satisfactionScore ?? null) : null;
    visit.completedAt = new Date();
    visit.completedBy = currentActor()?.id ?? null;
    visit.assigneeId = visit.assigneeId ?? (currentActor()?.kind === 'user' ? currentActor()!.id : null);
    const saved = await this.connection.getRepository(FollowUpVisit).save(visit);
    if (visit.ticketId && visit.satisfactionScore)
      await this.tickets.recordSatisfactionFromVisit(visit.ticketId, visit.satisfactionScore, visit.outcome);
    await this.events.publish(FOLLOW_UP_COMPLETED, {
      visitId: saved.id,
      customerId: saved.customerId,
      orderId: saved.orderId,
      ticketId: saved.ticketId,
      status: saved.status,
      satisfactionScore: saved.satisfactionScore,
    });
    return saved;
  }
}
