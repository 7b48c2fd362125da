import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** Transfer figures for the dashboards (sales owns them), read off stock_transfer_in_transit_idx. */
@Injectable()
export class TransferFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Transfers sent and not yet received (or cancelled). */
  async inTransit(): Promise<number> {
    const [row]: Array<{ count: string }> = await this.connection.manager.query(
      `SELECT count(*)::text AS count FROM stock_transfer WHERE status = 'in_transit'`,
    );
    return Number(row.count);
  }
}
