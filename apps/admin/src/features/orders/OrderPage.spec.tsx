import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { AGENT_PERMISSIONS, fakeOrder, ORDER_ID } from './order-fixtures';
import { orderTimelineItems } from './order-timeline';

const agent = fakeUser({ permissions: AGENT_PERMISSIONS });
const cityManager = fakeUser({ permissions: ['orders:read', 'orders:fulfil'] });

const allocated = {
  id: 'e2',
  action: 'allocated',
  from: 'confirmed',
  to: 'allocated',
  note: null,
  data: {},
  actorKind: 'user' as const,
  actorId: null,
  actorLabel: '城市经理老陈',
  occurredAt: '2026-11-28T04:00:00.000Z',
};
const note = {
  id: 'n1',
  text: '客户要求下午送货',
  internal: true,
  authorLabel: '客服小李',
  createdAt: '2026-11-28T03:00:00.000Z',
};

describe('order timeline', () => {
  it('puts status changes and notes on one line, oldest first', () => {
    const order = fakeOrder();
    const items = orderTimelineItems([allocated, ...order.timeline], [note]);
    expect(items.map((item) => item.id)).toEqual([order.timeline[0]!.id, 'n1', 'e2']);
  });
});

describe('OrderPage', () => {
  it('shows the timeline with notes, and adds an internal note', async () => {
    let posted: unknown;
    const current = {
      value: fakeOrder({ timeline: [...fakeOrder().timeline, allocated], status: 'allocated' }),
    };
    signIn(agent, {
      [`GET /api/v1/orders/${ORDER_ID}`]: () => json(200, current.value),
      [`POST /api/v1/orders/${ORDER_ID}/notes`]: async (request: Request) => {
        posted = await request.json();
        current.value = { ...current.value, notes: [note] };
        return json(201, note);
      },
    });
    renderApp(`/orders/sales-orders/${ORDER_ID}`);
    const timeline = await screen.findByTestId('order-timeline', undefined, { timeout: 12_000 });
    expect(within(timeline).getByText('下单')).toBeTruthy();
    expect(within(timeline).getByText('配货')).toBeTruthy();
    expect(within(timeline).getByText(/城市经理老陈/)).toBeTruthy();
    expect(screen.getByTestId('order-total').textContent).toContain('¥78.00');

    fireEvent.change(screen.getByLabelText('备注内容'), { target: { value: '客户要求下午送货' } });
    fireEvent.click(screen.getByRole('button', { name: '添加备注' }));
    await waitFor(() => expect(posted).toEqual({ text: '客户要求下午送货', internal: true }));
    expect(await within(screen.getByTestId('order-timeline')).findByText('客户要求下午送货')).toBeTruthy();
    expect(within(screen.getByTestId('order-timeline')).getByText('内部备注')).toBeTruthy();
    // A customer-service agent cancels but does not ship.
    expect(screen.getByRole('button', { name: '取消订单' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /发\s*货/ })).toBeNull();
  });

  it('sends the version it read, and shows a refusal', async () => {
    let ifMatch: string | null = null;
    signIn(cityManager, {
      [`GET /api/v1/orders/${ORDER_ID}`]: fakeOrder({ version: 4 }),
      [`POST /api/v1/orders/${ORDER_ID}/allocate`]: (request: Request) => {
        ifMatch = request.headers.get('If-Match');
        return json(409, problem(409, 'ORDER_TRANSITION_NOT_ALLOWED', 'cannot allocate a cancelled order'));
      },
    });
    renderApp(`/orders/sales-orders/${ORDER_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: /配\s*货/ }, { timeout: 12_000 }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /配\s*货/ }));
    expect(await screen.findByTestId('order-refusal')).toBeTruthy();
    expect(screen.getByText('订单当前的状态不允许这个操作，请刷新后查看。')).toBeTruthy();
    expect(ifMatch).toBe('"4"');
  });
});
