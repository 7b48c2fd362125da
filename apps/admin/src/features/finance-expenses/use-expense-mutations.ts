import { useMutation, useQueryClient } from '@tanstack/react-query';
import { approvalKeys } from '../approvals/approvals.api';
import {
  createClaim,
  decideClaim,
  expenseKeys,
  payClaim,
  payClaims,
  updateClaim,
  type Claim,
  type ClaimChanges,
  type ClaimDecision,
  type NewClaim,
} from './expenses.api';

export function useCreateClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewClaim) => createClaim(input),
    onSuccess: (claim) => {
      queryClient.setQueryData(expenseKeys.claim(claim.id), claim);
      return queryClient.invalidateQueries({ queryKey: expenseKeys.lists() });
    },
  });
}

export function useUpdateClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claim, changes }: { claim: Claim; changes: ClaimChanges }) => updateClaim(claim, changes),
    onSuccess: (claim) => queryClient.setQueryData(expenseKeys.claim(claim.id), claim),
    onSettled: () => queryClient.invalidateQueries({ queryKey: expenseKeys.all }),
  });
}

export function useDecideClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claim, decision }: { claim: Claim; decision: ClaimDecision }) =>
      decideClaim(claim, decision),
    onSuccess: (claim) => queryClient.setQueryData(expenseKeys.claim(claim.id), claim),
    // After a refusal too (someone else decided first): the page then shows where the claim really is, and
    // the approvals inbox and chain follow the decision.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: expenseKeys.all }),
        queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
      ]),
  });
}

export function usePayClaims() {
  const queryClient = useQueryClient();
  return useMutation({
    // One claim goes through its own endpoint; several through one bank run, paid all or none.
    mutationFn: async ({ claimIds, paymentReference }: { claimIds: string[]; paymentReference?: string }) =>
      claimIds.length === 1
        ? [await payClaim(claimIds[0]!, paymentReference)]
        : payClaims(claimIds, paymentReference),
    onSettled: () => queryClient.invalidateQueries({ queryKey: expenseKeys.all }),
  });
}
