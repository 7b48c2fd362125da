import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { OrderTransitionsService } from '../orders/order-transitions.service';
import { AfterSalesSettings } from '../settings/after-sales-settings.service';

/**
 * Completes delivered orders whose return window has passed and that have no return still open (those wait
 * for its outcome). Each order in its own transaction when run as a job; `now` is a parameter so tests move
 * the clock instead of waiting.
 */
@Injectable()
export class AutoCompletion {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly transitions: OrderTransitionsService,
    private readonly settings: AfterSalesSettings,
  ) {}

  async run(now = new Date()): Promise<{ completed: number }> {
    const days = (await this.settings.get()).returnWindowDays;
    const due: Array<{ id: string }> = await this.connection.manager.query(
      `SELECT o.id FROM sales_order o
        WHERE o.status = 'delivered' AND o.delivered_at <= $1::timestamptz - make_interval(days => $2)
          AND NOT EXISTS (SELECT 1 FROM return_request r WHERE r.order_id = o.id
                           AND r.status IN ('requested', 'approved', 'received', 'inspected'))
        ORDER BY o.id`,
      [now, days],
    );
    let completed = 0;
    for (const { id } of due) {
      await this.connection.withTransaction(() =>
        this.transitions.complete(id, undefined, 'return window passed (自动完成)'),
      );
      completed++;
    }
    return { completed };
  }
}
