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

  /** Open tickets per priority (support_ticket_open_priority_idx). */
  async openByPriority(): Promise<Record<string, number>> {
    const rows: Array<{ priority: string; count: string }> = await this.connection.manager.query(
      `SELECT priority, count(*)::text AS count FROM support_ticket
        WHERE status IN ('new', 'open', 'waiting_on_customer') GROUP BY priority`,
    );
    return Object.fromEntries(rows.map((r) => [r.priority, Number(r.count)]));
  }

  /**
   * Of the tickets opened in [from, to) that got a first answer: the median minutes to it (null without any),
   * in wall-clock minutes as the customer waited, not SLA business minutes.
   */
  async firstResponseMedian(from: Date, to: Date): Promise<{ minutes: number | null; tickets: number }> {
    const [row]: Array<{ minutes: string | null; tickets: string }> = await this.connection.manager.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM first_responded_at - created_at) / 60)::text AS minutes,
              count(*)::text AS tickets
         FROM support_ticket
        WHERE created_at >= $1 AND created_at < $2 AND first_responded_at IS NOT NULL`,
      [from, to],
    );
    return {
      minutes: row.minutes === null ? null : Math.round(Number(row.minutes)),
      tickets: Number(row.tickets),
    };
  }

  /** Average satisfaction (1–5) of the tickets resolved in [from, to) that were rated; null without any. */
  async satisfaction(from: Date, to: Date): Promise<{ average: number | null; rated: number }> {
    const [row]: Array<{ average: string | null; rated: string }> = await this.connection.manager.query(
      `SELECT round(avg(satisfaction_score), 2)::text AS average, count(satisfaction_score)::text AS rated
         FROM support_ticket
        WHERE resolved_at >= $1 AND resolved_at < $2 AND satisfaction_score IS NOT NULL`,
      [from, to],
    );
    return { average: row.average === null ? null : Number(row.average), rated: Number(row.rated) };
  }
}
