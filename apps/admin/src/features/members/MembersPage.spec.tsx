import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { CUSTOMER_ID, page } from '../orders/order-fixtures';
import { memberListSpec, toCustomerQuery } from './member-list-state';

const maskedCustomer = {
  id: CUSTOMER_ID,
  number: 'C-000002',
  name: '王芳',
  phone: '139****0002',
  masked: true,
  source: 'customer_service',
  tags: ['老客户'],
  territoryId: null,
  status: 'active',
  defaultAddress: {
    id: 'a1',
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
  },
  membership: {
    id: 'm1',
    number: 'M-000002',
    joinedAt: '2026-11-01T00:00:00.000Z',
    level: { id: 'l1', nameZh: '银卡会员', nameEn: 'Silver' },
  },
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
};

describe('member list state', () => {
  it('turns "members" into member=true and keeps the search', () => {
    const state = readUrlState(memberListSpec, new URLSearchParams('membership=members&q=王&source=nobody'));
    expect(toCustomerQuery(state, undefined)).toMatchObject({
      member: true,
      q: '王',
      source: undefined,
      count: true,
    });
  });
});

describe('MembersPage', () => {
  it('lists customers as the API masks them, with their level, linking to the customer page', async () => {
    const fetchMock = signIn(fakeUser({ permissions: ['customers:read', 'org-units:read'] }), {
      'GET /api/v1/customers': page(maskedCustomer),
      'GET /api/v1/org-units': page(),
    });
    const { router } = renderApp('/orders/members?membership=members');
    const link = await screen.findByRole('link', { name: '王芳' }, { timeout: 12_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('139****0002');
    expect(row.textContent).toContain('银卡会员');
    expect(row.textContent).toContain('广州市');
    expect(screen.getByText('部分个人信息已按权限隐藏。')).toBeTruthy();
    const url = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((u) => u.pathname === '/api/v1/customers')!;
    expect(url.searchParams.get('member')).toBe('true');
    // No member-levels:read: no link to the levels.
    expect(screen.queryByRole('link', { name: '会员等级' })).toBeNull();
    fireEvent.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/members/${CUSTOMER_ID}`));
  });
});
