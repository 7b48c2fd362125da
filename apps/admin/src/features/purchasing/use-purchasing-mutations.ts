import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inventoryKeys } from '../inventory/inventory.api';
import {
  changePurchaseOrder,
  createPurchaseOrder,
  createSupplier,
  purchasingKeys,
  receiveGoods,
  updateSupplier,
  type NewGoodsReceipt,
  type PurchaseOrder,
  type PurchaseOrderAction,
  type Supplier,
  type SupplierChanges,
} from './purchasing.api';

export function useCreatePurchaseOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPurchaseOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(purchasingKeys.order(order.id), order);
      return queryClient.invalidateQueries({ queryKey: purchasingKeys.orders() });
    },
  });
}

export function useChangePurchaseOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      order,
      action,
      reason,
    }: {
      order: PurchaseOrder;
      action: PurchaseOrderAction;
      reason?: string;
    }) => changePurchaseOrder(order, action, reason),
    // After a refusal too (someone else moved it on): the page then shows where the order really is.
    onSettled: () => queryClient.invalidateQueries({ queryKey: purchasingKeys.orders() }),
  });
}

/** Goods in: the order, its receipts and history change, and so does stock (levels, movements, alerts). */
export function useReceiveGoods(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewGoodsReceipt) => receiveGoods(orderId, input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: purchasingKeys.orders() }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.all }),
      ]),
  });
}

export function useSaveSupplier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      supplier,
      changes,
    }: {
      supplier?: Supplier;
      changes: SupplierChanges & { code?: string };
    }) =>
      supplier ? updateSupplier(supplier, changes) : createSupplier({ ...changes, code: changes.code ?? '' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: purchasingKeys.suppliers() }),
  });
}
