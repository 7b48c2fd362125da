import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orderKeys } from '../orders/orders.api';
import {
  changeRemittance,
  codKeys,
  createRemittance,
  recordCodCollection,
  type NewRemittance,
  type Remittance,
  type RemittanceStep,
} from './cod.api';

export function useCreateRemittance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewRemittance) => createRemittance(input),
    onSuccess: (remittance) => {
      queryClient.setQueryData(codKeys.remittance(remittance.id), remittance);
      return queryClient.invalidateQueries({ queryKey: codKeys.lists() });
    },
  });
}

export function useChangeRemittance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ remittance, change }: { remittance: Remittance; change: RemittanceStep }) =>
      changeRemittance(remittance, change),
    onSuccess: (remittance) => queryClient.setQueryData(codKeys.remittance(remittance.id), remittance),
    // After a refusal too (someone else took the step): the page then shows where the batch really is.
    onSettled: () => queryClient.invalidateQueries({ queryKey: codKeys.all }),
  });
}

export function useRecordCodCollection(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ amount, note }: { amount: number; note?: string }) =>
      recordCodCollection(orderId, amount, note),
    onSettled: () => queryClient.invalidateQueries({ queryKey: orderKeys.order(orderId) }),
  });
}
