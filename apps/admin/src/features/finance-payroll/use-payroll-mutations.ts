import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  addInput,
  advanceRun,
  createRun,
  payrollKeys,
  putInsuranceRule,
  removeInput,
  setStructure,
  type InsuranceRuleChange,
  type NewPayrollInput,
  type NewSalaryStructure,
  type RunStep,
} from './payroll.api';

export function useCreateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRun,
    onSuccess: (run) => {
      queryClient.setQueryData(payrollKeys.run(run.id), run);
      return queryClient.invalidateQueries({ queryKey: payrollKeys.runs() });
    },
  });
}

export function useAdvanceRun(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: RunStep) => advanceRun(runId, step),
    onSuccess: (run) => queryClient.setQueryData(payrollKeys.run(run.id), run),
    // After a refusal too (someone else moved the run on): the page then shows where the run really is.
    onSettled: () => queryClient.invalidateQueries({ queryKey: payrollKeys.runs() }),
  });
}

export function useSetStructure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewSalaryStructure) => setStructure(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: payrollKeys.all }),
  });
}

export function useAddInput() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewPayrollInput) => addInput(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...payrollKeys.all, 'inputs'] }),
  });
}

export function useRemoveInput() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => removeInput(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...payrollKeys.all, 'inputs'] }),
  });
}

export function usePutInsuranceRule(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ city, rule }: { city: string; rule: InsuranceRuleChange }) =>
      putInsuranceRule(city, year, rule),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: payrollKeys.rules(year) }),
  });
}
