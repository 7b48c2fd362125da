import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@zhanggui/api-platform';
import { ContractRemindersService } from './contract-reminders.service';

export const CONTRACT_EXPIRY_QUEUE = 'finance.contract-expiry';

/** At 08:05 Beijing time contracts past their end expire and those nearing it are reminded about. */
@Injectable()
export class ContractSchedules implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly reminders: ContractRemindersService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(CONTRACT_EXPIRY_QUEUE, '5 8 * * *', async () => {
      await this.reminders.run();
    });
  }
}
