import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@zhanggui/api-platform';
import { RebatesService } from './rebates/rebates.service';
import { AutoCompletion } from './returns/auto-completion';

export const ORDER_COMPLETION_QUEUE = 'orders.auto-complete';
export const REBATE_EXPIRY_QUEUE = 'rebates.expire';

/**
 * The after-sales chores that also have an endpoint (POST /order-completions, POST /rebate-expiries) run on
 * their own too, in Beijing time: completing orders whose return window passed every hour (so rebates are
 * credited the same day), expiring old rebates nightly at 02:00. Each firing runs once across replicas.
 */
@Injectable()
export class AfterSalesSchedules implements OnModuleInit {
  private readonly logger = new Logger('AfterSalesSchedules');

  constructor(
    private readonly jobs: JobQueue,
    private readonly completion: AutoCompletion,
    private readonly rebates: RebatesService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(ORDER_COMPLETION_QUEUE, '0 * * * *', () => this.completeOrders());
    this.jobs.schedule(REBATE_EXPIRY_QUEUE, '0 2 * * *', () => this.expireRebates());
  }

  async completeOrders(): Promise<void> {
    const { completed } = await this.completion.run(new Date());
    if (completed > 0) this.logger.log({ completed }, 'Completed orders past their return window');
  }

  async expireRebates(): Promise<void> {
    const { customers, expired } = await this.rebates.expireAll(new Date());
    if (expired > 0) this.logger.log({ customers, expired }, 'Expired rebates');
  }
}
