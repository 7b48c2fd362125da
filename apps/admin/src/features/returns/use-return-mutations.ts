import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inventoryKeys } from '../inventory/inventory.api';
import { orderKeys } from '../orders/orders.api';
import {
  changeReturn,
  createReturn,
  returnKeys,
  type NewReturn,
  type ReturnRequest,
  type ReturnStep,
} from './returns.api';

export function useCreateReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewReturn) => createReturn(input),
    onSuccess: (request) => {
      queryClient.setQueryData(returnKeys.return(request.id), request);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: returnKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: orderKeys.order(request.orderId) }),
      ]);
    },
  });
}

export function useChangeReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, change }: { request: ReturnRequest; change: ReturnStep }) =>
      changeReturn(request, change),
    onSuccess: (request) => queryClient.setQueryData(returnKeys.return(request.id), request),
    // After a refusal too: the page then shows where the return really is. Restocking moves stock, a refund
    // the order's paid amount.
    onSettled: (request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: returnKeys.all }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.all }),
        request && queryClient.invalidateQueries({ queryKey: orderKeys.order(request.orderId) }),
      ]),
  });
}
