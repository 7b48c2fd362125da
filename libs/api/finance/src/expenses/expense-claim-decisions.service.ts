import { Injectable } from '@nestjs/common';
import { ApprovalsService } from '@zhanggui/api-approvals';
import { AuditWriter, beijingDate, currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import type { BudgetOverrun } from '../budgets/budgets.errors';
import { BudgetsService, Spending } from '../budgets/budgets.service';
import { LedgerService } from '../ledger/ledger.service';
import type { ApproveExpenseClaimDto } from './dto/expense-claim.dto';
import { ExpenseClaimAccess } from './expense-claim-access';
import { ExpenseClaimHistory } from './expense-claim-history';
import { ExpenseClaimLine } from './expense-claim-line.entity';
import { nextClaimStatus } from './expense-claim-states';
import { ExpenseClaim } from './expense-claim.entity';
import { fen } from './expense-policy';
import { approvalPosting } from './expense-postings';
import { ExpenseClaimDetail, ExpenseClaimsService, signedInUserId } from './expense-claims.service';
import {
  BudgetOverrideNotAllowedError,
  ExpenseClaimTransitionError,
  NothingToDecideError,
  OverrideReasonRequiredError,
} from './expenses.errors';

export const OVERRIDE_BUDGET = 'expense-claims:override-budget';

/**
 * Approvers decide claims here, each decision going through the approvals engine (which checks that the
 * caller holds the current step). Before the last step finance's approval is checked against the budgets
 * (费比 control); on approval the expense posts to the ledger, once.
 */
@Injectable()
export class ExpenseClaimDecisionsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly access: ExpenseClaimAccess,
    private readonly claims: ExpenseClaimsService,
    private readonly approvals: ApprovalsService,
    private readonly budgets: BudgetsService,
    private readonly ledger: LedgerService,
    private readonly history: ExpenseClaimHistory,
    private readonly audit: AuditWriter,
  ) {}

  async approve(id: string, input: ApproveExpenseClaimDto): Promise<ExpenseClaimDetail> {
    signedInUserId();
    const claim = await this.pending(id, 'approved');
    const request = await this.approvals.get(claim.approvalRequestId!);
    const lastStep = request.currentStep === request.steps!.length;
    if (lastStep) await this.checkBudget(claim, input);
    const decided = await this.approvals.decide(claim.approvalRequestId!, 'approve', input.comment);
    const step = request.steps!.find((s) => s.position === request.currentStep)!;
    await this.history.record(id, {
      action: `approved by ${step.role}`,
      from: 'submitted',
      to: decided.status === 'approved' ? 'approved' : 'submitted',
      note: input.comment ?? null,
    });
    if (decided.status === 'approved') await this.applyApproval(claim);
    return this.claims.get(id);
  }

  /** Back to the claimant for changes: the approval request ends (rejected) and a new one opens on resubmission. */
  async returnForChanges(id: string, reason: string): Promise<ExpenseClaimDetail> {
    return this.decline(id, reason, 'returned');
  }

  async reject(id: string, reason: string): Promise<ExpenseClaimDetail> {
    return this.decline(id, reason, 'rejected');
  }

  /**
   * Applies an engine outcome for decisions made in the approvals inbox rather than here (ApprovalDecided):
   * approved claims post unless they would pass a budget (then they return, unposted); a rejection there
   * returns the claim to its claimant. A no-op once applied.
   */
  async applyOutcome(
    claimId: string,
    requestId: string,
    outcome: 'approved' | 'rejected' | 'cancelled',
  ): Promise<void> {
    const claim = await this.connection
      .getRepository(ExpenseClaim)
      .findOne({ where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
    // A late decision of an earlier request (the claim was returned and resubmitted since) changes nothing.
    if (!claim || claim.status !== 'submitted' || claim.approvalRequestId !== requestId) return;
    if (outcome === 'approved') {
      // The inbox cannot ask for the override reason the 费比 control needs, and the engine has decided by
      // now: a claim past its budget is not approved but returned, so nothing posts past a budget unless a
      // finance manager overrides on the claim itself after it is submitted again.
      const overruns = await this.budgets.check(claim.id, await this.spendingOf(claim.id), true);
      if (overruns.length) return this.refuseOverBudget(claim, describeOverruns(overruns));
      await this.history.record(claimId, {
        action: 'approved in the approvals inbox',
        from: 'submitted',
        to: 'approved',
      });
      await this.applyApproval(claim);
    } else {
      claim.status = 'returned';
      await this.connection.getRepository(ExpenseClaim).save(claim);
      await this.history.record(claimId, {
        action: `approval ${outcome}`,
        from: 'submitted',
        to: 'returned',
      });
    }
  }

  private async refuseOverBudget(claim: ExpenseClaim, figures: string): Promise<void> {
    const note = `past the budget: ${figures}. Approve it on the claim with a budget override, or lower it.`;
    claim.status = 'returned';
    claim.decisionNote = note;
    await this.connection.getRepository(ExpenseClaim).save(claim);
    await this.history.record(claim.id, {
      action: 'over budget in the approvals inbox',
      from: 'submitted',
      to: 'returned',
      note,
    });
    await this.audit.record({
      action: 'budget-exceeded-in-inbox',
      entityType: 'expense_claim',
      entityId: claim.id,
      changes: { status: { from: 'submitted', to: 'returned' }, overruns: { to: figures } },
    });
  }

  private async decline(
    id: string,
    reason: string,
    to: 'returned' | 'rejected',
  ): Promise<ExpenseClaimDetail> {
    signedInUserId();
    const claim = await this.pending(id, to);
    await this.approvals.decide(claim.approvalRequestId!, 'reject', reason);
    claim.status = to;
    claim.decisionNote = reason;
    await this.connection.getRepository(ExpenseClaim).save(claim);
    await this.history.record(id, { action: to, from: 'submitted', to, note: reason });
    return this.claims.get(id);
  }

  private async pending(id: string, outcome: string): Promise<ExpenseClaim> {
    const claim = await this.access.visible(id, true);
    const action = outcome === 'approved' ? 'approve' : outcome === 'returned' ? 'return' : 'reject';
    if (!nextClaimStatus(claim.status, action))
      throw new ExpenseClaimTransitionError(claim.number, claim.status, outcome);
    if (!claim.approvalRequestId) throw new NothingToDecideError(claim.number);
    return claim;
  }

  private async checkBudget(claim: ExpenseClaim, input: ApproveExpenseClaimDto): Promise<void> {
    const override = input.overrideBudget === true;
    if (override) {
      if (!currentActor()?.permissions.has(OVERRIDE_BUDGET)) throw new BudgetOverrideNotAllowedError();
      if (!input.overrideReason) throw new OverrideReasonRequiredError();
    }
    const overruns = await this.budgets.check(claim.id, await this.spendingOf(claim.id), override);
    if (overruns.length === 0) return;
    // The override is the exception auditors ask about: on the claim, in its history and in the audit log.
    const figures = describeOverruns(overruns);
    claim.budgetOverrideReason = input.overrideReason!;
    claim.budgetOverrideBy = currentActor()!.id;
    await this.history.record(claim.id, {
      action: 'budget overridden',
      note: `${input.overrideReason} (${figures})`,
    });
    await this.audit.record({
      action: 'budget-override',
      entityType: 'expense_claim',
      entityId: claim.id,
      changes: {
        budgetOverrideReason: { to: input.overrideReason },
        overruns: { to: figures },
      },
    });
  }

  private async spendingOf(claimId: string): Promise<Spending[]> {
    return (await this.claims.lines(claimId)).map((line) => ({
      accountCode: line.accountCode,
      orgUnitId: line.orgUnitId,
      date: line.expenseDate,
      amount: line.amount,
    }));
  }

  /** Approved: the claim is owed to the claimant; the expense posts (once) and budgets may cross 80%/100%. */
  private async applyApproval(claim: ExpenseClaim): Promise<void> {
    claim.status = 'approved';
    claim.approvedAt = new Date();
    await this.connection.getRepository(ExpenseClaim).save(claim);
    const lines = await this.connection
      .getRepository(ExpenseClaimLine)
      .find({ where: { claimId: claim.id }, order: { lineNo: 'ASC' } });
    await this.ledger.post(approvalPosting(claim, lines, beijingDate(claim.approvedAt)));
    const spending = lines.map((line) => ({
      accountCode: line.accountCode,
      orgUnitId: line.orgUnitId,
      date: line.expenseDate,
      amount: line.amount,
    }));
    await this.budgets.refreshAlerts(await this.budgets.covering(spending));
  }
}

function describeOverruns(overruns: BudgetOverrun[]): string {
  return overruns
    .map(
      (o) =>
        `${o.unitName} ${o.period} ${o.accountCode}: budget ${fen(o.amount)}, used ${fen(o.used)}, claim ${fen(o.claim)}`,
    )
    .join('; ');
}
