import type { PostingRequest } from '../ledger/journal-rules';
import { BANK, REIMBURSEMENTS_PAYABLE } from './expense-categories';
import type { ExpenseClaimLine } from './expense-claim-line.entity';
import type { ExpenseClaim } from './expense-claim.entity';

export const EXPENSE_CLAIM_SOURCE = 'expense_claim';

/**
 * On approval the cost is the company's (权责发生制): Dr 销售费用/管理费用 per line and cost unit, Cr
 * 其他应付款-应付报销款 for the claimant. Keyed by the claim and purpose `approval`, so it posts once.
 */
export function approvalPosting(
  claim: ExpenseClaim,
  lines: ExpenseClaimLine[],
  date: string,
): PostingRequest {
  return {
    source: { type: EXPENSE_CLAIM_SOURCE, id: claim.id, number: claim.number, purpose: 'approval' },
    date,
    description: `报销 ${claim.number} ${claim.title}`,
    lines: [
      ...lines.map((line) => ({
        accountCode: line.accountCode,
        debit: line.amount,
        memo: `${line.category} ${line.description}`,
        orgUnitId: line.orgUnitId,
      })),
      {
        accountCode: REIMBURSEMENTS_PAYABLE,
        credit: claim.totalAmount,
        memo: `应付报销款 ${claim.number}`,
        orgUnitId: claim.orgUnitId,
      },
    ],
  };
}

/** On payment the debt to the employee is settled from the bank: Dr 应付报销款, Cr 银行存款. Posts once. */
export function paymentPosting(claim: ExpenseClaim, date: string): PostingRequest {
  return {
    source: { type: EXPENSE_CLAIM_SOURCE, id: claim.id, number: claim.number, purpose: 'payment' },
    date,
    description: `支付报销款 ${claim.number}${claim.paymentReference ? ` ${claim.paymentReference}` : ''}`,
    lines: [
      { accountCode: REIMBURSEMENTS_PAYABLE, debit: claim.totalAmount, orgUnitId: claim.orgUnitId },
      { accountCode: BANK, credit: claim.totalAmount, orgUnitId: claim.orgUnitId },
    ],
  };
}
