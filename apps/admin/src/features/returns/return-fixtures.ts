import { CUSTOMER_ID, ORDER_ID, SKU_ID, TERRITORY_ID } from '../orders/order-fixtures';
import type { ReturnRequest, ReturnSummary } from './returns.api';

export const RETURN_ID = '0190a0b0-0000-7000-8000-000000000b01';
export const RETURN_LINE_ID = '0190a0b0-0000-7000-8000-000000000b02';
/** The order line of order-fixtures' fakeOrder. */
export const ORDER_LINE_ID = '0190a0b0-0000-7000-8000-000000000702';

export const LEAD_PERMISSIONS = [
  'returns:read',
  'returns:write',
  'returns:approve',
  'orders:read',
  'orders:write',
  'customers:read',
];

export function fakeReturnSummary(overrides: Partial<ReturnSummary> = {}): ReturnSummary {
  return {
    id: RETURN_ID,
    number: 'RMA-20261128-0001',
    orderId: ORDER_ID,
    customerId: CUSTOMER_ID,
    orgUnitId: TERRITORY_ID,
    kind: 'return',
    status: 'requested',
    ticketId: null,
    refundAmount: 0,
    currency: 'CNY',
    version: 1,
    createdAt: '2026-11-28T08:00:00.000Z',
    ...overrides,
  };
}

export function fakeReturn(overrides: Partial<ReturnRequest> = {}): ReturnRequest {
  return {
    ...fakeReturnSummary(),
    rejectReason: null,
    replacementCarrier: null,
    replacementTrackingNumber: null,
    lines: [
      {
        id: RETURN_LINE_ID,
        orderLineId: ORDER_LINE_ID,
        skuId: SKU_ID,
        quantity: 1,
        reason: '七天无理由',
        disposition: null,
        refundAmount: null,
      },
    ],
    refund: null,
    history: [
      {
        action: 'requested',
        from: null,
        to: 'requested',
        note: null,
        data: {},
        actorKind: 'user',
        actorLabel: '客服小李',
        occurredAt: '2026-11-28T08:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
