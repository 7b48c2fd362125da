/** Published when a request is finished, so the module that asked can act (post the price, send the PO…). */
export const APPROVAL_DECIDED = 'ApprovalDecided';

export interface ApprovalDecidedPayload extends Record<string, unknown> {
  requestId: string;
  number: string;
  subjectType: string;
  subjectId: string;
  outcome: 'approved' | 'rejected' | 'cancelled';
  decidedBy: string;
}
