import { Injectable } from '@nestjs/common';
import type { ApprovalDecidedPayload } from '@zhanggui/api-approvals';
import { DomainEvent, EventSubscriber, OnEvent } from '@zhanggui/api-platform';
import { LEAVE_SUBJECT, LeaveService, OVERTIME_SUBJECT } from './leave.service';

/** Applies decisions on leave and overtime requests once the approval engine has made them. */
@Injectable()
@OnEvent({ types: ['ApprovalDecided'] })
export class AttendanceApprovalOutcomes implements EventSubscriber {
  constructor(private readonly leave: LeaveService) {}

  async handle(event: DomainEvent): Promise<void> {
    const decision = event.payload as ApprovalDecidedPayload;
    if (decision.subjectType === LEAVE_SUBJECT)
      await this.leave.applyLeaveDecision(decision.subjectId, decision.outcome);
    if (decision.subjectType === OVERTIME_SUBJECT)
      await this.leave.applyOvertimeDecision(decision.subjectId, decision.outcome);
  }
}
