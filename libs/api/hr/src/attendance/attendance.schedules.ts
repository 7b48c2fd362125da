import { Injectable, OnModuleInit } from '@nestjs/common';
import { beijingDate, JobQueue } from '@zhanggui/api-platform';
import { LeaveService } from './leave.service';

export const ANNUAL_LEAVE_ACCRUAL_QUEUE = 'hr.annual-leave-accrual';

/**
 * At 00:30 Beijing time on 1 January every current employee gets the new year's annual leave by their years
 * of service. Idempotent: balances that exist (perhaps adjusted by HR) are left alone.
 */
@Injectable()
export class AttendanceSchedules implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly leave: LeaveService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(ANNUAL_LEAVE_ACCRUAL_QUEUE, '30 0 1 1 *', async () => {
      await this.leave.accrue(Number(beijingDate(new Date()).slice(0, 4)));
    });
  }
}
