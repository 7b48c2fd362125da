import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@zhanggui/api-platform';
import { LabourContractsService } from './contracts/labour-contracts.service';
import { PersonnelActionsService } from './personnel-actions/personnel-actions.service';

export const CONTRACT_REMINDER_QUEUE = 'hr.contract-reminders';
export const PERSONNEL_ACTIONS_QUEUE = 'hr.personnel-actions-due';

/**
 * HR's daily chores in Beijing time: at 00:10 personnel actions whose effective date has come are applied (and
 * leavers whose last day has passed are marked left); at 08:00 contracts nearing their end are reminded about.
 * Both are idempotent, so a retried or repeated firing changes nothing twice.
 */
@Injectable()
export class HrSchedules implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly contracts: LabourContractsService,
    private readonly actions: PersonnelActionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(PERSONNEL_ACTIONS_QUEUE, '10 0 * * *', async () => {
      await this.actions.applyDue();
    });
    this.jobs.schedule(CONTRACT_REMINDER_QUEUE, '0 8 * * *', async () => {
      await this.contracts.remind();
    });
  }
}
