import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const LIST = '0190a0b0-0000-7000-8000-000000000701';
const SKU_A = '0190a0b0-0000-7000-8000-000000000101';
const SKU_B = '0190a0b0-0000-7000-8000-000000000102';
const planner = fakeUser({
  permissions: ['purchase-lists:read', 'purchase-lists:write', 'purchase-orders:read', 'warehouses:read'],
});

const line = (overrides = {}) => ({
  id: '0190a0b0-0000-7000-8000-000000000711',
  skuId: SKU_A,
  skuCode: 'DEMO-CABLE-1M',
  skuName: '1 米',
  supplierId: null,
  shippedQuantity: 300,
  windowDays: 30,
  velocityPerDay: 10,
  leadTimeDays: 7,
  reviewDays: 7,
  coverageDays: 14,
  expectedDemand: 140,
  safetyStock: 20,
  reorderPoint: 90,
  reserved: 15,
  onHand: 60,
  inTransit: 25,
  openPurchaseQuantity: 25,
  belowReorderPoint: true,
  suggestedQuantity: 90,
  quantity: 90,
  unitPrice: 500,
  ...overrides,
});

const list = (overrides = {}) => ({
  id: LIST,
  number: 'PL-20261127-0001',
  regionId: null,
  windowDays: 30,
  reviewDays: 7,
  status: 'draft',
  approvedBy: null,
  approvedAt: null,
  purchaseOrderIds: [],
  lineCount: 2,
  linesToBuy: 1,
  totalQuantity: 90,
  estimatedAmount: 45000,
  currency: 'CNY',
  version: 3,
  createdAt: '2026-11-27T08:00:00.000Z',
  lines: [
    line(),
    line({
      id: '0190a0b0-0000-7000-8000-000000000712',
      skuId: SKU_B,
      skuCode: 'DEMO-CABLE-2M',
      skuName: '2 米',
      belowReorderPoint: false,
      suggestedQuantity: 0,
      quantity: 0,
      onHand: 500,
    }),
  ],
  ...overrides,
});

describe('PurchaseListPage', () => {
  it('shows every number behind a suggestion and saves an edited quantity with If-Match', async () => {
    const current = { value: list() };
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    signIn(planner, {
      [`GET /api/v1/purchase-lists/${LIST}`]: () => json(200, current.value),
      [`PATCH /api/v1/purchase-lists/${LIST}`]: async (request: Request) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        current.value = list({
          version: 4,
          totalQuantity: 120,
          lines: [line({ quantity: 120 }), list().lines[1]],
        });
        return json(200, current.value);
      },
      'GET /api/v1/warehouses': { data: [], nextCursor: null },
    });
    renderApp(`/purchasing/purchase-lists/${LIST}`);
    const table = await screen.findByTestId('purchase-list-lines', undefined, { timeout: 12_000 });
    const row = within(table).getByText('DEMO-CABLE-1M · 1 米').closest('tr')!;
    // velocity, lead time, expected demand, safety stock, reserved, on hand, in transit, suggested
    for (const figure of ['10', '7 天', '140', '20', '15', '60', '25', '90'])
      expect(within(row).getAllByText(figure).length).toBeGreaterThan(0);
    expect(within(row).getByText('低于补货点')).toBeTruthy();

    const quantity = within(table).getByLabelText('DEMO-CABLE-1M 采购数量') as HTMLInputElement;
    expect(quantity.value).toBe('90');
    fireEvent.change(quantity, { target: { value: '120' } });
    expect(await screen.findByText('有 1 行数量未保存')).toBeTruthy();
    expect((screen.getByRole('button', { name: '审批并生成采购单' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: '保存数量' }));
    await waitFor(() =>
      expect(sent).toEqual({ body: { lines: [{ skuId: SKU_A, quantity: 120 }] }, ifMatch: '"3"' }),
    );
    await waitFor(() => expect(screen.getByTestId('purchase-list-total-quantity').textContent).toBe('120'));
    expect(screen.queryByText('有 1 行数量未保存')).toBeNull();
  });

  it('links an approved list to the draft purchase orders it created, and no longer edits', async () => {
    const ORDER = '0190a0b0-0000-7000-8000-000000000501';
    signIn(planner, {
      [`GET /api/v1/purchase-lists/${LIST}`]: list({
        status: 'approved',
        approvedAt: '2026-11-27T09:00:00.000Z',
        purchaseOrderIds: [ORDER],
      }),
      [`GET /api/v1/purchase-orders/${ORDER}`]: { id: ORDER, number: 'PO-20261127-0009', status: 'draft' },
    });
    renderApp(`/purchasing/purchase-lists/${LIST}`);
    const orders = await screen.findByTestId('purchase-list-orders', undefined, { timeout: 12_000 });
    const link = await within(orders).findByRole('link', { name: 'PO-20261127-0009' });
    expect(link.getAttribute('href')).toBe(`/purchasing/purchase-orders/${ORDER}`);
    expect(screen.queryByLabelText('DEMO-CABLE-1M 采购数量')).toBeNull();
  });
});
