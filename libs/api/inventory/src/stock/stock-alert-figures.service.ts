import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** Stock alert figures for the dashboards (sales owns them), read off the open-alert partial index. */
@Injectable()
export class StockAlertFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Open low-stock alerts of the warehouses in `regions` (null: every warehouse). */
  async openAlerts(regions: string[] | null): Promise<number> {
    const [row]: Array<{ count: string }> = await this.connection.manager.query(
      `SELECT count(*)::text AS count
         FROM stock_alert a JOIN warehouse w ON w.id = a.warehouse_id
        WHERE a.resolved_at IS NULL AND ($1::uuid[] IS NULL OR w.region_id = ANY($1))`,
      [regions],
    );
    return Number(row.count);
  }
}
