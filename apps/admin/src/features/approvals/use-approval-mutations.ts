import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { auditKeys } from '../audit-log/audit.api';
import {
  approvalKeys,
  cancelApproval,
  decideApproval,
  type ApprovalRequest,
  type Decision,
} from './approvals.api';

/**
 * After a decision or a refusal the whole approvals cache is refetched: lists, the inbox and its count (the
 * header's badge) and the request itself. A refusal (403, 409) means what was shown is out of date too.
 */
function refreshApprovals(queryClient: QueryClient, request?: ApprovalRequest) {
  if (request) queryClient.setQueryData(approvalKeys.detail(request.id), request);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
    queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  ]);
}

export function useDecideApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, comment }: { id: string; decision: Decision; comment?: string }) =>
      decideApproval(id, decision, comment),
    onSuccess: (request) => refreshApprovals(queryClient, request),
    onError: () => refreshApprovals(queryClient),
  });
}

export function useCancelApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelApproval,
    onSuccess: (request) => refreshApprovals(queryClient, request),
    onError: () => refreshApprovals(queryClient),
  });
}
