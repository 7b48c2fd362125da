import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { UsersService } from '@zhanggui/api-identity';
import { EventBus, JobQueue, TransactionalConnection } from '@zhanggui/api-platform';
import { SupportQueue } from '../queues/support-queue.entity';
import { SupportSettingsService } from '../support-settings';
import { TICKET_ESCALATED, TICKET_SLA_WARNING, TicketSlaAlertPayload } from '../support.events';
import { TicketTimeline } from '../tickets/ticket-timeline';
import { Ticket } from '../tickets/ticket.entity';
import { payloadOf } from '../tickets/tickets.service';
import type { TimerReading } from './sla-clock';
import { applyReading, SlaService } from './sla.service';

export const SLA_CHECK_QUEUE = 'support.sla-check';

/**
 * Every five minutes: reads the timers of every active ticket, warns the assignee at the warning threshold and
 * escalates a breach to the queue's team lead — once per ticket and kind (a unique row), and only while the
 * desk is open, so nobody is paged at 3 a.m. or on a holiday. Resolved tickets past the reopen window close.
 */
@Injectable()
export class SlaMonitor implements OnModuleInit {
  private readonly logger = new Logger('SlaMonitor');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobQueue,
    private readonly sla: SlaService,
    private readonly settings: SupportSettingsService,
    private readonly timeline: TicketTimeline,
    private readonly events: EventBus,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(SLA_CHECK_QUEUE, '*/5 * * * *', async () => {
      const result = await this.check();
      if (result.alerts || result.closed) this.logger.log(result, 'SLA check');
    });
  }

  async check(now = new Date()): Promise<{ alerts: number; closed: number }> {
    return this.connection.withTransaction(() => this.checkInTransaction(now));
  }

  private async checkInTransaction(now: Date): Promise<{ alerts: number; closed: number }> {
    const { warningPercent, reopenWindowDays } = await this.settings.get();
    const tickets = await this.connection
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .where(`t.status IN ('new', 'open', 'waiting_on_customer')`)
      .andWhere('t.sla_policy_id IS NOT NULL')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    const context = await this.sla.context(tickets.map((t) => t.slaPolicyId));
    const histories = await this.sla.histories(tickets.map((t) => t.id));
    let alerts = 0;
    for (const ticket of tickets) {
      const reading = this.sla.read(ticket, histories.get(ticket.id) ?? [], context, now);
      if (!reading) continue;
      applyReading(ticket, reading);
      await this.connection.getRepository(Ticket).save(ticket);
      if (!reading.businessHours) continue;
      const clocks: Array<['first-response' | 'resolution', TimerReading]> = [
        ['first-response', reading.firstResponse],
        ['resolution', reading.resolution],
      ];
      for (const [clock, timer] of clocks) {
        if (timer.stoppedAt) continue;
        if (timer.breached) alerts += await this.alert(ticket, `${clock}-breach`, timer.percent, now);
        else if (timer.state === 'running' && timer.percent >= warningPercent)
          alerts += await this.alert(ticket, `${clock}-warning`, timer.percent, now);
      }
    }
    const closed = await this.autoClose(reopenWindowDays, now);
    return { alerts, closed };
  }

  private async alert(ticket: Ticket, kind: string, percent: number, now: Date): Promise<number> {
    const escalation = kind.endsWith('-breach');
    const notify = escalation ? await this.leadOf(ticket.queueId) : ticket.assigneeId;
    const inserted: unknown[] = await this.connection.manager.query(
      `INSERT INTO support_sla_alert (ticket_id, kind, notified_user_id, percent, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (ticket_id, kind) DO NOTHING RETURNING id`,
      [ticket.id, kind, notify, percent, now],
    );
    if (inserted.length === 0) return 0;
    await this.timeline.record(ticket, escalation ? 'sla-escalated' : 'sla-warning', {
      data: { kind, percent, notifiedUserId: notify },
      at: now,
    });
    await this.events.publish<TicketSlaAlertPayload>(escalation ? TICKET_ESCALATED : TICKET_SLA_WARNING, {
      ...payloadOf(ticket),
      kind,
      percent,
      notifiedUserId: notify,
    });
    return 1;
  }

  /** The queue's lead, else any customer-service lead over the queue's team. */
  private async leadOf(queueId: string): Promise<string | null> {
    const queue = await this.connection.getRepository(SupportQueue).findOneBy({ id: queueId });
    if (queue?.leadUserId) return queue.leadUserId;
    const leads = await this.users.holdersOf('customer-service-lead', queue?.teamOrgUnitId ?? null);
    return leads[0]?.id ?? null;
  }

  private async autoClose(reopenWindowDays: number, now: Date): Promise<number> {
    const due = await this.connection
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .where(`t.status = 'resolved' AND t.resolved_at < :limit`, {
        limit: new Date(now.getTime() - reopenWindowDays * 86_400_000),
      })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const ticket of due) {
      ticket.status = 'closed';
      ticket.closedAt = now;
      await this.timeline.record(ticket, 'auto-closed', { from: 'resolved', at: now });
      await this.connection.getRepository(Ticket).save(ticket);
    }
    return due.length;
  }
}
