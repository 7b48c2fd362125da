import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type Supplier = ApiSchemas['SupplierResponse'];
export type SupplierStatus = Supplier['status'];
export type NewSupplier = ApiSchemas['CreateSupplierDto'];
export type SupplierChanges = ApiSchemas['UpdateSupplierDto'];
export type PurchaseOrderSummary = ApiSchemas['PurchaseOrderSummary'];
export type PurchaseOrder = ApiSchemas['PurchaseOrderResponse'];
export type PurchaseOrderLine = ApiSchemas['PurchaseOrderLineResponse'];
export type PurchaseOrderStatus = PurchaseOrder['status'];
export type NewPurchaseOrder = ApiSchemas['CreatePurchaseOrderDto'];
export type GoodsReceipt = ApiSchemas['GoodsReceiptResponse'];
export type NewGoodsReceipt = ApiSchemas['CreateGoodsReceiptDto'];
export type HistoryEntry = ApiSchemas['HistoryEntryResponse'];
export type ProcurementPolicy = ApiSchemas['ProcurementPolicyResponse'];
export type SupplierQuery = NonNullable<operations['Suppliers_list']['parameters']['query']>;
export type PurchaseOrderQuery = NonNullable<operations['PurchaseOrders_list']['parameters']['query']>;
export type PurchaseOrderAction = 'submit' | 'send' | 'close' | 'cancel';

export const PURCHASE_ORDER_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'sent',
  'partially_received',
  'received',
  'closed',
  'cancelled',
] as const satisfies readonly PurchaseOrderStatus[];
export const SUPPLIER_STATUSES = [
  'active',
  'suspended',
  'archived',
] as const satisfies readonly SupplierStatus[];

export const purchasingKeys = {
  all: ['purchasing'] as const,
  suppliers: () => [...purchasingKeys.all, 'suppliers'] as const,
  supplierList: (query: SupplierQuery) => [...purchasingKeys.suppliers(), 'list', query] as const,
  supplier: (id: string) => [...purchasingKeys.suppliers(), 'detail', id] as const,
  orders: () => [...purchasingKeys.all, 'purchase-orders'] as const,
  orderList: (query: PurchaseOrderQuery) => [...purchasingKeys.orders(), 'list', query] as const,
  order: (id: string) => [...purchasingKeys.orders(), 'detail', id] as const,
  policy: () => [...purchasingKeys.all, 'policy'] as const,
};

export const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

export function supplierListQuery(query: SupplierQuery) {
  return queryOptions({
    queryKey: purchasingKeys.supplierList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/suppliers', { params: { query }, signal })),
  });
}

export function supplierQuery(id: string) {
  return queryOptions({
    queryKey: purchasingKeys.supplier(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/suppliers/{id}', { params: { path: { id } }, signal })),
  });
}

export function createSupplier(input: NewSupplier): Promise<Supplier> {
  return unwrap(api.POST('/api/v1/suppliers', { body: input }));
}

export function updateSupplier(supplier: Supplier, changes: SupplierChanges): Promise<Supplier> {
  return unwrap(
    api.PATCH('/api/v1/suppliers/{id}', {
      params: { path: { id: supplier.id }, header: ifMatch(supplier) },
      body: changes,
    }),
  );
}

export function purchaseOrderListQuery(query: PurchaseOrderQuery) {
  return queryOptions({
    queryKey: purchasingKeys.orderList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/purchase-orders', { params: { query }, signal })),
  });
}

export function purchaseOrderQuery(id: string) {
  return queryOptions({
    queryKey: purchasingKeys.order(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/purchase-orders/{id}', { params: { path: { id } }, signal })),
  });
}

export function purchaseOrderHistoryQuery(id: string) {
  return queryOptions({
    queryKey: [...purchasingKeys.order(id), 'history'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/purchase-orders/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function goodsReceiptsQuery(orderId: string) {
  return queryOptions({
    queryKey: [...purchasingKeys.order(orderId), 'receipts'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/purchase-orders/{id}/receipts', { params: { path: { id: orderId } }, signal })),
  });
}

export function procurementPolicyQuery() {
  return queryOptions({
    queryKey: purchasingKeys.policy(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/procurement-policy', { signal })),
    staleTime: 60_000,
  });
}

export function createPurchaseOrder(input: NewPurchaseOrder): Promise<PurchaseOrder> {
  return unwrap(api.POST('/api/v1/purchase-orders', { body: input }));
}

const ACTION_PATHS = {
  submit: '/api/v1/purchase-orders/{id}/submit',
  send: '/api/v1/purchase-orders/{id}/send',
  close: '/api/v1/purchase-orders/{id}/close',
} as const;

export function changePurchaseOrder(
  order: PurchaseOrder,
  action: PurchaseOrderAction,
  reason?: string,
): Promise<PurchaseOrder> {
  const params = { path: { id: order.id }, header: ifMatch(order) };
  if (action === 'cancel')
    return unwrap(
      api.POST('/api/v1/purchase-orders/{id}/cancel', { params, body: { reason: reason || undefined } }),
    );
  return unwrap(api.POST(ACTION_PATHS[action], { params }));
}

export function receiveGoods(orderId: string, input: NewGoodsReceipt): Promise<GoodsReceipt> {
  return unwrap(
    api.POST('/api/v1/purchase-orders/{id}/receipts', { params: { path: { id: orderId } }, body: input }),
  );
}
