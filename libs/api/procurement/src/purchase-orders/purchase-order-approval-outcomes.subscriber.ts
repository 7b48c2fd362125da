import { Injectable } from '@nestjs/common';
import { DomainEvent, EventSubscriber, OnEvent } from '@zhanggui/api-platform';
import type { ApprovalDecidedPayload } from '@zhanggui/api-approvals';
import { PURCHASE_ORDER_SUBJECT, PurchaseOrdersService } from './purchase-orders.service';

/** When the general manager decides a purchase order above the threshold, it is approved or back to draft. */
@Injectable()
@OnEvent({ types: ['ApprovalDecided'] })
export class PurchaseOrderApprovalOutcomes implements EventSubscriber {
  constructor(private readonly orders: PurchaseOrdersService) {}

  async handle(event: DomainEvent): Promise<void> {
    const decision = event.payload as ApprovalDecidedPayload;
    if (decision.subjectType !== PURCHASE_ORDER_SUBJECT) return;
    await this.orders.applyApproval(decision.subjectId, decision.outcome);
  }
}
