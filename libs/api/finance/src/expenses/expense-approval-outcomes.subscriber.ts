import { Injectable } from '@nestjs/common';
import type { ApprovalDecidedPayload } from '@zhanggui/api-approvals';
import { DomainEvent, EventSubscriber, OnEvent } from '@zhanggui/api-platform';
import { ExpenseClaimDecisionsService } from './expense-claim-decisions.service';
import { EXPENSE_CLAIM_SUBJECT } from './expense-claims.service';

/** Decisions made in the approvals inbox reach the claim here; those made on the claim are already applied. */
@Injectable()
@OnEvent({ types: ['ApprovalDecided'] })
export class ExpenseApprovalOutcomes implements EventSubscriber {
  constructor(private readonly decisions: ExpenseClaimDecisionsService) {}

  async handle(event: DomainEvent): Promise<void> {
    const decision = event.payload as ApprovalDecidedPayload;
    if (decision.subjectType !== EXPENSE_CLAIM_SUBJECT) return;
    await this.decisions.applyOutcome(decision.subjectId, decision.requestId, decision.outcome);
  }
}
