import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const ORDER = '0190a0b0-0000-7000-8000-000000000501';
const LINE = '0190a0b0-0000-7000-8000-000000000502';
const buyer = fakeUser({
  permissions: [
    'purchase-orders:read',
    'purchase-orders:write',
    'goods-receipts:write',
    'warehouses:read',
    'approvals:use',
  ],
});

const order = (overrides = {}) => ({
  id: ORDER,
  number: 'PO-20261127-0001',
  supplierId: '0190a0b0-0000-7000-8000-000000000601',
  supplierName: '演示 东莞华芯配件厂',
  warehouseId: '0190a0b0-0000-7000-8000-000000000201',
  status: 'sent',
  currency: 'CNY',
  totalAmount: 30000,
  expectedDate: null,
  version: 3,
  createdAt: '2026-11-27T08:00:00.000Z',
  note: null,
  approvalRequestId: null,
  sourceType: null,
  sourceId: null,
  submittedAt: '2026-11-27T08:01:00.000Z',
  approvedAt: '2026-11-27T08:01:00.000Z',
  sentAt: '2026-11-27T08:02:00.000Z',
  receivedAt: null,
  closedAt: null,
  cancelledAt: null,
  cancelReason: null,
  lines: [
    {
      id: LINE,
      lineNo: 1,
      skuId: '0190a0b0-0000-7000-8000-000000000101',
      skuCode: 'DEMO-HOLDER-CAR',
      skuName: '出风口款',
      quantity: 20,
      unitPrice: 1500,
      lineAmount: 30000,
      receivedQuantity: 0,
      outstandingQuantity: 20,
    },
  ],
  ...overrides,
});

function stubOrder(current: { value: ReturnType<typeof order> }, routes = {}) {
  return signIn(buyer, {
    [`GET /api/v1/purchase-orders/${ORDER}`]: () => json(200, current.value),
    [`GET /api/v1/purchase-orders/${ORDER}/history`]: [],
    [`GET /api/v1/purchase-orders/${ORDER}/receipts`]: [],
    'GET /api/v1/warehouses': { data: [], nextCursor: null },
    ...routes,
  });
}

describe('PurchaseOrderPage', () => {
  it('receives what is outstanding through the receipt form and shows the order received', async () => {
    const current = { value: order() };
    let sent: unknown;
    stubOrder(current, {
      [`POST /api/v1/purchase-orders/${ORDER}/receipts`]: async (request: Request) => {
        sent = await request.json();
        current.value = order({
          status: 'received',
          lines: [{ ...order().lines[0], receivedQuantity: 20, outstandingQuantity: 0 }],
        });
        return json(201, {
          id: 'r1',
          number: 'GR-20261127-0001',
          purchaseOrderId: ORDER,
          warehouseId: current.value.warehouseId,
          note: null,
          receivedBy: null,
          receivedAt: '2026-11-27T09:00:00.000Z',
          lines: [],
        });
      },
    });
    renderApp(`/purchasing/purchase-orders/${ORDER}`);
    expect(await screen.findByText('已发出', undefined, { timeout: 12_000 })).toBeTruthy();
    expect(screen.getByTestId('po-total').textContent).toBe('¥300.00');
    fireEvent.click(screen.getByRole('button', { name: /收\s*货/ }));
    const form = await screen.findByTestId('receipt-form');
    const quantity = within(form).getByLabelText('DEMO-HOLDER-CAR 本次收货数量') as HTMLInputElement;
    expect(quantity.value).toBe('20');
    fireEvent.click(within(form).getByRole('button', { name: '确认收货' }));
    await waitFor(() => expect(sent).toEqual({ lines: [{ purchaseOrderLineId: LINE, quantity: 20 }] }));
    expect(await within(screen.getByTestId('po-status')).findByText('已收货')).toBeTruthy();
  });

  it('says an order above the threshold waits for the general manager', async () => {
    stubOrder({ value: order({ status: 'pending_approval', totalAmount: 6_000_000 }) });
    renderApp(`/purchasing/purchase-orders/${ORDER}`);
    expect(await screen.findByTestId('po-pending-approval')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /收\s*货/ })).toBeNull();
  });
});
