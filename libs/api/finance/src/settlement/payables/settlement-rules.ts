import type { PostingRequest } from '../../ledger/journal-rules';
import type { PayableStatus } from './payable.entity';
import type { PaymentRunStatus } from './payment-run.entity';

/** What is still free to put in a payment run: neither paid nor held by another run. */
export function outstanding(payable: { amount: number; paidAmount: number; reservedAmount: number }): number {
  return payable.amount - payable.paidAmount - payable.reservedAmount;
}

export function statusAfterPayment(amount: number, paidAmount: number): PayableStatus {
  if (paidAmount >= amount) return 'paid';
  return paidAmount > 0 ? 'partially_paid' : 'open';
}

/** The payment run's life: draft → approved → paid; a run not yet paid may be cancelled. */
const NEXT: Record<PaymentRunStatus, PaymentRunStatus[]> = {
  draft: ['approved', 'cancelled'],
  approved: ['paid', 'cancelled'],
  paid: [],
  cancelled: [],
};

export function canMove(from: PaymentRunStatus, to: PaymentRunStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * 付款: 借 应付账款-供应商 贷 银行存款, one entry per run (keyed by the run: paying twice posts once), a debit
 * line per supplier so the supplier sub-ledger reads from the journal too.
 */
export function paymentRunPosting(
  run: { id: string; number: string; paymentDate: string },
  bySupplier: Array<{ supplierId: string; amount: number }>,
): PostingRequest {
  const total = bySupplier.reduce((sum, line) => sum + line.amount, 0);
  return {
    source: { type: 'payment_run', id: run.id, number: run.number, purpose: 'payment' },
    date: run.paymentDate,
    description: `付款批次 ${run.number} 支付供应商货款`,
    lines: [
      ...bySupplier.map((line) => ({
        accountCode: '220202',
        debit: line.amount,
        memo: `供应商 ${line.supplierId}`,
      })),
      { accountCode: '1002', credit: total },
    ],
  };
}

export interface StatementMovement {
  date: string;
  kind: 'invoice' | 'payment';
  reference: string;
  /** Invoices raise what we owe; payments lower it. */
  invoiced: number;
  paid: number;
}

/** 供应商对账单: opening balance, the period's movements in date order with a running balance, closing. */
export function supplierStatement(
  opening: number,
  movements: StatementMovement[],
): { opening: number; lines: Array<StatementMovement & { balance: number }>; closing: number } {
  let balance = opening;
  const lines = [...movements]
    .sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'invoice' ? -1 : 1))
    .map((movement) => {
      balance += movement.invoiced - movement.paid;
      return { ...movement, balance };
    });
  return { opening, lines, closing: balance };
}
