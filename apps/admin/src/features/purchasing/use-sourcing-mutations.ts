import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  approvePurchaseList,
  awardTender,
  createSupplierInvoice,
  createTender,
  generatePurchaseList,
  recordQuote,
  resolveSupplierInvoice,
  sourcingKeys,
  updatePurchaseListQuantities,
  type NewQuote,
  type PurchaseList,
  type SupplierInvoice,
  type Tender,
} from './sourcing.api';
import { purchasingKeys } from './purchasing.api';

export function useGeneratePurchaseList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: generatePurchaseList,
    onSuccess: (list) => {
      queryClient.setQueryData(sourcingKeys.list(list.id), list);
      return queryClient.invalidateQueries({ queryKey: sourcingKeys.lists() });
    },
  });
}

export function useUpdatePurchaseListQuantities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ list, lines }: { list: PurchaseList; lines: { skuId: string; quantity: number }[] }) =>
      updatePurchaseListQuantities(list, lines),
    onSuccess: (list) => queryClient.setQueryData(sourcingKeys.list(list.id), list),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sourcingKeys.lists() }),
  });
}

/** Approving creates draft purchase orders: their list changes too. */
export function useApprovePurchaseList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ list, warehouseId }: { list: PurchaseList; warehouseId: string }) =>
      approvePurchaseList(list, warehouseId),
    onSuccess: (list) => queryClient.setQueryData(sourcingKeys.list(list.id), list),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sourcingKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: purchasingKeys.orders() }),
      ]),
  });
}

export function useCreateTender() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTender,
    onSuccess: (tender) => {
      queryClient.setQueryData(sourcingKeys.tender(tender.id), tender);
      return queryClient.invalidateQueries({ queryKey: sourcingKeys.tenders() });
    },
  });
}

export function useRecordQuote(tenderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewQuote) => recordQuote(tenderId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sourcingKeys.tenders() }),
  });
}

export function useAwardTender() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tender, quoteId, reason }: { tender: Tender; quoteId: string; reason?: string }) =>
      awardTender(tender, quoteId, reason),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sourcingKeys.tenders() }),
        queryClient.invalidateQueries({ queryKey: purchasingKeys.orders() }),
      ]),
  });
}

export function useCreateSupplierInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupplierInvoice,
    onSuccess: (invoice) => {
      queryClient.setQueryData(sourcingKeys.invoice(invoice.id), invoice);
      return queryClient.invalidateQueries({ queryKey: sourcingKeys.invoices() });
    },
  });
}

export function useResolveSupplierInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      invoice,
      action,
      reason,
    }: {
      invoice: SupplierInvoice;
      action: 'approve' | 'return';
      reason: string;
    }) => resolveSupplierInvoice(invoice, action, reason),
    onSuccess: (invoice) => queryClient.setQueryData(sourcingKeys.invoice(invoice.id), invoice),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sourcingKeys.invoices() }),
  });
}
