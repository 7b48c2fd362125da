import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { fakeOrder, ORDER_ID } from '../orders/order-fixtures';
import type { ReturnRequest } from './returns.api';
import { fakeReturn, LEAD_PERMISSIONS, ORDER_LINE_ID, RETURN_ID, RETURN_LINE_ID } from './return-fixtures';

const lead = fakeUser({ permissions: LEAD_PERMISSIONS });
const warehouse = fakeUser({ permissions: ['returns:read', 'returns:inspect'] });
const path = `/orders/returns/${RETURN_ID}`;

function stubReturn(user = lead, start: ReturnRequest = fakeReturn()) {
  const current = { value: start };
  const sent: Array<{ step: string; body: unknown; ifMatch: string | null }> = [];
  const step =
    (next: (body: Record<string, unknown>) => Partial<ReturnRequest>) => async (request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push({
        step: new URL(request.url).pathname.split('/').at(-1)!,
        body,
        ifMatch: request.headers.get('If-Match'),
      });
      current.value = { ...current.value, ...next(body), version: current.value.version + 1 };
      return json(200, current.value);
    };
  signIn(user, {
    [`GET /api/v1/returns/${RETURN_ID}`]: () => json(200, current.value),
    [`GET /api/v1/orders/${ORDER_ID}`]: fakeOrder({ status: 'delivered' }),
    [`POST /api/v1/returns/${RETURN_ID}/approve`]: step(() => ({ status: 'approved' })),
    [`POST /api/v1/returns/${RETURN_ID}/reject`]: step((body) => ({
      status: 'rejected',
      rejectReason: body.reason as string,
    })),
    [`POST /api/v1/returns/${RETURN_ID}/inspect`]: step(() => ({
      status: 'inspected',
      lines: current.value.lines.map((l) => ({ ...l, disposition: 'scrap' as const })),
    })),
  });
  return sent;
}

describe('ReturnPage', () => {
  it('names the SKUs from the order, and approves with the version read', async () => {
    const sent = stubReturn();
    renderApp(path);
    const lines = await screen.findByTestId('return-lines', undefined, { timeout: 12_000 });
    expect(await within(lines).findByText('DEMO-HOLDER-CAR · 演示款 车载手机支架')).toBeTruthy();
    expect(within(lines).getByText('七天无理由')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'SO-20261128-0001' })).toBeTruthy();
    // A lead approves or rejects; receiving is the warehouse's.
    expect(screen.queryByRole('button', { name: '确认收货' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /同\s*意/ }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /同\s*意/ }));
    await waitFor(() => expect(sent[0]).toMatchObject({ step: 'approve', ifMatch: '"1"' }));
    expect(await screen.findByText('已同意', { selector: '.ant-tag' })).toBeTruthy();
  }, 30_000);

  it('rejects with a reason', async () => {
    const sent = stubReturn();
    renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: /拒\s*绝/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('拒绝原因'), { target: { value: '已超过七天' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /拒\s*绝/ }));
    await waitFor(() => expect(sent[0]).toMatchObject({ step: 'reject', body: { reason: '已超过七天' } }));
    expect(await screen.findByText('已拒绝', { selector: '.ant-tag' })).toBeTruthy();
    expect(screen.getAllByText('已超过七天').length).toBeGreaterThan(0);
  }, 30_000);

  it('inspects each line as restocked or scrapped', async () => {
    const sent = stubReturn(warehouse, fakeReturn({ status: 'received', version: 3 }));
    renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: /质\s*检/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: '报废' }));
    fireEvent.click(within(dialog).getByRole('button', { name: /质\s*检/ }));
    await waitFor(() =>
      expect(sent[0]).toMatchObject({
        step: 'inspect',
        body: { lines: [{ returnLineId: RETURN_LINE_ID, disposition: 'scrap' }] },
        ifMatch: '"3"',
      }),
    );
    // Without orders:read the page still shows the return (the SKU by id).
    expect(screen.queryByRole('link', { name: 'SO-20261128-0001' })).toBeNull();
  }, 30_000);
});

describe('requesting a return from the order page', () => {
  it('sends the chosen units with the reason and opens the new return', async () => {
    let posted: unknown;
    signIn(lead, {
      [`GET /api/v1/orders/${ORDER_ID}`]: fakeOrder({ status: 'delivered' }),
      'POST /api/v1/returns': async (request: Request) => {
        posted = await request.json();
        return json(201, fakeReturn());
      },
      [`GET /api/v1/returns/${RETURN_ID}`]: fakeReturn(),
    });
    const { router } = renderApp(`/orders/sales-orders/${ORDER_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: '申请售后' }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    const submit = within(dialog).getByRole('button', { name: '提交申请' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('DEMO-HOLDER-CAR 退回数量'), { target: { value: '1' } });
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '七天无理由' } });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(posted).toEqual({
        orderId: ORDER_ID,
        kind: 'return',
        lines: [{ orderLineId: ORDER_LINE_ID, quantity: 1, reason: '七天无理由' }],
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(path));
  }, 30_000);

  it('shows why the API refused it', async () => {
    signIn(lead, {
      [`GET /api/v1/orders/${ORDER_ID}`]: fakeOrder({ status: 'delivered' }),
      'POST /api/v1/returns': json(422, problem(422, 'RETURN_WINDOW_CLOSED', 'closed')),
    });
    renderApp(`/orders/sales-orders/${ORDER_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: '申请售后' }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('DEMO-HOLDER-CAR 退回数量'), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '质量问题' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交申请' }));
    expect(await within(dialog).findByText('这张订单的售后期已过。')).toBeTruthy();
  }, 30_000);
});
