import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createFranchisePartner,
  franchiseKeys,
  moveFranchisePartner,
  updateFranchisePartner,
  type FranchisePartner,
  type FranchisePartnerChanges,
  type MoveFranchiseStage,
  type NewFranchisePartner,
} from './franchise.api';

export function useSaveFranchisePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      partner,
      input,
    }: {
      partner?: FranchisePartner;
      input: NewFranchisePartner | FranchisePartnerChanges;
    }) =>
      partner ? updateFranchisePartner(partner, input) : createFranchisePartner(input as NewFranchisePartner),
    onSuccess: (saved) => queryClient.setQueryData(franchiseKeys.partner(saved.id), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: franchiseKeys.board() }),
  });
}

export function useMoveFranchisePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partner, move }: { partner: FranchisePartner; move: MoveFranchiseStage }) =>
      moveFranchisePartner(partner, move),
    onSuccess: (moved) => queryClient.setQueryData(franchiseKeys.partner(moved.id), moved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: franchiseKeys.board() }),
  });
}
