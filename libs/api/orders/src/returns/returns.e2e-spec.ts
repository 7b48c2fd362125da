import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  address,
  createCustomer,
  createOrderWorld,
  levelOf,
  OrderWorld,
  sellableSku,
  stockUp,
} from '../orders/testing/order-world';
import { deliveredOrder } from '../testing/after-sales';
import { AutoCompletion } from './auto-completion';

const DAY = 24 * 60 * 60 * 1000;

describe('returns and refunds (售后)', () => {
  let w: OrderWorld;
  let skuA: string;
  let skuB: string;
  let customerId: string;

  const as = (who: keyof OrderWorld['people']) => w.t.http(w.people[who].auth);
  type Line = { id: string; skuId: string; quantity: number; amount: number };
  const linesOf = async (orderId: string): Promise<Line[]> =>
    (await as('agent').get(`/api/v1/orders/${orderId}`).expect(200)).body.lines;

  /** Walks a return through approval, receipt and inspection (restock unless told). */
  async function toInspected(returnId: string, disposition: 'restock' | 'scrap' = 'restock') {
    await as('lead').post(`/api/v1/returns/${returnId}/approve`).send({}).expect(200);
    await as('productManager').post(`/api/v1/returns/${returnId}/receive`).send({}).expect(200);
    const current = (await as('agent').get(`/api/v1/returns/${returnId}`).expect(200)).body;
    return (
      await as('productManager')
        .post(`/api/v1/returns/${returnId}/inspect`)
        .send({ lines: current.lines.map((l: { id: string }) => ({ returnLineId: l.id, disposition })) })
        .expect(200)
    ).body;
  }

  beforeAll(async () => {
    w = await createOrderWorld();
    skuA = await sellableSku(w, 1000);
    skuB = await sellableSku(w, 2999);
    await stockUp(w, skuA, w.warehouses.prd, 500);
    await stockUp(w, skuB, w.warehouses.prd, 500);
    await stockUp(w, skuA, w.warehouses.hangzhou, 50);
    customerId = await createCustomer(w);
  }, 120_000);
  afterAll(() => w.t.close());

  it('takes part of a prepaid order back: approve, receive, inspect (restock), refund to the original payment', async () => {
    const order = await deliveredOrder(w, {
      customerId,
      paymentMethod: 'prepaid',
      lines: [
        { skuId: skuA, quantity: 3 },
        { skuId: skuB, quantity: 1 },
      ],
    });
    const [lineA] = (await linesOf(order.id)).filter((l) => l.skuId === skuA);
    expectProblem(
      await as('finance')
        .post('/api/v1/returns')
        .send({
          orderId: order.id,
          kind: 'return',
          lines: [{ orderLineId: lineA.id, quantity: 1, reason: 'x' }],
        }),
      403,
      'FORBIDDEN',
    );
    const created = await as('agent')
      .post('/api/v1/returns')
      .send({
        orderId: order.id,
        kind: 'return',
        lines: [{ orderLineId: lineA.id, quantity: 2, reason: '七天无理由' }],
      })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'requested', kind: 'return', orderId: order.id });
    expect(created.body.number).toMatch(/^RMA-\d{8}-\d{4}$/);
    const id = created.body.id;
    expectProblem(await as('agent').post(`/api/v1/returns/${id}/approve`).send({}), 403, 'FORBIDDEN');
    expectProblem(
      await as('finance').post(`/api/v1/returns/${id}/refund`).send({}),
      409,
      'RETURN_TRANSITION_NOT_ALLOWED',
    );

    const before = await levelOf(w, skuA, w.warehouses.prd);
    const inspected = await toInspected(id);
    expect(inspected.status).toBe('inspected');
    expect(inspected.lines[0].disposition).toBe('restock');
    // Restocked to the order's warehouse: on hand up by the 2 returned units.
    expect((await levelOf(w, skuA, w.warehouses.prd)).onHand).toBe(before.onHand + 2);
    expectProblem(await as('productManager').post(`/api/v1/returns/${id}/refund`).send({}), 403, 'FORBIDDEN');

    const refunded = (await as('finance').post(`/api/v1/returns/${id}/refund`).send({}).expect(200)).body;
    expect(refunded).toMatchObject({
      status: 'refunded',
      refundAmount: 2000,
      refund: { method: 'original_payment', status: 'pending', amount: 2000, rebateAmount: 0 },
    });
    expect(refunded.history.map((h: { action: string }) => h.action)).toEqual([
      'requested',
      'approve',
      'receive',
      'inspect',
      'refund',
    ]);
    const types = await w.t.dataSource.query(
      `SELECT type FROM outbox_event WHERE payload->>'returnId' = $1 ORDER BY id`,
      [id],
    );
    expect(types.map((t: { type: string }) => t.type)).toEqual(['ReturnReceived', 'RefundIssued']);
    const [spend] = await w.t.dataSource.query(`SELECT amount FROM customer_spend WHERE source_id = $1`, [
      `refund:${refunded.number}`,
    ]);
    expect(Number(spend.amount)).toBe(-2000);
  });

  it('refuses returning more than delivered less already returned; a rejected return gives its units back', async () => {
    const order = await deliveredOrder(w, { customerId, lines: [{ skuId: skuA, quantity: 2 }] });
    const [line] = await linesOf(order.id);
    const ask = (quantity: number) =>
      as('agent')
        .post('/api/v1/returns')
        .send({
          orderId: order.id,
          kind: 'return',
          lines: [{ orderLineId: line.id, quantity, reason: '质量问题' }],
        });
    const problem = expectProblem(await ask(3), 422, 'RETURN_LINES_INVALID');
    expect(problem.errors).toEqual([
      { field: 'lines.0.quantity', message: 'at most 2 more can be returned' },
    ]);
    const first = (await ask(2).expect(201)).body;
    expectProblem(await ask(1), 422, 'RETURN_LINES_INVALID');
    await as('lead').post(`/api/v1/returns/${first.id}/reject`).send({ reason: '已过保' }).expect(200);
    await ask(1).expect(201);
    const other = await deliveredOrder(w, { customerId, lines: [{ skuId: skuB, quantity: 1 }] });
    const [otherLine] = await linesOf(other.id);
    expect(
      expectProblem(
        await as('agent')
          .post('/api/v1/returns')
          .send({
            orderId: order.id,
            kind: 'return',
            lines: [{ orderLineId: otherLine.id, quantity: 1, reason: 'x' }],
          }),
        422,
        'RETURN_LINES_INVALID',
      ).errors,
    ).toEqual([{ field: 'lines.0.orderLineId', message: 'not a line of this order' }]);
  });

  it('refuses orders not yet delivered and orders whose return window has closed', async () => {
    const placed = await as('agent')
      .post('/api/v1/orders')
      .send({
        customerId,
        paymentMethod: 'cod',
        shippingAddress: address('guangzhou'),
        lines: [{ skuId: skuA, quantity: 1 }],
      })
      .expect(201);
    const [placedLine] = await linesOf(placed.body.id);
    expectProblem(
      await as('agent')
        .post('/api/v1/returns')
        .send({
          orderId: placed.body.id,
          kind: 'return',
          lines: [{ orderLineId: placedLine.id, quantity: 1, reason: 'x' }],
        }),
      409,
      'RETURN_ORDER_NOT_DELIVERED',
    );
    const order = await deliveredOrder(w, { customerId, lines: [{ skuId: skuA, quantity: 1 }] });
    const [line] = await linesOf(order.id);
    expectProblem(
      await as('agent').put('/api/v1/after-sales-settings').send({ returnWindowDays: 0 }),
      403,
      'FORBIDDEN',
    );
    await as('lead').put('/api/v1/after-sales-settings').send({ returnWindowDays: 0 }).expect(200);
    try {
      expectProblem(
        await as('agent')
          .post('/api/v1/returns')
          .send({
            orderId: order.id,
            kind: 'return',
            lines: [{ orderLineId: line.id, quantity: 1, reason: 'x' }],
          }),
        422,
        'RETURN_WINDOW_CLOSED',
      );
    } finally {
      await as('lead').put('/api/v1/after-sales-settings').send({ returnWindowDays: 7 }).expect(200);
    }
    expect((await as('agent').get('/api/v1/after-sales-settings').expect(200)).body.returnWindowDays).toBe(7);
  });

  it('never refunds more than was paid: partial returns of a whole order add up exactly to its total', async () => {
    const order = await deliveredOrder(w, {
      customerId,
      paymentMethod: 'prepaid',
      lines: [{ skuId: skuB, quantity: 3 }],
    });
    const [line] = await linesOf(order.id);
    let refunded = 0;
    for (const quantity of [1, 1, 1]) {
      const r = (
        await as('agent')
          .post('/api/v1/returns')
          .send({
            orderId: order.id,
            kind: 'return',
            lines: [{ orderLineId: line.id, quantity, reason: '不想要了' }],
          })
          .expect(201)
      ).body;
      await toInspected(r.id, 'scrap');
      refunded += (await as('finance').post(`/api/v1/returns/${r.id}/refund`).send({}).expect(200)).body
        .refund.amount;
    }
    expect(refunded).toBe(order.total);
  });

  it('refunds a COD order in cash, never more than the cash collected', async () => {
    const order = await deliveredOrder(w, { customerId, lines: [{ skuId: skuA, quantity: 2 }] });
    await as('cityGuangzhou')
      .post(`/api/v1/orders/${order.id}/cod-collection`)
      .send({ amount: 1500 })
      .expect(201);
    const [line] = await linesOf(order.id);
    const r = (
      await as('agent')
        .post('/api/v1/returns')
        .send({
          orderId: order.id,
          kind: 'return',
          lines: [{ orderLineId: line.id, quantity: 2, reason: '破损' }],
        })
        .expect(201)
    ).body;
    await toInspected(r.id, 'scrap');
    const refunded = (await as('finance').post(`/api/v1/returns/${r.id}/refund`).send({}).expect(200)).body;
    expect(refunded.refund).toMatchObject({ method: 'cash', status: 'paid', amount: 1500 });
  });

  it('exchanges: the same SKUs ship again from the order’s warehouse; scrapped goods do not come back on the shelf', async () => {
    const order = await deliveredOrder(w, { customerId, lines: [{ skuId: skuA, quantity: 1 }] });
    const [line] = await linesOf(order.id);
    const r = (
      await as('agent')
        .post('/api/v1/returns')
        .send({
          orderId: order.id,
          kind: 'exchange',
          lines: [{ orderLineId: line.id, quantity: 1, reason: '尺码不合适' }],
        })
        .expect(201)
    ).body;
    const before = await levelOf(w, skuA, w.warehouses.prd);
    await toInspected(r.id, 'scrap');
    expect(await levelOf(w, skuA, w.warehouses.prd)).toEqual(before);
    expectProblem(
      await as('finance').post(`/api/v1/returns/${r.id}/refund`).send({}),
      409,
      'RETURN_TRANSITION_NOT_ALLOWED',
    );
    const exchanged = (
      await as('cityGuangzhou')
        .post(`/api/v1/returns/${r.id}/exchange`)
        .send({ carrier: '顺丰速运', trackingNumber: 'SF-EX-1' })
        .expect(200)
    ).body;
    expect(exchanged).toMatchObject({ status: 'exchanged', replacementTrackingNumber: 'SF-EX-1' });
    expect((await levelOf(w, skuA, w.warehouses.prd)).onHand).toBe(before.onHand - 1);
  });

  it('keeps returns within territories: another city’s manager gets 404; lists filter', async () => {
    const order = await deliveredOrder(w, {
      customerId,
      lines: [{ skuId: skuA, quantity: 1 }],
      city: 'hangzhou',
    });
    const [line] = await linesOf(order.id);
    const r = (
      await as('agent')
        .post('/api/v1/returns')
        .send({
          orderId: order.id,
          kind: 'return',
          lines: [{ orderLineId: line.id, quantity: 1, reason: 'x' }],
        })
        .expect(201)
    ).body;
    expectProblem(await as('cityGuangzhou').get(`/api/v1/returns/${r.id}`), 404, 'RETURN_NOT_FOUND');
    await as('cityHangzhou').get(`/api/v1/returns/${r.id}`).expect(200);
    const gz = (await as('cityGuangzhou').get('/api/v1/returns').expect(200)).body.data;
    expect(gz.some((x: { id: string }) => x.id === r.id)).toBe(false);
    const byOrder = (
      await as('agent').get(`/api/v1/returns?orderId=${order.id}&status=requested`).expect(200)
    ).body.data;
    expect(byOrder.map((x: { id: string }) => x.id)).toEqual([r.id]);
    expectProblem(await as('hr').get('/api/v1/returns'), 403, 'FORBIDDEN');
  });

  it('completes delivered orders once the return window has passed, leaving those with an open return', async () => {
    const quiet = await deliveredOrder(w, { customerId, lines: [{ skuId: skuA, quantity: 1 }] });
    const disputed = await deliveredOrder(w, { customerId, lines: [{ skuId: skuA, quantity: 1 }] });
    const [line] = await linesOf(disputed.id);
    await as('agent')
      .post('/api/v1/returns')
      .send({
        orderId: disputed.id,
        kind: 'return',
        lines: [{ orderLineId: line.id, quantity: 1, reason: 'x' }],
      })
      .expect(201);
    const completion = w.t.app.get(AutoCompletion);
    await completion.run(new Date(Date.now() + 6 * DAY));
    expect((await as('agent').get(`/api/v1/orders/${quiet.id}`).expect(200)).body.status).toBe('delivered');
    await completion.run(new Date(Date.now() + 8 * DAY));
    expect((await as('agent').get(`/api/v1/orders/${quiet.id}`).expect(200)).body.status).toBe('completed');
    expect((await as('agent').get(`/api/v1/orders/${disputed.id}`).expect(200)).body.status).toBe(
      'delivered',
    );
    // The endpoint runs it now (nothing due now) and refuses those without orders:complete.
    expect((await as('lead').post('/api/v1/order-completions').send({}).expect(200)).body).toEqual({
      completed: 0,
    });
    expectProblem(await as('agent').post('/api/v1/order-completions').send({}), 403, 'FORBIDDEN');
  });
});
