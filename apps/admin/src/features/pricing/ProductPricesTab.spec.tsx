import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../app/query-client';
import { authKeys } from '../../auth/auth.api';
import { renderInConsole } from '../../test/render-app';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { CATALOG_MANAGER_PERMISSIONS, fakeProduct, SKU_ID } from '../products/product-fixtures';
import { ProductPricesTab } from './ProductPricesTab';

const page = (...data: unknown[]) => ({ data, nextCursor: null });
const record = (overrides = {}) => ({
  id: 'r1',
  skuId: SKU_ID,
  channel: 'website',
  amount: 3990,
  currency: 'CNY',
  effectiveFrom: '2026-01-01T00:00:00.000Z',
  status: 'active',
  approvalRequestId: null,
  reason: null,
  createdBy: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

function renderTab(routes: Record<string, unknown> = {}) {
  const me = fakeUser({ permissions: CATALOG_MANAGER_PERMISSIONS });
  const fetchMock = signIn(me, {
    [`GET /api/v1/skus/${SKU_ID}/prices`]: page(record()),
    [`GET /api/v1/skus/${SKU_ID}/cost`]: json(404, problem(404, 'COST_UNKNOWN')),
    [`GET /api/v1/skus/${SKU_ID}/competitor-prices`]: page(),
    [`GET /api/v1/skus/${SKU_ID}/suggested-price`]: {
      amount: 3590,
      floor: 2750,
      currency: 'CNY',
      reasoning: ['成本 ¥25.00，目标毛利 30% → ¥32.50', '京东自营 ¥35.90'],
    },
    ...routes,
  });
  const queryClient = createQueryClient();
  queryClient.setQueryData(authKeys.me, me);
  renderInConsole(<ProductPricesTab product={fakeProduct()} />, queryClient);
  return fetchMock;
}

describe('ProductPricesTab', () => {
  it('shows the current price, the history, the suggestion with its reasoning, and no cost yet', async () => {
    renderTab();
    expect((await screen.findAllByText('¥39.90')).length).toBeGreaterThan(0);
    expect(await screen.findByText('生效中')).toBeTruthy();
    expect(await screen.findByText('京东自营 ¥35.90')).toBeTruthy();
    expect(screen.getByText('¥35.90')).toBeTruthy();
    expect(await screen.findByText(/还没有成本/)).toBeTruthy();
  });

  it('sends the yuan typed as whole 分, never through a float', async () => {
    let sent: unknown;
    renderTab({
      [`POST /api/v1/skus/${SKU_ID}/prices`]: async (request: Request) => {
        sent = await request.json();
        return json(201, record({ id: 'r2', amount: 1999 }));
      },
    });
    const amount = await waitFor(() => document.getElementById('set-price_amount')!);
    fireEvent.change(amount, { target: { value: '19.99' } });
    fireEvent.submit(amount.closest('form')!);
    await waitFor(() => expect(sent).toEqual({ channel: 'website', amount: 1999 }));
  });

  it('says a price below the margin waits for the general manager', async () => {
    renderTab({
      [`POST /api/v1/skus/${SKU_ID}/prices`]: json(
        201,
        record({ id: 'r3', amount: 100, status: 'pending_approval' }),
      ),
    });
    const amount = await waitFor(() => document.getElementById('set-price_amount')!);
    fireEvent.change(amount, { target: { value: '1' } });
    fireEvent.submit(amount.closest('form')!);
    expect((await screen.findAllByText('价格低于最低毛利，已提交总经理审批')).length).toBeGreaterThan(0);
  });

  it('refuses an amount with more than two decimals before sending anything', async () => {
    const fetchMock = renderTab();
    const amount = await waitFor(() => document.getElementById('set-price_amount')!);
    fireEvent.change(amount, { target: { value: '19.999' } });
    fireEvent.submit(amount.closest('form')!);
    expect(await screen.findByText('请输入不小于 0 的金额，最多两位小数（如 49.90）')).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(([r]) => (r as Request).method === 'POST');
    expect(posts).toEqual([]);
  });
});
