import { Injectable } from '@nestjs/common';
import { beijingDate, EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { LedgerService } from '../ledger/ledger.service';
import { ExpenseClaimAccess } from './expense-claim-access';
import { ExpenseClaimHistory } from './expense-claim-history';
import { nextClaimStatus } from './expense-claim-states';
import { ExpenseClaim } from './expense-claim.entity';
import { paymentPosting } from './expense-postings';
import { ExpenseClaimDetail, ExpenseClaimsService } from './expense-claims.service';
import { EXPENSE_REIMBURSED, ExpenseReimbursedPayload } from './expenses.events';
import { ExpenseClaimTransitionError } from './expenses.errors';

/**
 * Pays approved claims back (per claim, or a batch sent to the bank in one go): each claim's payment posts
 * Dr 应付报销款 / Cr 银行存款 once, and ExpenseReimbursed goes out through the outbox.
 */
@Injectable()
export class ExpensePaymentsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly claims: ExpenseClaimsService,
    private readonly ledger: LedgerService,
    private readonly events: EventBus,
    private readonly history: ExpenseClaimHistory,
    private readonly access: ExpenseClaimAccess,
  ) {}

  async pay(id: string, paymentReference?: string): Promise<ExpenseClaimDetail> {
    await this.payAll([id], paymentReference);
    return this.claims.get(id);
  }

  /** All or nothing: one claim not approved refuses the batch, naming it. Locks in id order (no deadlocks). */
  async payAll(ids: string[], paymentReference?: string): Promise<ExpenseClaim[]> {
    const unique = [...new Set(ids)].sort();
    // Only claims the payer may see: one outside their units answers 404 like reading it (not "is draft").
    const found: ExpenseClaim[] = [];
    for (const id of unique) found.push(await this.access.visible(id, true));
    for (const claim of found)
      if (!nextClaimStatus(claim.status, 'pay'))
        throw new ExpenseClaimTransitionError(claim.number, claim.status, 'paid');
    const paidAt = new Date();
    for (const claim of found) {
      Object.assign(claim, { status: 'paid', paidAt, paymentReference: paymentReference ?? null });
      await this.connection.getRepository(ExpenseClaim).save(claim);
      await this.ledger.post(paymentPosting(claim, beijingDate(paidAt)));
      await this.history.record(claim.id, {
        action: 'paid',
        from: 'approved',
        to: 'paid',
        note: paymentReference ?? null,
      });
      await this.events.publish<ExpenseReimbursedPayload>(EXPENSE_REIMBURSED, {
        claimId: claim.id,
        number: claim.number,
        claimantId: claim.claimantId,
        orgUnitId: claim.orgUnitId,
        amount: claim.totalAmount,
        currency: claim.currency,
        paidAt: paidAt.toISOString(),
        paymentReference: claim.paymentReference,
      });
    }
    return found;
  }
}
