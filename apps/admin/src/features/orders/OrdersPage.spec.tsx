import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { AGENT_PERMISSIONS, fakeOrderSummary, page } from './order-fixtures';
import { orderListSpec, toOrderQuery } from './order-list-state';
import { readUrlState } from '../../shared/url-state/url-state';

const agent = fakeUser({ permissions: AGENT_PERMISSIONS });

function stubOrders(routes = {}) {
  return signIn(agent, {
    'GET /api/v1/orders': page(fakeOrderSummary()),
    'GET /api/v1/org-units': page(),
    ...routes,
  });
}

const requested = (fetchMock: ReturnType<typeof stubOrders>) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === '/api/v1/orders');

describe('order list state', () => {
  it('reads the filters from the URL and turns the days into instants, the last day included', () => {
    const state = readUrlState(
      orderListSpec,
      new URLSearchParams('status=shipped&paymentMethod=cod&from=2026-11-01&to=2026-11-30&q=SO-2026&bogus=1'),
    );
    const query = toOrderQuery(state, undefined);
    expect(query).toMatchObject({ status: 'shipped', paymentMethod: 'cod', q: 'SO-2026', count: true });
    expect(new Date(query.placedFrom!).getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(query.placedTo!).getTime()).toBe(new Date(2026, 11, 1).getTime());
  });

  it('ignores values that are not allowed', () => {
    const state = readUrlState(
      orderListSpec,
      new URLSearchParams('status=lost&paymentMethod=cash&from=yesterday'),
    );
    expect(state).toMatchObject({ status: undefined, paymentMethod: undefined, from: undefined });
  });
});

describe('OrdersPage', () => {
  it('lists orders with status and total in ¥, filtered by what the URL holds', async () => {
    const fetchMock = stubOrders();
    renderApp('/orders/sales-orders?status=confirmed&paymentMethod=cod&q=SO-2026');
    const link = await screen.findByRole('link', { name: 'SO-20261128-0001' }, { timeout: 12_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('已确认');
    expect(row.textContent).toContain('¥78.00');
    expect(row.textContent).toContain('货到付款');
    const first = requested(fetchMock)[0]!;
    expect(first.searchParams.get('status')).toBe('confirmed');
    expect(first.searchParams.get('paymentMethod')).toBe('cod');
    expect(first.searchParams.get('q')).toBe('SO-2026');
  });

  it('puts a new search in the URL and keeps the other filters; clearing drops them all', async () => {
    const fetchMock = stubOrders();
    const { router } = renderApp('/orders/sales-orders?status=confirmed');
    await screen.findByRole('link', { name: 'SO-20261128-0001' }, { timeout: 12_000 });
    const search = screen.getByLabelText('订单号或收货人手机号');
    fireEvent.change(search, { target: { value: '5678' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(router.state.location.search).toContain('q=5678'));
    expect(router.state.location.search).toContain('status=confirmed');
    await waitFor(() =>
      expect(requested(fetchMock).some((url) => url.searchParams.get('q') === '5678')).toBe(true),
    );
    fireEvent.click(screen.getAllByRole('button', { name: '清除筛选' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('says when nothing matches, and offers to clear the filters', async () => {
    stubOrders({ 'GET /api/v1/orders': page() });
    renderApp('/orders/sales-orders?status=cancelled');
    expect(await screen.findByText('没有符合条件的订单', undefined, { timeout: 12_000 })).toBeTruthy();
  });

  it('shows a failed load with a way to retry', async () => {
    stubOrders({ 'GET /api/v1/orders': json(503, problem(503, 'SERVICE_UNAVAILABLE', 'Database is down')) });
    renderApp('/orders/sales-orders');
    expect(await screen.findByText('Database is down', undefined, { timeout: 12_000 })).toBeTruthy();
  });
});
