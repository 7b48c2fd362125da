import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { ORDER_ID, page } from '../orders/order-fixtures';
import { fakeReturnSummary, LEAD_PERMISSIONS } from './return-fixtures';
import { returnListSpec, toReturnQuery } from './return-list-state';

const lead = fakeUser({ permissions: LEAD_PERMISSIONS });

describe('return list state', () => {
  it('reads status, kind and order from the URL, ignoring what is not allowed', () => {
    const state = readUrlState(
      returnListSpec,
      new URLSearchParams(`status=approved&kind=swap&orderId=${ORDER_ID}`),
    );
    expect(toReturnQuery(state, undefined)).toMatchObject({
      status: 'approved',
      kind: undefined,
      orderId: ORDER_ID,
      count: true,
    });
  });
});

describe('ReturnsPage', () => {
  it('lists returns filtered by the URL, and clears the filters', async () => {
    const fetchMock = signIn(lead, {
      'GET /api/v1/returns': page(fakeReturnSummary({ kind: 'exchange', status: 'approved' })),
    });
    const { router } = renderApp(`/orders/returns?status=approved&orderId=${ORDER_ID}`);
    const link = await screen.findByRole('link', { name: 'RMA-20261128-0001' }, { timeout: 12_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('换货');
    expect(row.textContent).toContain('已同意');
    expect(screen.getByText('仅显示该订单的售后')).toBeTruthy();
    const url = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((u) => u.pathname === '/api/v1/returns')!;
    expect(url.searchParams.get('status')).toBe('approved');
    expect(url.searchParams.get('orderId')).toBe(ORDER_ID);
    fireEvent.click(screen.getAllByRole('button', { name: '清除筛选' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('sends "request return" to the delivered orders, where it starts', async () => {
    signIn(lead, {
      'GET /api/v1/returns': page(),
      'GET /api/v1/orders': page(),
      'GET /api/v1/org-units': page(),
    });
    const { router } = renderApp('/orders/returns');
    expect(await screen.findByText('还没有售后申请', undefined, { timeout: 12_000 })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: /申请售后/ })[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/orders/sales-orders'));
    expect(router.state.location.search).toBe('?status=delivered');
  });
});
