import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type OrderSummary = ApiSchemas['OrderSummary'];
export type Order = ApiSchemas['OrderResponse'];
export type OrderLine = ApiSchemas['OrderLineView'];
export type OrderPayment = ApiSchemas['OrderPaymentView'];
export type OrderNote = ApiSchemas['OrderNoteView'];
export type OrderTimelineEntry = ApiSchemas['OrderTimelineEntryView'];
export type OrderStatus = Order['status'];
export type PaymentMethod = Order['paymentMethod'];
export type NewOrder = ApiSchemas['CreateOrderDto'];
export type UpdateOrder = ApiSchemas['UpdateOrderDto'];
export type ShipInput = ApiSchemas['ShipOrderDto'];
export type PriceQuote = ApiSchemas['PriceQuoteResponse'];
export type QuoteRequest = ApiSchemas['PriceQuoteRequestDto'];
export type StockLevel = ApiSchemas['StockLevelResponse'];
export type OrderQuery = NonNullable<operations['Orders_list']['parameters']['query']>;
export type OrderStep = 'allocate' | 'ship' | 'deliver' | 'complete' | 'cancel';

export const ORDER_STATUSES = [
  'pending_payment',
  'confirmed',
  'allocated',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
] as const satisfies readonly OrderStatus[];
export const PAYMENT_METHODS = ['cod', 'prepaid'] as const satisfies readonly PaymentMethod[];

/** A phone order sells at the website's prices (the API's default channel), like the orders it takes online. */
export const PHONE_ORDER_CHANNEL = 'website' as const;

export const orderKeys = {
  all: ['orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  list: (query: OrderQuery) => [...orderKeys.lists(), query] as const,
  order: (id: string) => [...orderKeys.all, 'detail', id] as const,
  quote: (request: QuoteRequest) => ['price-quotes', request] as const,
  stock: (skuId: string) => ['orders', 'stock', skuId] as const,
};

export const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

export function orderListQuery(query: OrderQuery) {
  return queryOptions({
    queryKey: orderKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/orders', { params: { query }, signal })),
  });
}

export function orderQuery(id: string) {
  return queryOptions({
    queryKey: orderKeys.order(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/orders/{id}', { params: { path: { id } }, signal })),
  });
}

/** Places an order; the same key on a retry returns the order the first attempt placed, never a second one. */
export function createOrder(input: NewOrder, idempotencyKey: string): Promise<Order> {
  return unwrap(
    api.POST('/api/v1/orders', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: input }),
  );
}

export function quotePrices(request: QuoteRequest, signal?: AbortSignal): Promise<PriceQuote> {
  return unwrap(api.POST('/api/v1/price-quotes', { body: request, signal }));
}

export function priceQuoteQuery(request: QuoteRequest) {
  return queryOptions({
    queryKey: orderKeys.quote(request),
    queryFn: ({ signal }) => quotePrices(request, signal),
  });
}

/** The SKU's stock in every warehouse the caller may see (a handful: one row per warehouse). */
export function skuStockQuery(skuId: string) {
  return queryOptions({
    queryKey: orderKeys.stock(skuId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/stock-levels', { params: { query: { skuId, limit: 200 } }, signal })),
    staleTime: 10_000,
  });
}

export interface StepInput {
  note?: string;
  reason?: string;
  shipment?: ShipInput;
}

export function changeOrder(order: Order, step: OrderStep, input: StepInput = {}): Promise<Order> {
  const params = { path: { id: order.id }, header: ifMatch(order) };
  const note = input.note?.trim() || undefined;
  switch (step) {
    case 'ship':
      return unwrap(api.POST('/api/v1/orders/{id}/ship', { params, body: { ...input.shipment!, note } }));
    case 'cancel':
      return unwrap(api.POST('/api/v1/orders/{id}/cancel', { params, body: { reason: input.reason ?? '' } }));
    case 'allocate':
      return unwrap(api.POST('/api/v1/orders/{id}/allocate', { params, body: { note } }));
    case 'deliver':
      return unwrap(api.POST('/api/v1/orders/{id}/deliver', { params, body: { note } }));
    case 'complete':
      return unwrap(api.POST('/api/v1/orders/{id}/complete', { params, body: { note } }));
  }
}

/** Changes an order before shipment; the answer is re-priced and re-reserved (priceDifference, amountDue). */
export function updateOrder(order: Order, changes: UpdateOrder): Promise<Order> {
  return unwrap(
    api.PATCH('/api/v1/orders/{id}', {
      params: { path: { id: order.id }, header: ifMatch(order) },
      body: changes,
    }),
  );
}

export function addOrderNote(orderId: string, text: string, internal: boolean): Promise<OrderNote> {
  return unwrap(
    api.POST('/api/v1/orders/{id}/notes', { params: { path: { id: orderId } }, body: { text, internal } }),
  );
}
