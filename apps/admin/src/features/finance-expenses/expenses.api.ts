import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { downloadFile, uploadFile, type UploadOptions } from '../../shared/transfer/authorized-transfer';

export type ClaimSummary = ApiSchemas['ExpenseClaimSummary'];
export type Claim = ApiSchemas['ExpenseClaimResponse'];
export type ClaimLine = ApiSchemas['ExpenseClaimLineResponse'];
export type ClaimStatus = Claim['status'];
export type ExpenseCategory = ClaimLine['category'];
export type NewClaim = ApiSchemas['CreateExpenseClaimDto'];
export type ClaimChanges = ApiSchemas['UpdateExpenseClaimDto'];
export type ClaimLineInput = ApiSchemas['ExpenseClaimLineInput'];
export type ClaimHistoryEntry = ApiSchemas['ClaimHistoryResponse'];
export type ClaimReceipt = ApiSchemas['ExpenseAttachmentResponse'];
export type PolicyLimit = ApiSchemas['PolicyLimitResponse'];
export type ApproveInput = ApiSchemas['ApproveExpenseClaimDto'];
export type ClaimQuery = NonNullable<operations['ExpenseClaims_list']['parameters']['query']>;

export const CLAIM_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'rejected',
  'approved',
  'paid',
] as const satisfies readonly ClaimStatus[];

export const EXPENSE_CATEGORIES = [
  'travel',
  'accommodation',
  'meals',
  'transport',
  'office_supplies',
  'communication',
  'marketing',
  'training',
  'other',
] as const satisfies readonly ExpenseCategory[];

export const expenseKeys = {
  all: ['expense-claims'] as const,
  lists: () => [...expenseKeys.all, 'list'] as const,
  list: (query: ClaimQuery) => [...expenseKeys.lists(), query] as const,
  claim: (id: string) => [...expenseKeys.all, 'detail', id] as const,
  claimPart: (id: string, part: 'history' | 'receipts') => [...expenseKeys.claim(id), part] as const,
  policy: ['expense-policy-limits'] as const,
};

const ifMatch = (claim: { version: number }) => ({ 'If-Match': `"${claim.version}"` });

export function claimListQuery(query: ClaimQuery) {
  return queryOptions({
    queryKey: expenseKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/expense-claims', { params: { query }, signal })),
  });
}

export function claimQuery(id: string) {
  return queryOptions({
    queryKey: expenseKeys.claim(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/expense-claims/{id}', { params: { path: { id } }, signal })),
  });
}

export function claimHistoryQuery(id: string) {
  return queryOptions({
    queryKey: expenseKeys.claimPart(id, 'history'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/expense-claims/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function claimReceiptsQuery(id: string) {
  return queryOptions({
    queryKey: expenseKeys.claimPart(id, 'receipts'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/expense-claims/{id}/attachments', { params: { path: { id } }, signal })),
  });
}

/** The limits change rarely (finance sets them); a claim form opened twice need not fetch them twice. */
export function policyLimitsQuery() {
  return queryOptions({
    queryKey: expenseKeys.policy,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/expense-policy-limits', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function createClaim(input: NewClaim): Promise<Claim> {
  return unwrap(api.POST('/api/v1/expense-claims', { body: input }));
}

export function updateClaim(claim: Claim, changes: ClaimChanges): Promise<Claim> {
  return unwrap(
    api.PATCH('/api/v1/expense-claims/{id}', {
      params: { path: { id: claim.id }, header: ifMatch(claim) },
      body: changes,
    }),
  );
}

export type ClaimDecision =
  | { step: 'submit' }
  | { step: 'approve'; input: ApproveInput }
  | { step: 'return'; reason: string }
  | { step: 'reject'; reason: string };

/** One step on a claim, each through its own endpoint; submit carries the version read (If-Match). */
export function decideClaim(claim: Claim, decision: ClaimDecision): Promise<Claim> {
  const path = { id: claim.id };
  switch (decision.step) {
    case 'submit':
      return unwrap(
        api.POST('/api/v1/expense-claims/{id}/submit', { params: { path, header: ifMatch(claim) } }),
      );
    case 'approve':
      return unwrap(
        api.POST('/api/v1/expense-claims/{id}/approve', { params: { path }, body: decision.input }),
      );
    case 'return':
      return unwrap(
        api.POST('/api/v1/expense-claims/{id}/return', {
          params: { path },
          body: { reason: decision.reason },
        }),
      );
    case 'reject':
      return unwrap(
        api.POST('/api/v1/expense-claims/{id}/reject', {
          params: { path },
          body: { reason: decision.reason },
        }),
      );
  }
}

export function payClaim(claimId: string, paymentReference?: string): Promise<Claim> {
  return unwrap(
    api.POST('/api/v1/expense-claims/{id}/pay', {
      params: { path: { id: claimId } },
      body: { paymentReference },
    }),
  );
}

/** One bank run for several approved claims: all are paid, or none. */
export function payClaims(claimIds: string[], paymentReference?: string): Promise<ClaimSummary[]> {
  return unwrap(api.POST('/api/v1/expense-payments', { body: { claimIds, paymentReference } }));
}

export function uploadReceipt(claimId: string, file: File, options?: UploadOptions) {
  return uploadFile<ClaimReceipt>(
    `/api/v1/expense-claims/${encodeURIComponent(claimId)}/attachments`,
    file,
    options,
  );
}

export function downloadReceipt(receipt: ClaimReceipt): Promise<string> {
  return downloadFile(`/api/v1/expense-attachments/${encodeURIComponent(receipt.id)}/file`, receipt.fileName);
}
