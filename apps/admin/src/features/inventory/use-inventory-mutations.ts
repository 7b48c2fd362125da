import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../api/problem';
import {
  adjustStock,
  createTransfer,
  createWarehouse,
  finishTransfer,
  inventoryKeys,
  setReorder,
  setWarehouseActive,
  updateWarehouse,
  type ReorderSettings,
  type StockLevel,
  type StockTransfer,
  type Warehouse,
  type WarehouseChanges,
} from './inventory.api';

/** Stock moved or its settings changed: every level, alert and movement list is read again. */
function useRefreshStock() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: inventoryKeys.all });
}

export function useSetReorder() {
  const refresh = useRefreshStock();
  return useMutation({
    mutationFn: ({ level, settings }: { level: StockLevel; settings: ReorderSettings }) =>
      setReorder(level, settings),
    onSuccess: refresh,
    // Someone else changed the settings: show theirs to start again from.
    onError: (error) => (error instanceof ApiProblem && error.status === 412 ? refresh() : undefined),
  });
}

export function useAdjustStock() {
  const refresh = useRefreshStock();
  return useMutation({ mutationFn: adjustStock, onSuccess: refresh });
}

export function useCreateTransfer() {
  const refresh = useRefreshStock();
  return useMutation({ mutationFn: createTransfer, onSuccess: refresh });
}

export function useFinishTransfer() {
  const refresh = useRefreshStock();
  return useMutation({
    mutationFn: ({ transfer, action }: { transfer: StockTransfer; action: 'receive' | 'cancel' }) =>
      finishTransfer(transfer, action),
    onSettled: refresh,
  });
}

export function useSaveWarehouse() {
  const refresh = useRefreshStock();
  return useMutation({
    mutationFn: ({
      warehouse,
      changes,
    }: {
      warehouse?: Warehouse;
      changes: WarehouseChanges & { code?: string };
    }) =>
      warehouse
        ? updateWarehouse(warehouse, { name: changes.name, regionId: changes.regionId ?? null })
        : createWarehouse({
            code: changes.code ?? '',
            name: changes.name ?? '',
            regionId: changes.regionId ?? undefined,
          }),
    onSettled: refresh,
  });
}

export function useSetWarehouseActive() {
  const refresh = useRefreshStock();
  return useMutation({
    mutationFn: ({ warehouse, active }: { warehouse: Warehouse; active: boolean }) =>
      setWarehouseActive(warehouse, active),
    onSettled: refresh,
  });
}
