import { Injectable } from '@nestjs/common';
import { DomainEvent, EventSubscriber, OnEvent } from '@zhanggui/api-platform';
import type { ApprovalDecidedPayload } from '@zhanggui/api-approvals';
import {
  PERSONNEL_ACTION_SUBJECT,
  PersonnelActionsService,
} from './personnel-actions/personnel-actions.service';
import { PROBATION_REVIEW_SUBJECT, ProbationService } from './probation/probation.service';
import { HIRING_REQUEST_SUBJECT, RecruitmentService } from './recruitment/recruitment.service';

/** Applies the outcome of HR's approval requests once the approval engine has decided them. */
@Injectable()
@OnEvent({ types: ['ApprovalDecided'] })
export class HrApprovalOutcomes implements EventSubscriber {
  constructor(
    private readonly recruitment: RecruitmentService,
    private readonly probation: ProbationService,
    private readonly actions: PersonnelActionsService,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    const decision = event.payload as ApprovalDecidedPayload;
    if (decision.subjectType === HIRING_REQUEST_SUBJECT)
      await this.recruitment.applyApproval(decision.subjectId, decision.outcome);
    else if (decision.subjectType === PROBATION_REVIEW_SUBJECT)
      await this.probation.applyApproval(decision.subjectId, decision.outcome);
    else if (decision.subjectType === PERSONNEL_ACTION_SUBJECT)
      await this.actions.applyApproval(decision.subjectId, decision.outcome);
  }
}
