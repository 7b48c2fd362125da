import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import { TicketNotFoundError } from '../support.errors';
import { Ticket } from './ticket.entity';

/** Who sees which tickets: the lead (all-tickets:read) everything; an agent their queues and their own. */
export type TicketScope = { all: true } | { all: false; userId: string | null; queueIds: string[] };

@Injectable()
export class TicketAccess {
  constructor(private readonly connection: TransactionalConnection) {}

  async scope(): Promise<TicketScope> {
    const actor = currentActor();
    if (!actor || actor.permissions.has('all-tickets:read')) return { all: true };
    // An API key (the website) is no agent: it sees the tickets it may create, i.e. none to read back.
    if (actor.kind !== 'user') return { all: false, userId: null, queueIds: [] };
    return { all: false, userId: actor.id, queueIds: await this.queuesOf(actor.id) };
  }

  async queuesOf(userId: string): Promise<string[]> {
    const rows: Array<{ queue_id: string }> = await this.connection.manager.query(
      `SELECT queue_id FROM support_queue_member WHERE user_id = $1`,
      [userId],
    );
    return rows.map((row) => row.queue_id);
  }

  apply(query: SelectQueryBuilder<Ticket>, scope: TicketScope, alias = 't'): SelectQueryBuilder<Ticket> {
    if (scope.all) return query;
    return query.andWhere(`(${alias}.queue_id = ANY(:scopeQueues) OR ${alias}.assignee_id = :scopeUser)`, {
      scopeQueues: scope.queueIds,
      scopeUser: scope.userId ?? '00000000-0000-0000-0000-000000000000',
    });
  }

  allows(ticket: Ticket, scope: TicketScope): boolean {
    return scope.all || scope.queueIds.includes(ticket.queueId) || ticket.assigneeId === scope.userId;
  }

  /** The ticket if the caller may see it (404 otherwise, so ids cannot be probed); locked for a change. */
  async visible(id: string, lock = false): Promise<Ticket> {
    const ticket = await this.connection
      .getRepository(Ticket)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!ticket || !this.allows(ticket, await this.scope())) throw new TicketNotFoundError(id);
    return ticket;
  }
}
