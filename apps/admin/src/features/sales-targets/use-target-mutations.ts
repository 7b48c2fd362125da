import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  allocateSalesTarget,
  createSalesTarget,
  salesTargetKeys,
  updateSalesTarget,
  type AllocationChild,
  type NewSalesTarget,
  type SalesTargetChanges,
  type SalesTargetSummary,
} from './sales-targets.api';

export function useSaveSalesTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      target,
      input,
    }: {
      target?: SalesTargetSummary;
      input: NewSalesTarget | SalesTargetChanges;
    }) => (target ? updateSalesTarget(target, input) : createSalesTarget(input as NewSalesTarget)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: salesTargetKeys.all }),
  });
}

export function useAllocateSalesTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      target,
      unitId,
      children,
    }: {
      target: SalesTargetSummary;
      unitId: string;
      children: AllocationChild[];
    }) => allocateSalesTarget(target, unitId, children),
    onSettled: () => queryClient.invalidateQueries({ queryKey: salesTargetKeys.all }),
  });
}
