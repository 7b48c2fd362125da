import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { ifMatch, purchasingKeys } from './purchasing.api';

export type PurchaseListSummary = ApiSchemas['PurchaseListSummary'];
export type PurchaseList = ApiSchemas['PurchaseListResponse'];
export type PurchaseListLine = ApiSchemas['PurchaseListLineResponse'];
export type GeneratePurchaseList = ApiSchemas['GeneratePurchaseListDto'];
export type PurchaseListQuery = NonNullable<operations['PurchaseLists_list']['parameters']['query']>;
export type TenderSummary = ApiSchemas['TenderSummary'];
export type Tender = ApiSchemas['TenderResponse'];
export type TenderStatus = Tender['status'];
export type NewTender = ApiSchemas['CreateTenderDto'];
export type NewQuote = ApiSchemas['RecordQuoteDto'];
export type TenderComparison = ApiSchemas['TenderComparisonResponse'];
export type ComparisonColumn = ApiSchemas['ComparisonColumn'];
export type ComparisonRow = ApiSchemas['ComparisonRow'];
export type TenderQuery = NonNullable<operations['Tenders_list']['parameters']['query']>;
export type SupplierInvoiceSummary = ApiSchemas['SupplierInvoiceSummary'];
export type SupplierInvoice = ApiSchemas['SupplierInvoiceResponse'];
export type SupplierInvoiceStatus = SupplierInvoice['status'];
export type Discrepancy = ApiSchemas['DiscrepancyResponse'];
export type NewSupplierInvoice = ApiSchemas['CreateSupplierInvoiceDto'];
export type SupplierInvoiceQuery = NonNullable<operations['SupplierInvoices_list']['parameters']['query']>;

export const TENDER_STATUSES = [
  'open',
  'closed',
  'awarded',
  'cancelled',
] as const satisfies readonly TenderStatus[];
export const SUPPLIER_INVOICE_STATUSES = [
  'mismatched',
  'payable',
  'returned',
] as const satisfies readonly SupplierInvoiceStatus[];

export const sourcingKeys = {
  lists: () => [...purchasingKeys.all, 'purchase-lists'] as const,
  listList: (query: PurchaseListQuery) => [...sourcingKeys.lists(), 'list', query] as const,
  list: (id: string) => [...sourcingKeys.lists(), 'detail', id] as const,
  tenders: () => [...purchasingKeys.all, 'tenders'] as const,
  tenderList: (query: TenderQuery) => [...sourcingKeys.tenders(), 'list', query] as const,
  tender: (id: string) => [...sourcingKeys.tenders(), 'detail', id] as const,
  invoices: () => [...purchasingKeys.all, 'supplier-invoices'] as const,
  invoiceList: (query: SupplierInvoiceQuery) => [...sourcingKeys.invoices(), 'list', query] as const,
  invoice: (id: string) => [...sourcingKeys.invoices(), 'detail', id] as const,
};

// Purchase lists (采购清单)

export function purchaseListListQuery(query: PurchaseListQuery) {
  return queryOptions({
    queryKey: sourcingKeys.listList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/purchase-lists', { params: { query }, signal })),
  });
}

export function purchaseListQuery(id: string) {
  return queryOptions({
    queryKey: sourcingKeys.list(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/purchase-lists/{id}', { params: { path: { id } }, signal })),
  });
}

export function generatePurchaseList(input: GeneratePurchaseList): Promise<PurchaseList> {
  return unwrap(api.POST('/api/v1/purchase-lists', { body: input }));
}

export function updatePurchaseListQuantities(
  list: PurchaseList,
  lines: { skuId: string; quantity: number }[],
): Promise<PurchaseList> {
  return unwrap(
    api.PATCH('/api/v1/purchase-lists/{id}', {
      params: { path: { id: list.id }, header: ifMatch(list) },
      body: { lines },
    }),
  );
}

export function approvePurchaseList(list: PurchaseList, warehouseId: string): Promise<PurchaseList> {
  return unwrap(
    api.POST('/api/v1/purchase-lists/{id}/approve', {
      params: { path: { id: list.id }, header: ifMatch(list) },
      body: { createPurchaseOrders: true, warehouseId },
    }),
  );
}

// Tenders (招标)

export function tenderListQuery(query: TenderQuery) {
  return queryOptions({
    queryKey: sourcingKeys.tenderList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/tenders', { params: { query }, signal })),
  });
}

export function tenderQuery(id: string) {
  return queryOptions({
    queryKey: sourcingKeys.tender(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/tenders/{id}', { params: { path: { id } }, signal })),
  });
}

export function tenderComparisonQuery(id: string) {
  return queryOptions({
    queryKey: [...sourcingKeys.tender(id), 'comparison'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/tenders/{id}/comparison', { params: { path: { id } }, signal })),
  });
}

export function createTender(input: NewTender): Promise<Tender> {
  return unwrap(api.POST('/api/v1/tenders', { body: input }));
}

export function recordQuote(tenderId: string, input: NewQuote) {
  return unwrap(
    api.POST('/api/v1/tenders/{id}/quotes', {
      params: { path: { id: tenderId } },
      body: input,
    }),
  );
}

export function awardTender(tender: Tender, quoteId: string, reason?: string): Promise<Tender> {
  return unwrap(
    api.POST('/api/v1/tenders/{id}/award', {
      params: { path: { id: tender.id }, header: ifMatch(tender) },
      body: { quoteId, reason: reason?.trim() || undefined },
    }),
  );
}

// Supplier invoices (供应商发票)

export function supplierInvoiceListQuery(query: SupplierInvoiceQuery) {
  return queryOptions({
    queryKey: sourcingKeys.invoiceList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/supplier-invoices', { params: { query }, signal })),
  });
}

export function supplierInvoiceQuery(id: string) {
  return queryOptions({
    queryKey: sourcingKeys.invoice(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/supplier-invoices/{id}', { params: { path: { id } }, signal })),
  });
}

export function createSupplierInvoice(input: NewSupplierInvoice): Promise<SupplierInvoice> {
  return unwrap(api.POST('/api/v1/supplier-invoices', { body: input }));
}

export function resolveSupplierInvoice(
  invoice: SupplierInvoice,
  action: 'approve' | 'return',
  reason: string,
): Promise<SupplierInvoice> {
  const params = { path: { id: invoice.id }, header: ifMatch(invoice) };
  return action === 'approve'
    ? unwrap(api.POST('/api/v1/supplier-invoices/{id}/approve', { params, body: { reason } }))
    : unwrap(api.POST('/api/v1/supplier-invoices/{id}/return', { params, body: { reason } }));
}
