import { Injectable } from '@nestjs/common';
import type { ApprovalDecidedPayload } from '@zhanggui/api-approvals';
import { DomainEvent, EventSubscriber, OnEvent } from '@zhanggui/api-platform';
import { CONTRACT_SUBJECT, ContractsService } from './contracts.service';

/** The general manager decides contracts in the approvals inbox; the outcome reaches the contract here. */
@Injectable()
@OnEvent({ types: ['ApprovalDecided'] })
export class ContractApprovalOutcomes implements EventSubscriber {
  constructor(private readonly contracts: ContractsService) {}

  async handle(event: DomainEvent): Promise<void> {
    const decision = event.payload as ApprovalDecidedPayload;
    if (decision.subjectType !== CONTRACT_SUBJECT) return;
    await this.contracts.applyOutcome(
      decision.subjectId,
      decision.requestId,
      decision.outcome,
      decision.number,
    );
  }
}
