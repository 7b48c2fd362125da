import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { CUSTOMER_ID, fakeOrderSummary, page } from '../orders/order-fixtures';
import { fakeTicketSummary } from '../support/support-fixtures';

const maskedAddress = {
  id: '0190a0b0-0000-7000-8000-000000000802',
  provinceCode: '440000',
  provinceName: '广东省',
  cityCode: '440100',
  cityName: '广州市',
  districtCode: '440104',
  districtName: '越秀区',
  detail: null,
  recipientName: '王*',
  recipientPhone: '139****0002',
  isDefault: true,
};
const customer = {
  id: CUSTOMER_ID,
  number: 'C-000002',
  name: '王芳',
  phone: '139****0002',
  masked: true,
  source: 'customer_service',
  tags: ['示例数据'],
  territoryId: null,
  status: 'active',
  defaultAddress: maskedAddress,
  membership: {
    id: 'm1',
    number: 'M-000002',
    joinedAt: '2026-11-01T00:00:00.000Z',
    level: { id: 'l1', nameZh: '银卡会员', nameEn: 'Silver' },
  },
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  email: null,
  gender: null,
  birthday: null,
  territorySource: 'address',
  marketingConsent: { granted: false, at: null, channel: null },
  addresses: [maskedAddress],
  mergedIntoId: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
};

describe('CustomerPage', () => {
  it('shows the masked profile, addresses, orders and the rebate balance', async () => {
    signIn(fakeUser({ permissions: ['customers:read', 'orders:read', 'rebates:read'] }), {
      [`GET /api/v1/customers/${CUSTOMER_ID}`]: customer,
      'GET /api/v1/orders': page(fakeOrderSummary()),
      [`GET /api/v1/customers/${CUSTOMER_ID}/rebates`]: {
        balance: 1250,
        currency: 'CNY',
        data: [],
        nextCursor: null,
      },
    });
    renderApp(`/orders/members/${CUSTOMER_ID}`);
    expect(
      await screen.findByText('部分个人信息已按权限隐藏。', undefined, { timeout: 12_000 }),
    ).toBeTruthy();
    expect(screen.getAllByText('139****0002').length).toBeGreaterThan(0);
    expect(screen.getByText(/M-000002 · 银卡会员/)).toBeTruthy();
    expect(
      await within(await screen.findByTestId('customer-orders')).findByText('SO-20261128-0001'),
    ).toBeTruthy();
    expect((await screen.findByTestId('rebate-balance')).textContent).toContain('¥12.50');
    // Without orders:create there is no way to take an order here.
    expect(screen.queryByRole('button', { name: /新建订单/ })).toBeNull();
  });

  it('lists the customer’s support tickets for roles that read tickets', async () => {
    signIn(fakeUser({ permissions: ['customers:read', 'tickets:read'] }), {
      [`GET /api/v1/customers/${CUSTOMER_ID}`]: customer,
      'GET /api/v1/tickets': page(fakeTicketSummary({ customerId: CUSTOMER_ID })),
    });
    renderApp(`/orders/members/${CUSTOMER_ID}`);
    const tickets = await screen.findByTestId('customer-tickets', undefined, { timeout: 12_000 });
    expect(await within(tickets).findByText('TK-20261128-0001')).toBeTruthy();
    expect(within(tickets).getByText('快递三天没有更新')).toBeTruthy();
    // Without orders:read the orders card is not offered at all.
    expect(screen.queryByTestId('customer-orders')).toBeNull();
  });
});
