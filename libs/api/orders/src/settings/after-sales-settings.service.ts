import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { AfterSalesSetting } from './after-sales-setting.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads and changes the after-sales policy; answers the return-window questions everyone asks. */
@Injectable()
export class AfterSalesSettings {
  constructor(private readonly connection: TransactionalConnection) {}

  private get rows() {
    return this.connection.getRepository(AfterSalesSetting);
  }

  async get(): Promise<AfterSalesSetting> {
    // The migration inserts the row; it is never deleted.
    return this.rows.findOneByOrFail({ id: 1 });
  }

  async update(changes: Partial<Pick<AfterSalesSetting, 'returnWindowDays' | 'rebateExpiryMonths'>>) {
    const setting = await this.rows.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
    return this.rows.save(Object.assign(setting, changes));
  }

  /** When the return window of goods delivered at `deliveredAt` closes. */
  async windowClosesAt(deliveredAt: Date): Promise<Date> {
    return new Date(deliveredAt.getTime() + (await this.get()).returnWindowDays * DAY_MS);
  }
}
