import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inventoryKeys } from '../inventory/inventory.api';
import {
  addOrderNote,
  changeOrder,
  createOrder,
  orderKeys,
  type NewOrder,
  type Order,
  type OrderStep,
  type StepInput,
  type UpdateOrder,
  updateOrder,
} from './orders.api';

export function useCreateOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ order, idempotencyKey }: { order: NewOrder; idempotencyKey: string }) =>
      createOrder(order, idempotencyKey),
    onSuccess: (order) => {
      queryClient.setQueryData(orderKeys.order(order.id), order);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: orderKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.all }),
      ]);
    },
  });
}

export function useChangeOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ order, step, input }: { order: Order; step: OrderStep; input?: StepInput }) =>
      changeOrder(order, step, input),
    onSuccess: (order) => queryClient.setQueryData(orderKeys.order(order.id), order),
    // After a refusal too (someone else moved it on): the page then shows where the order really is.
    onSettled: () => queryClient.invalidateQueries({ queryKey: orderKeys.all }),
  });
}

export function useAddOrderNote(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ text, internal }: { text: string; internal: boolean }) =>
      addOrderNote(orderId, text, internal),
    onSettled: () => queryClient.invalidateQueries({ queryKey: orderKeys.order(orderId) }),
  });
}

export function useUpdateOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ order, changes }: { order: Order; changes: UpdateOrder }) => updateOrder(order, changes),
    onSuccess: (order) => queryClient.setQueryData(orderKeys.order(order.id), order),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orderKeys.all }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.all }),
      ]),
  });
}
