import type { ApprovalRequest, ApprovalStep } from './approvals.api';

/** Test data: a price below the margin, decided by the 珠三角 regional manager, then finance. */
export const REQUESTER_ID = '0190a0b0-0000-7000-8000-0000000000c1';
export const APPROVER_ID = '0190a0b0-0000-7000-8000-0000000000c2';
export const REGION_ID = '0190a0b0-0000-7000-8000-0000000000d1';

export function fakeStep(overrides: Partial<ApprovalStep> = {}): ApprovalStep {
  return {
    position: 1,
    role: 'regional-manager',
    orgUnitId: REGION_ID,
    decision: null,
    decidedBy: null,
    decidedAt: null,
    comment: null,
    ...overrides,
  };
}

export function fakeApproval(overrides: Partial<ApprovalRequest> = {}): ApprovalRequest {
  return {
    id: '0190a0b0-0000-7000-8000-0000000000e1',
    number: 'AP-20261127-0001',
    subjectType: 'sku_price',
    subjectId: '0190a0b0-0000-7000-8000-0000000000f9',
    orgUnitId: null,
    title: '调价：电饭煲 MB-FB40 降至 299 元',
    summary: null,
    requestedBy: REQUESTER_ID,
    status: 'pending',
    currentStep: 1,
    steps: [fakeStep(), fakeStep({ position: 2, role: 'finance', orgUnitId: null })],
    finishedAt: null,
    version: 1,
    createdAt: '2026-11-27T02:00:00.000Z',
    ...overrides,
  };
}
