import { Injectable } from '@nestjs/common';
import { DomainEvent, EventSubscriber, OnEvent } from '@zhanggui/api-platform';
import type { ApprovalDecidedPayload } from '@zhanggui/api-approvals';
import { PRICE_SUBJECT, PricesService } from './prices.service';

/** When the general manager decides a below-margin price, the price takes effect or is set aside. */
@Injectable()
@OnEvent({ types: ['ApprovalDecided'] })
export class PriceApprovalOutcomes implements EventSubscriber {
  constructor(private readonly prices: PricesService) {}

  async handle(event: DomainEvent): Promise<void> {
    const decision = event.payload as ApprovalDecidedPayload;
    if (decision.subjectType !== PRICE_SUBJECT) return;
    await this.prices.applyApproval(decision.subjectId, decision.outcome);
  }
}
