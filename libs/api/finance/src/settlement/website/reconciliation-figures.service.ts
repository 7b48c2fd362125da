import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** Reconciliation figures for the dashboards (sales owns them). */
@Injectable()
export class ReconciliationFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * Days in [from, to) that have provider statement lines but no 日结 yet. One index probe per day of the
   * window (provider_statement_line_day_idx, reconciliation_day's key), whatever the number of lines.
   */
  async openWebsiteDays(from: string, to: string): Promise<number> {
    const [row]: Array<{ count: string }> = await this.connection.manager.query(
      `SELECT count(*)::text AS count
         FROM generate_series($1::date, $2::date - 1, interval '1 day') AS d(day)
        WHERE EXISTS (SELECT 1 FROM provider_statement_line l WHERE l.settled_day = d.day::date)
          AND NOT EXISTS (SELECT 1 FROM reconciliation_day r WHERE r.kind = 'website' AND r.day = d.day::date)`,
      [from, to],
    );
    return Number(row.count);
  }
}
