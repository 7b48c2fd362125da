import { Injectable } from '@nestjs/common';
import { ApprovalsService } from '@zhanggui/api-approvals';
import { OrgUnitsService, UsersService } from '@zhanggui/api-identity';
import {
  assertVersionMatches,
  currentActor,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
  UnauthenticatedError,
} from '@zhanggui/api-platform';
import type {
  CreateExpenseClaimDto,
  ExpenseClaimLineInput,
  ListExpenseClaimsQuery,
  UpdateExpenseClaimDto,
} from './dto/expense-claim.dto';
import { expenseApprovalSteps } from './expense-approval-chain';
import { expenseAccountFor } from './expense-categories';
import { ExpenseClaimAccess } from './expense-claim-access';
import { ExpenseClaimHistory } from './expense-claim-history';
import { ExpenseClaimLine } from './expense-claim-line.entity';
import { ExpenseClaimAction, nextClaimStatus } from './expense-claim-states';
import { ExpenseClaim } from './expense-claim.entity';
import { fen } from './expense-policy';
import { ExpensePolicyService } from './expense-policy.service';
import {
  ClaimantWithoutUnitError,
  ExpenseClaimTransitionError,
  ExpenseLineUnitError,
  NotYourClaimError,
} from './expenses.errors';

export const EXPENSE_CLAIM_SUBJECT = 'expense_claim';

export interface ExpenseClaimDetail {
  claim: ExpenseClaim;
  lines: ExpenseClaimLine[];
}

