import type { JobQueue } from '@zhanggui/api-platform';
import { AfterSalesSchedules, ORDER_COMPLETION_QUEUE, REBATE_EXPIRY_QUEUE } from './after-sales.schedules';
import type { RebatesService } from './rebates/rebates.service';
import type { AutoCompletion } from './returns/auto-completion';

describe('AfterSalesSchedules', () => {
  it('completes orders hourly and expires rebates at 02:00, through the services the endpoints use', async () => {
    const scheduled = new Map<string, { cron: string; handler: () => Promise<void> }>();
    const jobs = {
      schedule: (queue: string, cron: string, handler: () => Promise<void>) =>
        scheduled.set(queue, { cron, handler }),
    } as unknown as JobQueue;
    const completion = { run: jest.fn().mockResolvedValue({ completed: 0 }) };
    const rebates = { expireAll: jest.fn().mockResolvedValue({ customers: 0, expired: 0 }) };
    new AfterSalesSchedules(
      jobs,
      completion as unknown as AutoCompletion,
      rebates as unknown as RebatesService,
    ).onModuleInit();

    expect(scheduled.get(ORDER_COMPLETION_QUEUE)?.cron).toBe('0 * * * *');
    expect(scheduled.get(REBATE_EXPIRY_QUEUE)?.cron).toBe('0 2 * * *');
    await scheduled.get(ORDER_COMPLETION_QUEUE)!.handler();
    await scheduled.get(REBATE_EXPIRY_QUEUE)!.handler();
    expect(completion.run).toHaveBeenCalledWith(expect.any(Date));
    expect(rebates.expireAll).toHaveBeenCalledWith(expect.any(Date));
  });
});
