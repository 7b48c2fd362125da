import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** What is owed to suppliers by a day, for the dashboards (sales owns them); served by payable_due_idx. */
@Injectable()
export class PayablesDueService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Unpaid amounts of payables due on or before `day` (overdue ones included), in 分 per currency. */
  async dueBy(day: string): Promise<Array<{ currency: string; amount: number; payables: number }>> {
    const rows: Array<{ currency: string; amount: string; payables: string }> =
      await this.connection.manager.query(
        `SELECT currency, sum(amount - paid_amount)::text AS amount, count(*)::text AS payables
           FROM payable WHERE due_date <= $1 AND status <> 'paid'
          GROUP BY currency ORDER BY currency`,
        [day],
      );
    return rows.map((r) => ({
      currency: r.currency,
      amount: Number(r.amount),
      payables: Number(r.payables),
    }));
  }
}
