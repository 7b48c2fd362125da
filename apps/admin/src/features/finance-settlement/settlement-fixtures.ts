import type { Payable, PaymentRun } from './payables.api';
import type { ReconciliationDay, StatementLine } from './reconciliation.api';

export const SUPPLIER_ID = '0190a0b0-0000-7000-8000-000000000b01';
export const PAYABLE_ID = '0190a0b0-0000-7000-8000-000000000b02';
export const SECOND_PAYABLE_ID = '0190a0b0-0000-7000-8000-000000000b03';
export const RUN_ID = '0190a0b0-0000-7000-8000-000000000b04';
export const DAY = '2026-11-27';

export const SETTLEMENT_PERMISSIONS = [
  'payables:read',
  'payables:write',
  'payment-runs:approve',
  'reconciliation:read',
  'reconciliation:write',
  'suppliers:read',
  'org-units:read',
  'cod-remittances:read',
];

export const supplier = {
  id: SUPPLIER_ID,
  code: 'SUP-001',
  name: '深圳华强电子',
};

export function fakePayable(overrides: Partial<Payable> = {}): Payable {
  return {
    id: PAYABLE_ID,
    number: 'AP-20261120-0001',
    supplierId: SUPPLIER_ID,
    invoiceId: '0190a0b0-0000-7000-8000-000000000b05',
    invoiceNumber: 'SI-20261120-0001',
    supplierInvoiceNumber: 'FP-8801',
    currency: 'CNY',
    amount: 500_000,
    paidAmount: 0,
    reservedAmount: 0,
    outstandingAmount: 500_000,
    invoiceDate: '2026-11-20',
    dueDate: '2026-12-20',
    status: 'open',
    version: 1,
    ...overrides,
  };
}

export function fakeRun(overrides: Partial<PaymentRun> = {}): PaymentRun {
  return {
    id: RUN_ID,
    number: 'PR-20261128-0001',
    status: 'draft',
    paymentDate: '2026-11-30',
    currency: 'CNY',
    totalAmount: 200_000,
    createdBy: '0190a0b0-0000-7000-8000-0000000000bb',
    approvedBy: null,
    approvedAt: null,
    paidBy: null,
    paidAt: null,
    version: 3,
    createdAt: '2026-11-28T02:00:00.000Z',
    lines: [
      {
        payableId: PAYABLE_ID,
        payableNumber: 'AP-20261120-0001',
        supplierId: SUPPLIER_ID,
        supplierInvoiceNumber: 'FP-8801',
        amount: 200_000,
      },
    ],
    ...overrides,
  };
}

export function fakeDay(overrides: Partial<ReconciliationDay> = {}): ReconciliationDay {
  return {
    day: DAY,
    lines: 12,
    statementAmount: 1_234_500,
    fees: 7_400,
    matched: 10,
    amountDifferences: 1,
    amountDifferenceTotal: 100,
    unmatched: 1,
    unexplained: 2,
    unsettledPayments: 1,
    closed: false,
    closedAt: null,
    ...overrides,
  };
}

export function fakeLine(overrides: Partial<StatementLine> = {}): StatementLine {
  return {
    id: '41',
    lineNo: 2,
    transactionRef: 'T-0001',
    orderRef: 'SO-UNKNOWN-1',
    amount: 9_900,
    fee: 60,
    settledAt: '2026-11-27T02:00:00.000Z',
    settledDay: DAY,
    orderId: null,
    expectedAmount: null,
    status: 'unmatched',
    explanation: null,
    explainedAt: null,
    ...overrides,
  };
}
