import type { PayableResponse, PaymentRunResponse } from './dto/payables.dto';
import type { Payable } from './payable.entity';
import type { PaymentRun } from './payment-run.entity';
import type { PaymentRunLineView } from './payment-runs.service';
import { outstanding } from './settlement-rules';

export function payableResponse(payable: Payable): PayableResponse {
  return {
    id: payable.id,
    number: payable.number,
    supplierId: payable.supplierId,
    invoiceId: payable.invoiceId,
    invoiceNumber: payable.invoiceNumber,
    supplierInvoiceNumber: payable.supplierInvoiceNumber,
    currency: payable.currency,
    amount: payable.amount,
    paidAmount: payable.paidAmount,
    reservedAmount: payable.reservedAmount,
    outstandingAmount: outstanding(payable),
    invoiceDate: payable.invoiceDate,
    dueDate: payable.dueDate,
    status: payable.status,
    version: payable.version,
  };
}

export function paymentRunResponse(run: PaymentRun, lines?: PaymentRunLineView[]): PaymentRunResponse {
  return {
    id: run.id,
    number: run.number,
    status: run.status,
    paymentDate: run.paymentDate,
    currency: run.currency,
    totalAmount: run.totalAmount,
    createdBy: run.createdBy,
    approvedBy: run.approvedBy,
    approvedAt: run.approvedAt?.toISOString() ?? null,
    paidBy: run.paidBy,
    paidAt: run.paidAt?.toISOString() ?? null,
    version: run.version,
    createdAt: run.createdAt.toISOString(),
    ...(lines ? { lines } : {}),
  };
}
