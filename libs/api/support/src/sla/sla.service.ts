import { Injectable } from '@nestjs/common';
import { TransactionalConnection, WorkCalendarDay, WorkingTimeCalendar } from '@zhanggui/api-platform';
import { TicketHistory } from '../tickets/ticket-history.entity';
import type { Ticket } from '../tickets/ticket.entity';
import type { TicketCategory, TicketPriority } from '../tickets/ticket-states';
import { readSla, SlaReading, StatusChange } from './sla-clock';
import { SlaPolicy } from './sla-policy.entity';

/** Everything needed to read many tickets' timers with a fixed number of queries. */
export interface SlaContext {
  policies: Map<string, SlaPolicy>;
  calendarOf(policy: SlaPolicy): WorkingTimeCalendar;
}

/** Chooses policies and reads timers; the arithmetic itself is the pure `readSla`. */
@Injectable()
export class SlaService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The most specific active policy: priority and category, then priority, then category, then the default. */
  async policyFor(priority: TicketPriority, category: TicketCategory): Promise<SlaPolicy | null> {
    return this.connection
      .getRepository(SlaPolicy)
      .createQueryBuilder('p')
      .where('p.active')
      .andWhere('(p.priority = :priority OR p.priority IS NULL)', { priority })
      .andWhere('(p.category = :category OR p.category IS NULL)', { category })
      .orderBy('(p.priority IS NOT NULL)::int * 2 + (p.category IS NOT NULL)::int', 'DESC')
      .getOne();
  }

  async context(policyIds: Array<string | null>): Promise<SlaContext> {
    const ids = [...new Set(policyIds.filter((id): id is string => !!id))];
    const policies = ids.length
      ? await this.connection
          .getRepository(SlaPolicy)
          .createQueryBuilder('p')
          .where('p.id = ANY(:ids)', { ids })
          .getMany()
      : [];
    // One read of the company calendar (HR's holidays and make-up days); each policy adds its desk hours.
    const days = await this.connection.getRepository(WorkCalendarDay).find();
    const calendarDays = {
      holidays: days.filter((day) => day.kind === 'holiday').map((day) => day.date),
      makeUpWorkdays: days.filter((day) => day.kind === 'make-up-workday').map((day) => day.date),
    };
    const cache = new Map<string, WorkingTimeCalendar>();
    return {
      policies: new Map(policies.map((p) => [p.id, p])),
      calendarOf: (policy) => {
        let calendar = cache.get(policy.id);
        if (!calendar) {
          calendar = new WorkingTimeCalendar(calendarDays, policy.deskHours);
          cache.set(policy.id, calendar);
        }
        return calendar;
      },
    };
  }

  /** The status changes of each ticket, oldest first (one query). */
  async histories(ticketIds: string[]): Promise<Map<string, StatusChange[]>> {
    const map = new Map<string, StatusChange[]>(ticketIds.map((id) => [id, []]));
    if (ticketIds.length === 0) return map;
    const rows = await this.connection
      .getRepository(TicketHistory)
      .createQueryBuilder('h')
      .select(['h.ticketId', 'h.toStatus', 'h.fromStatus', 'h.occurredAt'])
      .where('h.ticketId = ANY(:ids)', { ids: ticketIds })
      .andWhere('(h.fromStatus IS NULL OR h.fromStatus <> h.toStatus)')
      .orderBy('h.occurredAt')
      .addOrderBy('h.id')
      .getMany();
    for (const row of rows) map.get(row.ticketId)?.push({ at: row.occurredAt, status: row.toStatus });
    return map;
  }

  read(ticket: Ticket, history: StatusChange[], context: SlaContext, now: Date): SlaReading | null {
    const policy = ticket.slaPolicyId ? context.policies.get(ticket.slaPolicyId) : undefined;
    if (!policy || history.length === 0) return null;
    return readSla({
      history,
      firstPublicReplyAt: ticket.firstRespondedAt,
      targets: policy,
      calendar: context.calendarOf(policy),
      now,
    });
  }

  /** Reads one ticket's timers and writes what the queue sorts and reports by. */
  async refresh(ticket: Ticket, now = new Date()): Promise<SlaReading | null> {
    const context = await this.context([ticket.slaPolicyId]);
    const history = (await this.histories([ticket.id])).get(ticket.id) ?? [];
    const reading = this.read(ticket, history, context, now);
    applyReading(ticket, reading);
    return reading;
  }
}

/** Copies a reading onto the ticket's columns (due times for sorting, minutes and breaches for metrics). */
export function applyReading(ticket: Ticket, reading: SlaReading | null): void {
  if (!reading) {
    ticket.firstResponseDueAt = null;
    ticket.resolutionDueAt = null;
    return;
  }
  ticket.firstResponseDueAt = reading.firstResponse.dueAt;
  ticket.resolutionDueAt = reading.resolution.dueAt;
  ticket.firstResponseBreached = reading.firstResponse.breached;
  ticket.resolutionBreached = reading.resolution.breached;
  if (reading.firstResponse.stoppedAt) ticket.firstResponseMinutes = reading.firstResponse.elapsedMinutes;
  if (reading.resolution.stoppedAt) ticket.resolutionMinutes = reading.resolution.elapsedMinutes;
}
