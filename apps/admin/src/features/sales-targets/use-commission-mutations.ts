import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  calculateCommissions,
  commissionKeys,
  createCommissionPlan,
  updateCommissionPlan,
  type CommissionPlan,
  type CommissionPlanChanges,
  type NewCommissionPlan,
} from './commissions.api';

export function useSaveCommissionPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      plan,
      input,
    }: {
      plan?: CommissionPlan;
      input: NewCommissionPlan | CommissionPlanChanges;
    }) => (plan ? updateCommissionPlan(plan, input) : createCommissionPlan(input as NewCommissionPlan)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commissionKeys.plans }),
  });
}

export function useCalculateCommissions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ period, planId }: { period: string; planId: string }) =>
      calculateCommissions(period, planId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commissionKeys.runs }),
  });
}
