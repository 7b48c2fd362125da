import type { ApprovalRequest } from './approvals.api';

export interface ApprovalActions {
  /** Approve and reject are offered. */
  canDecide: boolean;
  /** Cancel (withdraw) is offered. */
  canCancel: boolean;
}

/**
 * What the signed-in user may do with a request. Whether a step is theirs to decide depends on roles, scopes
 * and the org-unit tree, which only the API resolves: its inbox is the answer, so the buttons follow it rather
 * than a guess made here. Only the requester may withdraw, and only while the request is pending.
 */
export function approvalActions(
  request: Pick<ApprovalRequest, 'id' | 'status' | 'requestedBy'>,
  myUserId: string,
  inboxIds: ReadonlySet<string> | undefined,
): ApprovalActions {
  const pending = request.status === 'pending';
  const mine = request.requestedBy === myUserId;
  return {
    canDecide: pending && !mine && (inboxIds?.has(request.id) ?? false),
    canCancel: pending && mine,
  };
}