/** Claims from draft to submitted: written, changed and submitted by the claimant alone. */
@Injectable()
export class ExpenseClaimsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly access: ExpenseClaimAccess,
    private readonly policy: ExpensePolicyService,
    private readonly orgUnits: OrgUnitsService,
    private readonly users: UsersService,
    private readonly approvals: ApprovalsService,
    private readonly history: ExpenseClaimHistory,
  ) {}

  private get claims() {
    return this.connection.getRepository(ExpenseClaim);
  }

  private get lineRepository() {
    return this.connection.getRepository(ExpenseClaimLine);
  }

  async list(query: ListExpenseClaimsQuery): Promise<Page<ExpenseClaim>> {
    const qb = this.claims.createQueryBuilder('c');
    await this.access.restrict(qb);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.orgUnitId) qb.andWhere('c.org_unit_id = :orgUnitId', { orgUnitId: query.orgUnitId });
    if (query.mine) qb.andWhere('c.claimant_id = :mine', { mine: currentActor()?.id ?? null });
    if (query.claimantId) qb.andWhere('c.claimant_id = :claimantId', { claimantId: query.claimantId });
    // Months are China months (00:30 on the 1st in Beijing is that month), and a range keeps it indexable.
    if (query.month)
      qb.andWhere(
        `c.created_at >= (:monthStart)::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND c.created_at < ((:monthStart)::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai'`,
        { monthStart: `${query.month}-01` },
      );
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: {
          createdAt: { column: 'c.id', value: (c) => c.id },
          number: { column: 'c.number', value: (c) => c.number },
        },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
  }

  async get(id: string): Promise<ExpenseClaimDetail> {
    const claim = await this.access.visible(id);
    return { claim, lines: await this.lines(id) };
  }

  lines(claimId: string): Promise<ExpenseClaimLine[]> {
    return this.lineRepository.find({ where: { claimId }, order: { lineNo: 'ASC' } });
  }

  async create(input: CreateExpenseClaimDto): Promise<ExpenseClaimDetail> {
    const me = signedInUserId();
    const orgUnitId = input.orgUnitId ?? (await this.users.getOwn(me)).orgUnitId;
    if (!orgUnitId) throw new ClaimantWithoutUnitError();
    await this.unitKind(orgUnitId, 'orgUnitId');
    const grade = await this.policy.gradeOf(me);
    await this.policy.assertWithinPolicy(input.lines, grade);
    const claim = await this.claims.save(
      this.claims.create({
        number: await this.numbers.next('EX'),
        claimantId: me,
        orgUnitId,
        grade,
        title: input.title,
        status: 'draft',
        currency: 'CNY',
        totalAmount: totalOf(input.lines),
        approvalRequestId: null,
        submittedAt: null,
        approvedAt: null,
        paidAt: null,
        paymentReference: null,
        decisionNote: null,
        budgetOverrideReason: null,
        budgetOverrideBy: null,
      }),
    );
    const lines = await this.saveLines(claim, input.lines);
    await this.history.record(claim.id, { action: 'created', to: 'draft' });
    return { claim, lines };
  }

  async update(id: string, changes: UpdateExpenseClaimDto, expected?: number[]): Promise<ExpenseClaimDetail> {
    const claim = await this.ownForChange(id, 'edit', expected);
    if (changes.title !== undefined) claim.title = changes.title;
    if (changes.lines) {
      await this.policy.assertWithinPolicy(changes.lines, claim.grade);
      await this.lineRepository.delete({ claimId: id });
      await this.saveLines(claim, changes.lines);
      claim.totalAmount = totalOf(changes.lines);
    }
    await this.claims.save(claim);
    return this.get(id);
  }

  /** Sends the claim to the manager and then finance; the policy is checked again (it may have changed). */
  async submit(id: string, expected?: number[]): Promise<ExpenseClaimDetail> {
    const claim = await this.ownForChange(id, 'submit', expected);
    const lines = await this.lines(id);
    await this.policy.assertWithinPolicy(lines, claim.grade);
    const unit = await this.orgUnits.get(claim.orgUnitId);
    const request = await this.approvals.request({
      subjectType: EXPENSE_CLAIM_SUBJECT,
      subjectId: claim.id,
      orgUnitId: claim.orgUnitId,
      title: `${claim.number} ${claim.title} ${fen(claim.totalAmount)}`,
      summary: `${lines.length} line(s) for ${unit.name}.`,
      steps: expenseApprovalSteps(unit.kind),
    });
    const from = claim.status;
    Object.assign(claim, {
      status: 'submitted',
      approvalRequestId: request.id,
      submittedAt: new Date(),
      decisionNote: null,
    });
    await this.claims.save(claim);
    await this.history.record(id, { action: 'submitted', from, to: 'submitted', note: request.number });
    return this.get(id);
  }

  private async ownForChange(
    id: string,
    action: ExpenseClaimAction,
    expected?: number[],
  ): Promise<ExpenseClaim> {
    const claim = await this.access.visible(id, true);
    if (claim.claimantId !== currentActor()?.id) throw new NotYourClaimError(claim.number);
    assertVersionMatches('expense claim', expected, claim.version);
    if (!nextClaimStatus(claim.status, action))
      throw new ExpenseClaimTransitionError(
        claim.number,
        claim.status,
        action === 'edit' ? 'changed' : `${action}ted`,
      );
    return claim;
  }

  private async saveLines(claim: ExpenseClaim, inputs: ExpenseClaimLineInput[]): Promise<ExpenseClaimLine[]> {
    const rows: ExpenseClaimLine[] = [];
    for (const [index, input] of inputs.entries()) {
      const orgUnitId = input.orgUnitId ?? claim.orgUnitId;
      const kind = await this.unitKind(orgUnitId, `lines.${index}.orgUnitId`);
      rows.push(
        this.lineRepository.create({
          claimId: claim.id,
          lineNo: index + 1,
          expenseDate: input.expenseDate,
          category: input.category,
          amount: input.amount,
          description: input.description,
          orgUnitId,
          accountCode: expenseAccountFor(input.category, kind),
          justification: input.justification || null,
        }),
      );
    }
    return this.lineRepository.save(rows);
  }

  private async unitKind(orgUnitId: string, field: string) {
    const unit = await this.orgUnits.get(orgUnitId).catch(() => {
      throw new ExpenseLineUnitError(field, orgUnitId);
    });
    return unit.kind;
  }
}

function totalOf(lines: Array<{ amount: number }>): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

export function signedInUserId(): string {
  const actor = currentActor();
  if (actor?.kind !== 'user')
    throw new UnauthenticatedError(
      'Expense claims are written and decided by people signed in to the console.',
    );
  return actor.id;
}
