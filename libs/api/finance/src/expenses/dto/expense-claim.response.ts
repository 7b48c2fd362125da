import { ApiProperty } from '@nestjs/swagger';
import { DocumentAttachmentResponse, DocumentEventResponse } from '../../shared/document-responses';
import { EXPENSE_CATEGORIES, ExpenseCategory } from '../expense-categories';
import { EXPENSE_CLAIM_STATUSES, ExpenseClaimStatus } from '../expense-claim-states';
import type { ExpenseClaimLine } from '../expense-claim-line.entity';
import type { ExpenseClaim } from '../expense-claim.entity';

export class ExpenseClaimSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'EX-20261128-0001' })
  number!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'uuid' })
  claimantId!: string;

  @ApiProperty({ format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ enum: ['staff', 'manager', 'executive'] })
  grade!: string;

  @ApiProperty({ enum: EXPENSE_CLAIM_STATUSES })
  status!: ExpenseClaimStatus;

  @ApiProperty({ description: '分.' })
  totalAmount!: number;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  approvedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  paidAt!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;

  static from(claim: ExpenseClaim): ExpenseClaimSummary {
    return {
      id: claim.id,
      number: claim.number,
      title: claim.title,
      claimantId: claim.claimantId,
      orgUnitId: claim.orgUnitId,
      grade: claim.grade,
      status: claim.status,
      totalAmount: claim.totalAmount,
      currency: claim.currency,
      submittedAt: claim.submittedAt?.toISOString() ?? null,
      approvedAt: claim.approvedAt?.toISOString() ?? null,
      paidAt: claim.paidAt?.toISOString() ?? null,
      version: claim.version,
      createdAt: claim.createdAt.toISOString(),
    };
  }
}

export class ExpenseClaimLineResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  lineNo!: number;

  @ApiProperty({ type: 'string', format: 'date' })
  expenseDate!: string;

  @ApiProperty({ enum: EXPENSE_CATEGORIES })
  category!: ExpenseCategory;

  @ApiProperty({ description: '分.' })
  amount!: number;

  @ApiProperty()
  description!: string;

  @ApiProperty({ format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ example: '6602' })
  accountCode!: string;

  @ApiProperty({ type: 'string', nullable: true })
  justification!: string | null;

  static from(line: ExpenseClaimLine): ExpenseClaimLineResponse {
    return {
      id: line.id,
      lineNo: line.lineNo,
      expenseDate: line.expenseDate,
      category: line.category,
      amount: line.amount,
      description: line.description,
      orgUnitId: line.orgUnitId,
      accountCode: line.accountCode,
      justification: line.justification,
    };
  }
}

export class ExpenseClaimResponse extends ExpenseClaimSummary {
  @ApiProperty({ type: [ExpenseClaimLineResponse] })
  lines!: ExpenseClaimLineResponse[];

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  approvalRequestId!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  paymentReference!: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'Why it was returned or rejected.' })
  decisionNote!: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'Set when approved past a budget.' })
  budgetOverrideReason!: string | null;

  static detail(claim: ExpenseClaim, lines: ExpenseClaimLine[]): ExpenseClaimResponse {
    return {
      ...ExpenseClaimSummary.from(claim),
      lines: lines.map(ExpenseClaimLineResponse.from),
      approvalRequestId: claim.approvalRequestId,
      paymentReference: claim.paymentReference,
      decisionNote: claim.decisionNote,
      budgetOverrideReason: claim.budgetOverrideReason,
    };
  }
}

/** Named for the claims API's schema; the shape is every finance document's. */
export class ExpenseAttachmentResponse extends DocumentAttachmentResponse {}

export class ClaimHistoryResponse extends DocumentEventResponse {}
