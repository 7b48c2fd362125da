import { TERRITORY_ID } from '../orders/order-fixtures';
import type { Claim, ClaimHistoryEntry, ClaimReceipt, ClaimSummary, PolicyLimit } from './expenses.api';

export const CLAIM_ID = '0190a0b0-0000-7000-8000-000000000e01';
export const RECEIPT_ID = '0190a0b0-0000-7000-8000-000000000e02';
export const CLAIMANT_ID = '0190a0b0-0000-7000-8000-000000000e03';

export const EMPLOYEE_PERMISSIONS = ['expense-claims:write', 'org-units:read'];
export const FINANCE_PERMISSIONS = [
  'expense-claims:write',
  'expense-claims:read',
  'expense-claims:approve',
  'expense-claims:override-budget',
  'expense-claims:pay',
  'budgets:read',
  'budgets:write',
  'org-units:read',
];

export const guangzhou = {
  id: TERRITORY_ID,
  code: 'GD-GZ',
  name: '广州市',
  kind: 'city',
  parentId: null,
  status: 'active',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export const STAFF_HOTEL_LIMIT: PolicyLimit = {
  id: '0190a0b0-0000-7000-8000-000000000e10',
  category: 'accommodation',
  grade: 'staff',
  basis: 'per_line',
  limit: 40_000,
  currency: 'CNY',
  version: 1,
};

export function fakeClaimSummary(overrides: Partial<ClaimSummary> = {}): ClaimSummary {
  return {
    id: CLAIM_ID,
    number: 'EX-20261128-0001',
    title: '11 月广州出差',
    claimantId: CLAIMANT_ID,
    orgUnitId: TERRITORY_ID,
    grade: 'staff',
    status: 'draft',
    totalAmount: 53_800,
    currency: 'CNY',
    submittedAt: null,
    approvedAt: null,
    paidAt: null,
    version: 1,
    createdAt: '2026-11-28T02:00:00.000Z',
    ...overrides,
  };
}

export function fakeClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    ...fakeClaimSummary(),
    lines: [
      {
        id: '0190a0b0-0000-7000-8000-000000000e21',
        lineNo: 1,
        expenseDate: '2026-11-20',
        category: 'accommodation',
        amount: 45_000,
        description: '广州酒店 1 晚',
        orgUnitId: TERRITORY_ID,
        accountCode: '6601',
        justification: '展会期间酒店全部涨价，已比价',
      },
      {
        id: '0190a0b0-0000-7000-8000-000000000e22',
        lineNo: 2,
        expenseDate: '2026-11-20',
        category: 'transport',
        amount: 8_800,
        description: '出租车',
        orgUnitId: TERRITORY_ID,
        accountCode: '6601',
        justification: null,
      },
    ],
    approvalRequestId: null,
    paymentReference: null,
    decisionNote: null,
    budgetOverrideReason: null,
    ...overrides,
  };
}

export const fakeReceipt: ClaimReceipt = {
  id: RECEIPT_ID,
  fileName: '酒店发票.pdf',
  contentType: 'application/pdf',
  bytes: 20_480,
  createdAt: '2026-11-28T02:05:00.000Z',
};

export function fakeHistory(): ClaimHistoryEntry[] {
  return [
    {
      id: '0190a0b0-0000-7000-8000-000000000e31',
      action: 'created',
      fromStatus: null,
      toStatus: 'draft',
      note: null,
      actorKind: 'user',
      actorLabel: '李明',
      occurredAt: '2026-11-28T02:00:00.000Z',
    },
  ];
}
