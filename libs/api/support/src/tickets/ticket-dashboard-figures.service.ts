import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { OPEN_STATUSES } from './ticket-states';

/** Ticket figures for the dashboards (sales owns them). */
@Injectable()
export class TicketDashboardFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Tickets still open that have missed their first-response or resolution deadline. */
  async openSlaBreaches(): Promise<number> {
    const [row]: Array<{ count: string }> = await this.connection.manager.query(
      `SELECT count(*)::text AS count FROM support_ticket
        WHERE status = ANY($1) AND (first_response_breached OR resolution_breached)`,
      [[...OPEN_STATUSES]],
    );
    return Number(row.count);
  }
}
