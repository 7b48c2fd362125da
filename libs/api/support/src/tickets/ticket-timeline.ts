import { Injectable } from '@nestjs/common';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import { TicketHistory } from './ticket-history.entity';
import type { Ticket } from './ticket.entity';
import type { TicketStatus } from './ticket-states';

/** Appends to a ticket's history; status entries are what the SLA clocks are computed from. */
@Injectable()
export class TicketTimeline {
  constructor(private readonly connection: TransactionalConnection) {}

  async record(
    ticket: Ticket,
    action: string,
    input: { from?: TicketStatus | null; data?: Record<string, unknown>; at?: Date } = {},
  ): Promise<TicketHistory> {
    const actor = currentActor();
    const repository = this.connection.getRepository(TicketHistory);
    return repository.save(
      repository.create({
        ticketId: ticket.id,
        action,
        fromStatus: input.from === undefined ? ticket.status : input.from,
        toStatus: ticket.status,
        data: input.data ?? {},
        actorKind: actor?.kind ?? 'system',
        actorId: actor?.id ?? null,
        actorLabel: actor?.label ?? null,
        occurredAt: input.at ?? new Date(),
      }),
    );
  }

  async of(ticketId: string): Promise<TicketHistory[]> {
    return this.connection
      .getRepository(TicketHistory)
      .find({ where: { ticketId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }
}
