import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  budgetKeys,
  createBudget,
  updateBudget,
  type Budget,
  type BudgetChanges,
  type NewBudget,
} from './budgets.api';

export function useSaveBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ budget, input }: { budget?: Budget; input: NewBudget | BudgetChanges }) =>
      budget ? updateBudget(budget, input as BudgetChanges) : createBudget(input as NewBudget),
    onSettled: () => queryClient.invalidateQueries({ queryKey: budgetKeys.all }),
  });
}
