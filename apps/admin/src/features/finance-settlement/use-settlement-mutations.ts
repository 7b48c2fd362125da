import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UploadOptions } from '../../shared/transfer/authorized-transfer';
import {
  createPaymentRun,
  payableKeys,
  paymentRunKeys,
  stepPaymentRun,
  type NewPaymentRun,
  type PaymentRun,
  type PaymentRunStep,
} from './payables.api';
import {
  closeWebsiteDay,
  explainLine,
  reconciliationKeys,
  uploadBankDeposits,
  uploadStatement,
} from './reconciliation.api';

export function useCreatePaymentRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewPaymentRun) => createPaymentRun(input),
    onSuccess: (run) => {
      queryClient.setQueryData(paymentRunKeys.run(run.id), run);
      // The run holds amounts of the payables: their outstanding amounts changed.
      void queryClient.invalidateQueries({ queryKey: payableKeys.all });
      return queryClient.invalidateQueries({ queryKey: paymentRunKeys.lists() });
    },
  });
}

export function useStepPaymentRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ run, step }: { run: PaymentRun; step: PaymentRunStep }) => stepPaymentRun(run, step),
    // After a refusal too (someone else moved the run): the page then shows where it really is.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: paymentRunKeys.all }),
        queryClient.invalidateQueries({ queryKey: payableKeys.all }),
      ]),
  });
}

export function useUploadStatement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, options }: { file: Blob; options?: UploadOptions }) =>
      uploadStatement(file, options),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reconciliationKeys.all }),
  });
}

export function useUploadBankDeposits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, options }: { file: Blob; options?: UploadOptions }) =>
      uploadBankDeposits(file, options),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reconciliationKeys.all }),
  });
}

export function useExplainLine(day: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => explainLine(id, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reconciliationKeys.website(day) }),
  });
}

export function useCloseWebsiteDay(day: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closeWebsiteDay(day),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reconciliationKeys.website(day) }),
  });
}
