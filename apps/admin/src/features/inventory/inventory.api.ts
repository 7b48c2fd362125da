import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type Warehouse = ApiSchemas['WarehouseResponse'];
export type NewWarehouse = ApiSchemas['CreateWarehouseDto'];
export type WarehouseChanges = ApiSchemas['UpdateWarehouseDto'];
export type StockLevel = ApiSchemas['StockLevelResponse'];
export type StockAlert = ApiSchemas['StockAlertResponse'];
export type StockMovement = ApiSchemas['StockMovementResponse'];
export type MovementKind = StockMovement['kind'];
export type NewStockAdjustment = ApiSchemas['CreateStockAdjustmentDto'];
export type ReorderSettings = ApiSchemas['ReorderSettingsDto'];
export type StockTransfer = ApiSchemas['StockTransferResponse'];
export type TransferStatus = StockTransfer['status'];
export type NewStockTransfer = ApiSchemas['CreateStockTransferDto'];
export type StockLevelQuery = NonNullable<operations['StockLevels_list']['parameters']['query']>;
export type StockMovementQuery = NonNullable<operations['StockMovements_list']['parameters']['query']>;
export type StockAlertQuery = NonNullable<operations['StockLevels_alerts']['parameters']['query']>;
export type TransferQuery = NonNullable<operations['StockTransfers_list']['parameters']['query']>;
export type WarehouseQuery = NonNullable<operations['Warehouses_list']['parameters']['query']>;

export const MOVEMENT_KINDS = [
  'receipt',
  'reservation',
  'release',
  'shipment',
  'return',
  'adjustment',
  'stocktake',
  'transfer_out',
  'transfer_in',
] as const satisfies readonly MovementKind[];
export const TRANSFER_STATUSES = [
  'in_transit',
  'received',
  'cancelled',
] as const satisfies readonly TransferStatus[];

export const inventoryKeys = {
  all: ['inventory'] as const,
  warehouses: () => [...inventoryKeys.all, 'warehouses'] as const,
  warehouseList: (query: WarehouseQuery) => [...inventoryKeys.warehouses(), 'list', query] as const,
  levels: () => [...inventoryKeys.all, 'levels'] as const,
  levelList: (query: StockLevelQuery) => [...inventoryKeys.levels(), query] as const,
  alerts: (query: StockAlertQuery) => [...inventoryKeys.levels(), 'alerts', query] as const,
  movements: (query: StockMovementQuery) => [...inventoryKeys.levels(), 'movements', query] as const,
  transfers: () => [...inventoryKeys.all, 'transfers'] as const,
  transferList: (query: TransferQuery) => [...inventoryKeys.transfers(), query] as const,
};

export const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

export function warehouseListQuery(query: WarehouseQuery) {
  return queryOptions({
    queryKey: inventoryKeys.warehouseList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/warehouses', { params: { query }, signal })),
  });
}

/** Every warehouse the user may see (a company has a handful), for pickers and names. */
export function allWarehousesQuery() {
  return queryOptions({
    queryKey: [...inventoryKeys.warehouses(), 'all'] as const,
    queryFn: async ({ signal }) => {
      const warehouses: Warehouse[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/warehouses', { params: { query: { limit: 200, cursor } }, signal }),
        );
        warehouses.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return warehouses;
    },
    staleTime: 60_000,
  });
}

export function stockLevelListQuery(query: StockLevelQuery) {
  return queryOptions({
    queryKey: inventoryKeys.levelList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/stock-levels', { params: { query }, signal })),
  });
}

export function stockAlertListQuery(query: StockAlertQuery) {
  return queryOptions({
    queryKey: inventoryKeys.alerts(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/stock-alerts', { params: { query }, signal })),
  });
}

export function stockMovementListQuery(query: StockMovementQuery) {
  return queryOptions({
    queryKey: inventoryKeys.movements(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/stock-movements', { params: { query }, signal })),
  });
}

export function transferListQuery(query: TransferQuery) {
  return queryOptions({
    queryKey: inventoryKeys.transferList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/stock-transfers', { params: { query }, signal })),
  });
}

export function createWarehouse(input: NewWarehouse): Promise<Warehouse> {
  return unwrap(api.POST('/api/v1/warehouses', { body: input }));
}

export function updateWarehouse(warehouse: Warehouse, changes: WarehouseChanges): Promise<Warehouse> {
  return unwrap(
    api.PATCH('/api/v1/warehouses/{id}', {
      params: { path: { id: warehouse.id }, header: ifMatch(warehouse) },
      body: changes,
    }),
  );
}

export function setWarehouseActive(warehouse: Warehouse, active: boolean): Promise<Warehouse> {
  const path = active ? '/api/v1/warehouses/{id}/activate' : '/api/v1/warehouses/{id}/deactivate';
  return unwrap(api.POST(path, { params: { path: { id: warehouse.id }, header: ifMatch(warehouse) } }));
}

export function setReorder(level: StockLevel, settings: ReorderSettings): Promise<StockLevel> {
  return unwrap(
    api.PUT('/api/v1/stock-levels/{skuId}/{warehouseId}/reorder', {
      params: { path: { skuId: level.skuId, warehouseId: level.warehouseId }, header: ifMatch(level) },
      body: settings,
    }),
  );
}

export function adjustStock(input: NewStockAdjustment): Promise<StockMovement> {
  return unwrap(api.POST('/api/v1/stock-adjustments', { body: input }));
}

export function createTransfer(input: NewStockTransfer): Promise<StockTransfer> {
  return unwrap(api.POST('/api/v1/stock-transfers', { body: input }));
}

export function finishTransfer(
  transfer: StockTransfer,
  action: 'receive' | 'cancel',
): Promise<StockTransfer> {
  const path =
    action === 'receive' ? '/api/v1/stock-transfers/{id}/receive' : '/api/v1/stock-transfers/{id}/cancel';
  return unwrap(api.POST(path, { params: { path: { id: transfer.id }, header: ifMatch(transfer) } }));
}
