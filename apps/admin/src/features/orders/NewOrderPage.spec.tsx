import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  ADDRESS_ID,
  AGENT_PERMISSIONS,
  CUSTOMER_ID,
  fakeOrder,
  ORDER_ID,
  page,
  SKU_ID,
  TERRITORY_ID,
  WAREHOUSE_ID,
} from './order-fixtures';
import { completeLines, missingForOrder, toNewOrder } from './phone-order';

const agent = fakeUser({ permissions: AGENT_PERMISSIONS });

const address = {
  id: ADDRESS_ID,
  provinceCode: '440000',
  provinceName: '广东省',
  cityCode: '440100',
  cityName: '广州市',
  districtCode: '440104',
  districtName: '越秀区',
  detail: '北京路 22 号（示例地址）',
  recipientName: '王芳',
  recipientPhone: '13900000002',
  isDefault: true,
};
const customer = {
  id: CUSTOMER_ID,
  number: 'C-000002',
  name: '王芳',
  phone: '13900000002',
  masked: false,
  source: 'customer_service',
  tags: [],
  territoryId: TERRITORY_ID,
  status: 'active',
  defaultAddress: address,
  membership: null,
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  email: null,
  gender: null,
  birthday: null,
  territorySource: 'address',
  marketingConsent: { granted: false, at: null, channel: null },
  addresses: [address],
  mergedIntoId: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
};
const stockLevel = {
  id: 'sl1',
  skuId: SKU_ID,
  skuCode: 'DEMO-HOLDER-CAR',
  skuName: '出风口款',
  warehouseId: WAREHOUSE_ID,
  warehouseCode: 'GZ-01',
  warehouseName: '广州白云仓（演示）',
  regionId: TERRITORY_ID,
  onHand: 40,
  reserved: 0,
  available: 40,
  inTransit: 0,
  reorderPoint: 10,
  safetyStock: 5,
  low: false,
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
};
const quoteFor = (quantity: number) => ({
  currency: 'CNY',
  channel: 'website',
  lines: [
    {
      skuId: SKU_ID,
      skuCode: 'DEMO-HOLDER-CAR',
      productName: '演示款 车载手机支架',
      quantity,
      unitPrice: 3900,
      listAmount: 3900 * quantity,
      discounts: [],
      amount: 3900 * quantity,
    },
  ],
  listTotal: 3900 * quantity,
  discountTotal: 0,
  total: 3900 * quantity,
  applied: [],
  notApplied: [],
  quotedAt: '2026-11-28T02:00:00.000Z',
});

describe('phone order values', () => {
  it('sends only complete lines, the saved address by id, and never a price', () => {
    const values = {
      customerId: CUSTOMER_ID,
      address: { kind: 'saved' as const, addressId: ADDRESS_ID },
      lines: [{ key: 1, skuId: SKU_ID, quantity: 2 }],
      paymentMethod: 'cod' as const,
      note: '  ',
    };
    expect(missingForOrder(values)).toEqual([]);
    expect(toNewOrder(values)).toEqual({
      customerId: CUSTOMER_ID,
      channel: 'website',
      paymentMethod: 'cod',
      shippingAddress: { addressId: ADDRESS_ID },
      lines: [{ skuId: SKU_ID, quantity: 2 }],
      note: undefined,
    });
  });

  it('says what is missing', () => {
    expect(
      missingForOrder({
        lines: [
          { key: 1, skuId: SKU_ID, quantity: 1 },
          { key: 2, skuId: SKU_ID, quantity: null },
        ],
        paymentMethod: 'cod',
        note: '',
      }),
    ).toEqual(['customerRequired', 'addressRequired', 'linesRequired', 'skuRepeated']);
    expect(completeLines([{ key: 1, skuId: SKU_ID, quantity: 0 }])).toEqual([]);
  });
});

describe('NewOrderPage', () => {
  it('shows stock and the live quote, and retries a failed placement with the same Idempotency-Key', async () => {
    const quoteRequests: unknown[] = [];
    const keys: Array<string | null> = [];
    let sent: unknown;
    signIn(agent, {
      [`GET /api/v1/customers/${CUSTOMER_ID}`]: customer,
      'GET /api/v1/customers': page(customer),
      'GET /api/v1/territory-cities': {
        data: [
          {
            id: 't1',
            cityCode: '440100',
            cityName: '广州市',
            orgUnitId: TERRITORY_ID,
            version: 1,
            updatedAt: '',
          },
        ],
      },
      'GET /api/v1/stock-levels': page(stockLevel),
      'GET /api/v1/products': page(),
      'POST /api/v1/price-quotes': async (request: Request) => {
        const body = (await request.json()) as { lines: Array<{ quantity: number }> };
        quoteRequests.push(body);
        return json(200, quoteFor(body.lines[0]!.quantity));
      },
      'POST /api/v1/orders': async (request: Request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        sent = await request.json();
        // The first answer is lost on the way (a gateway timeout); the retry gets the order.
        if (keys.length === 1) return json(504, problem(504, 'GATEWAY_TIMEOUT', 'Gateway timeout'));
        return json(201, fakeOrder());
      },
      [`GET /api/v1/orders/${ORDER_ID}`]: fakeOrder(),
    });
    const { router } = renderApp(`/orders/sales-orders/new?customerId=${CUSTOMER_ID}&skuId=${SKU_ID}`);

    const card = await screen.findByTestId('phone-order-customer-card', undefined, { timeout: 12_000 });
    expect(within(card).getByText(/北京路 22 号/)).toBeTruthy();
    expect(await screen.findByText('可用 40（广州白云仓（演示））')).toBeTruthy();
    expect((await screen.findByTestId('quote-total')).textContent).toBe('¥39.00');
    expect(quoteRequests[0]).toMatchObject({
      channel: 'website',
      regionId: TERRITORY_ID,
      customerId: CUSTOMER_ID,
    });

    fireEvent.change(screen.getByLabelText('第 1 行数量'), { target: { value: '2' } });
    await waitFor(() => expect(screen.getByTestId('quote-total').textContent).toBe('¥78.00'));

    fireEvent.click(screen.getByRole('button', { name: '提交订单' }));
    expect(await screen.findByTestId('phone-order-problem')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重新提交' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/sales-orders/${ORDER_ID}`));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^phone-order-/);
    expect(keys[1]).toBe(keys[0]);
    expect(sent).toEqual({
      customerId: CUSTOMER_ID,
      channel: 'website',
      paymentMethod: 'cod',
      shippingAddress: { addressId: ADDRESS_ID },
      lines: [{ skuId: SKU_ID, quantity: 2 }],
    });
    expect(await screen.findByText('订单 SO-20261128-0001')).toBeTruthy();
    expect(within(screen.getByTestId('order-status')).getByText('已确认')).toBeTruthy();
  });

  it('does not place an order without a customer', async () => {
    const fetchMock = signIn(agent, {
      'GET /api/v1/territory-cities': { data: [] },
      'GET /api/v1/products': page(),
    });
    renderApp('/orders/sales-orders/new');
    fireEvent.click(await screen.findByRole('button', { name: '提交订单' }, { timeout: 12_000 }));
    expect(await screen.findByText(/请选择客户/)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([r]) => (r as Request).method === 'POST')).toBe(false);
  });
});
