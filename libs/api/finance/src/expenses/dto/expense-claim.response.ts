import { ApiProperty } from '@nestjs/swagger';
import { EXPENSE_CATEGORIES, ExpenseCategory } from '../expense-categories';
import { EXPENSE_CLAIM_STATUSES, ExpenseClaimStatus } from '../expense-claim-states';
import type { ExpenseAttachment } from '../expense-attachment.entity';
import type { ExpenseClaimLine } from '../expense-claim-line.entity';
import type { ExpenseClaim } from '../expense-claim.entity';
import type { ClaimHistoryEntry } from '../expense-claim-history';

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

export class ExpenseAttachmentResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fileName!: string;

  @ApiProperty({ example: 'application/pdf' })
  contentType!: string;

  @ApiProperty()
  bytes!: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;

  static from(row: ExpenseAttachment): ExpenseAttachmentResponse {
    return {
      id: row.id,
      fileName: row.fileName,
      contentType: row.contentType,
      bytes: row.bytes,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class ClaimHistoryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'submitted' })
  action!: string;

  @ApiProperty({ type: 'string', nullable: true })
  fromStatus!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  toStatus!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty()
  actorKind!: string;

  @ApiProperty({ type: 'string', nullable: true })
  actorLabel!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  occurredAt!: string;

  static from(entry: ClaimHistoryEntry): ClaimHistoryResponse {
    return {
      id: entry.id,
      action: entry.action,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      note: entry.note,
      actorKind: entry.actorKind,
      actorLabel: entry.actorLabel,
      occurredAt: new Date(entry.occurredAt).toISOString(),
    };
  }
}
