export const EXPENSE_CLAIM_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'rejected',
  'approved',
  'paid',
] as const;
export type ExpenseClaimStatus = (typeof EXPENSE_CLAIM_STATUSES)[number];

export type ExpenseClaimAction = 'edit' | 'submit' | 'approve' | 'return' | 'reject' | 'pay' | 'delete';

/**
 * The claim's life: draft → submitted → approved (manager, then finance) → paid; approvers may return it for
 * changes (the claimant edits and submits again) or reject it for good. Returns the next status, or null when
 * the action is not allowed from `status`.
 */
export function nextClaimStatus(
  status: ExpenseClaimStatus,
  action: ExpenseClaimAction,
): ExpenseClaimStatus | null {
  const editable = status === 'draft' || status === 'returned';
  switch (action) {
    case 'edit':
    case 'delete':
      return editable ? status : null;
    case 'submit':
      return editable ? 'submitted' : null;
    case 'approve':
      return status === 'submitted' ? 'approved' : null;
    case 'return':
      return status === 'submitted' ? 'returned' : null;
    case 'reject':
      return status === 'submitted' ? 'rejected' : null;
    case 'pay':
      return status === 'approved' ? 'paid' : null;
  }
}
