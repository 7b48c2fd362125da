import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { orderEditBody } from './order-edit';
import { AGENT_PERMISSIONS, CUSTOMER_ID, fakeOrder, ORDER_ID, SKU_ID } from './order-fixtures';

const agent = fakeUser({ permissions: AGENT_PERMISSIONS });
const LINE_ID = fakeOrder().lines[0]!.id;

describe('orderEditBody', () => {
  it('sends only what changed, and nothing when no line would be left', () => {
    const order = fakeOrder();
    const none = { quantities: {}, addressId: undefined, reason: '' };
    expect(orderEditBody(order, none)).toBeUndefined();
    expect(orderEditBody(order, { ...none, quantities: { [LINE_ID]: 3 }, reason: ' 客户加购 ' })).toEqual({
      lines: [{ skuId: SKU_ID, quantity: 3 }],
      reason: '客户加购',
    });
    expect(orderEditBody(order, { ...none, quantities: { [LINE_ID]: 0 } })).toBeUndefined();
    expect(orderEditBody(order, { ...none, addressId: 'other' })).toEqual({
      shippingAddress: { addressId: 'other' },
    });
  });
});

describe('editing an order before shipment', () => {
  it('sends the new quantity with the version read and shows the re-quoted price', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    const edited = fakeOrder({
      version: 2,
      total: 11_700,
      listTotal: 11_700,
      priceDifference: 3900,
      lines: [{ ...fakeOrder().lines[0]!, quantity: 3, listAmount: 11_700, amount: 11_700 }],
    });
    let current = fakeOrder();
    signIn(agent, {
      [`GET /api/v1/orders/${ORDER_ID}`]: () => json(200, current),
      [`GET /api/v1/customers/${CUSTOMER_ID}`]: json(404, problem(404, 'CUSTOMER_NOT_FOUND')),
      [`PATCH /api/v1/orders/${ORDER_ID}`]: async (request: Request) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        current = edited;
        return json(200, edited);
      },
    });
    renderApp(`/orders/sales-orders/${ORDER_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: '修改订单' }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('DEMO-HOLDER-CAR 数量'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存修改' }));
    await waitFor(() =>
      expect(sent).toEqual({ body: { lines: [{ skuId: SKU_ID, quantity: 3 }] }, ifMatch: '"1"' }),
    );
    const outcome = await screen.findByTestId('order-edit-outcome');
    expect(outcome.textContent).toContain('¥78.00 → ¥117.00');
    expect(outcome.textContent).toContain('+¥39.00');
    expect(screen.getByTestId('order-total').textContent).toContain('¥117.00');
  }, 30_000);

  it('is not offered once the order has shipped', async () => {
    signIn(agent, { [`GET /api/v1/orders/${ORDER_ID}`]: fakeOrder({ status: 'shipped' }) });
    renderApp(`/orders/sales-orders/${ORDER_ID}`);
    await screen.findByTestId('order-number', undefined, { timeout: 12_000 });
    expect(screen.queryByRole('button', { name: '修改订单' })).toBeNull();
  });
});
