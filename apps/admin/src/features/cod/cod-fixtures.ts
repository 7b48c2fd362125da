import { ORDER_ID, TERRITORY_ID } from '../orders/order-fixtures';
import type { Remittance, RemittanceSummary } from './cod.api';

export const REMITTANCE_ID = '0190a0b0-0000-7000-8000-000000000a01';
export const COURIER_ID = '0190a0b0-0000-7000-8000-000000000a02';

export const FINANCE_PERMISSIONS = [
  'cod-remittances:read',
  'cod-remittances:write',
  'cod-remittances:confirm',
  'org-units:read',
  'orders:read',
];

export const guangzhou = {
  id: TERRITORY_ID,
  code: 'GD-GZ',
  name: '广州市',
  kind: 'city',
  parentId: null,
  status: 'active',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export function fakeRemittanceSummary(overrides: Partial<RemittanceSummary> = {}): RemittanceSummary {
  return {
    id: REMITTANCE_ID,
    number: 'REM-20261128-0001',
    orgUnitId: TERRITORY_ID,
    courierId: null,
    businessDay: '2026-11-28',
    status: 'awaiting_cash',
    currency: 'CNY',
    orderCount: 1,
    expectedAmount: 7800,
    handedInAmount: null,
    difference: null,
    discrepancyReason: null,
    resolution: null,
    version: 1,
    createdAt: '2026-11-28T10:00:00.000Z',
    ...overrides,
  };
}

export function fakeRemittance(overrides: Partial<Remittance> = {}): Remittance {
  return {
    ...fakeRemittanceSummary(),
    handedInAt: null,
    confirmedAt: null,
    resolvedAt: null,
    lines: [
      {
        orderId: ORDER_ID,
        orderNumber: 'SO-20261128-0001',
        codCollectionId: '0190a0b0-0000-7000-8000-000000000a03',
        amount: 7800,
        expectedAmount: 7800,
        collectedBy: COURIER_ID,
      },
    ],
    history: [
      {
        action: 'created',
        from: null,
        to: 'awaiting_cash',
        note: null,
        data: {},
        actorKind: 'user',
        actorId: null,
        actorLabel: '财务小周',
        occurredAt: '2026-11-28T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
