import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  address,
  createCustomer,
  createOrderWorld,
  OrderWorld,
  sellableSku,
  stockUp,
} from '../orders/testing/order-world';
import { deliveredOrder } from '../testing/after-sales';

describe('cash on delivery: collection and daily remittance (每日回笼)', () => {
  let w: OrderWorld;
  let sku: string;
  let customerId: string;
  let today: string;

  const as = (who: keyof OrderWorld['people']) => w.t.http(w.people[who].auth);
  const collect = (orderId: string, amount: number, who: keyof OrderWorld['people'] = 'cityGuangzhou') =>
    as(who).post(`/api/v1/orders/${orderId}/cod-collection`).send({ amount });

  beforeAll(async () => {
    w = await createOrderWorld();
    sku = await sellableSku(w, 3000);
    await stockUp(w, sku, w.warehouses.prd, 500);
    await stockUp(w, sku, w.warehouses.hangzhou, 500);
    customerId = await createCustomer(w);
    [{ today }] = await w.t.dataSource.query(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS today`,
    );
  }, 120_000);
  afterAll(() => w.t.close());

  it('records the cash of a delivered COD order once, flagging a difference, on the timeline and in the outbox', async () => {
    const order = await deliveredOrder(w, { customerId, lines: [{ skuId: sku, quantity: 2 }] });
    expectProblem(await collect(order.id, 6000, 'agent'), 403, 'FORBIDDEN');
    expectProblem(await collect(order.id, 6000, 'cityHangzhou'), 404, 'ORDER_NOT_FOUND');
    const response = await collect(order.id, 5900).expect(201);
    expect(response.body).toMatchObject({
      orderId: order.id,
      amount: 5900,
      expectedAmount: 6000,
      difference: -100,
      flagged: true,
      collectedBy: w.people.cityGuangzhou.id,
      businessDay: today,
    });
    expectProblem(await collect(order.id, 6000), 409, 'COD_ALREADY_COLLECTED');
    const timeline = (await as('agent').get(`/api/v1/orders/${order.id}/timeline`).expect(200)).body;
    expect(timeline.at(-1)).toMatchObject({ action: 'cod-collected', from: 'delivered', to: 'delivered' });
    const [event] = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'CodCollected' AND payload->>'orderId' = $1`,
      [order.id],
    );
    expect(event.payload).toMatchObject({ amount: 5900, expectedAmount: 6000, difference: -100 });
  });

  it('refuses cash for a prepaid order and for one not yet delivered', async () => {
    const prepaid = await deliveredOrder(w, {
      customerId,
      lines: [{ skuId: sku, quantity: 1 }],
      paymentMethod: 'prepaid',
    });
    expectProblem(await collect(prepaid.id, 3000), 422, 'COD_NOT_CASH_ON_DELIVERY');
    const placed = await as('agent')
      .post('/api/v1/orders')
      .send({
        customerId,
        paymentMethod: 'cod',
        shippingAddress: address('guangzhou'),
        lines: [{ skuId: sku, quantity: 1 }],
      })
      .expect(201);
    expectProblem(await collect(placed.body.id, 3000), 409, 'COD_ORDER_NOT_DELIVERED');
  });

  it('batches a city’s day, takes the cash, and follows a discrepancy to its resolution', async () => {
    const a = await deliveredOrder(w, { customerId, lines: [{ skuId: sku, quantity: 1 }] });
    const b = await deliveredOrder(w, { customerId, lines: [{ skuId: sku, quantity: 2 }] });
    await collect(a.id, 3000).expect(201);
    await collect(b.id, 6000).expect(201);
    const created = await as('cityGuangzhou')
      .post('/api/v1/cod-remittances')
      .send({ cityId: w.tree.guangzhou, businessDay: today })
      .expect(201);
    const batch = created.body;
    expect(batch.number).toMatch(/^REM-\d{8}-\d{4}$/);
    expect(created.headers.location).toBe(`/api/v1/cod-remittances/${batch.id}`);
    expect(batch.status).toBe('awaiting_cash');
    expect(batch.lines.map((l: { orderId: string }) => l.orderId)).toEqual(
      expect.arrayContaining([a.id, b.id]),
    );
    expect(batch.expectedAmount).toBe(
      batch.lines.reduce((sum: number, l: { amount: number }) => sum + l.amount, 0),
    );
    // Nothing left to batch for that city and day.
    expectProblem(
      await as('cityGuangzhou')
        .post('/api/v1/cod-remittances')
        .send({ cityId: w.tree.guangzhou, businessDay: today }),
      422,
      'COD_REMITTANCE_EMPTY',
    );
    expectProblem(
      await as('cityGuangzhou').post(`/api/v1/cod-remittances/${batch.id}/confirm`).send({}),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await as('finance').post(`/api/v1/cod-remittances/${batch.id}/confirm`).send({}),
      409,
      'COD_REMITTANCE_TRANSITION_NOT_ALLOWED',
    );

    const short = batch.expectedAmount - 500;
    await as('cityGuangzhou')
      .post(`/api/v1/cod-remittances/${batch.id}/hand-in`)
      .send({ amount: short })
      .expect(200);
    expectProblem(
      await as('finance').post(`/api/v1/cod-remittances/${batch.id}/confirm`).send({}),
      422,
      'COD_DISCREPANCY_REASON_REQUIRED',
    );
    const confirmed = await as('finance')
      .post(`/api/v1/cod-remittances/${batch.id}/confirm`)
      .send({ reason: '快递员少交 5 元' })
      .expect(200);
    expect(confirmed.body).toMatchObject({
      status: 'discrepancy',
      difference: -500,
      discrepancyReason: '快递员少交 5 元',
    });
    await as('finance')
      .post(`/api/v1/cod-remittances/${batch.id}/discrepancy/notes`)
      .send({ note: '已电话联系快递员' })
      .expect(200);
    expectProblem(
      await as('finance')
        .post(`/api/v1/cod-remittances/${batch.id}/discrepancy/resolve`)
        .send({ resolution: 'lost' }),
      400,
      'VALIDATION_FAILED',
    );
    const resolved = await as('finance')
      .post(`/api/v1/cod-remittances/${batch.id}/discrepancy/resolve`)
      .send({ resolution: 'recovered', note: '次日补交' })
      .expect(200);
    expect(resolved.body.status).toBe('resolved');
    expect(resolved.body.history.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'handed-in',
      'confirmed',
      'follow-up',
      'resolved',
    ]);
    const [event] = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'CodRemittanceConfirmed' AND payload->>'remittanceId' = $1`,
      [batch.id],
    );
    expect(event.payload).toMatchObject({ status: 'discrepancy', difference: -500 });
    expect(event.payload.orderIds).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('lets two concurrent confirmations of one batch succeed once', async () => {
    const order = await deliveredOrder(w, {
      customerId,
      lines: [{ skuId: sku, quantity: 1 }],
      city: 'hangzhou',
    });
    await collect(order.id, 3000, 'cityHangzhou').expect(201);
    const batch = (
      await as('cityHangzhou')
        .post('/api/v1/cod-remittances')
        .send({ courierId: w.people.cityHangzhou.id, businessDay: today })
        .expect(201)
    ).body;
    expect(batch.orgUnitId).toBe(w.tree.hangzhou);
    await as('cityHangzhou')
      .post(`/api/v1/cod-remittances/${batch.id}/hand-in`)
      .send({ amount: 3000 })
      .expect(200);
    const results = await Promise.all(
      [1, 2, 3].map(() => as('finance').post(`/api/v1/cod-remittances/${batch.id}/confirm`).send({})),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const events = await w.t.dataSource.query(
      `SELECT 1 FROM outbox_event WHERE type = 'CodRemittanceConfirmed' AND payload->>'remittanceId' = $1`,
      [batch.id],
    );
    expect(events).toHaveLength(1);
  });

  it('never puts one order in two batches, even when they are built at the same time', async () => {
    const orders = [];
    for (let i = 0; i < 3; i++)
      orders.push(await deliveredOrder(w, { customerId, lines: [{ skuId: sku, quantity: 1 }] }));
    for (const order of orders) await collect(order.id, 3000).expect(201);
    const results = await Promise.all([
      as('cityGuangzhou')
        .post('/api/v1/cod-remittances')
        .send({ cityId: w.tree.guangzhou, businessDay: today }),
      as('cityGuangzhou')
        .post('/api/v1/cod-remittances')
        .send({ courierId: w.people.cityGuangzhou.id, businessDay: today }),
      as('finance')
        .post('/api/v1/cod-remittances')
        .send({ cityId: w.tree.pearlRiverDelta, businessDay: today }),
    ]);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201))
      expect(['COD_REMITTANCE_EMPTY', 'COD_ORDER_ALREADY_REMITTED']).toContain(r.body.code);
    const rows = await w.t.dataSource.query(
      `SELECT order_id, count(*)::int AS n FROM cod_remittance_line WHERE order_id = ANY($1) GROUP BY order_id`,
      [orders.map((o) => o.id)],
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
  });

  it('shows a city manager only their city’s remittances; finance sees all; lists filter and page', async () => {
    const gz = (await as('finance').get(`/api/v1/cod-remittances?cityId=${w.tree.guangzhou}`).expect(200))
      .body.data;
    expect(gz.length).toBeGreaterThan(0);
    const hz = (await as('cityHangzhou').get('/api/v1/cod-remittances').expect(200)).body.data;
    expect(hz.length).toBeGreaterThan(0);
    expect(hz.every((r: { orgUnitId: string }) => r.orgUnitId === w.tree.hangzhou)).toBe(true);
    expectProblem(
      await as('cityHangzhou').get(`/api/v1/cod-remittances/${gz[0].id}`),
      404,
      'COD_REMITTANCE_NOT_FOUND',
    );
    await as('regionalPrd').get(`/api/v1/cod-remittances/${gz[0].id}`).expect(200);
    expectProblem(await as('agent').get('/api/v1/cod-remittances'), 403, 'FORBIDDEN');
    const resolved = (
      await as('finance').get(`/api/v1/cod-remittances?status=resolved&businessDay=${today}`).expect(200)
    ).body;
    expect(resolved.data.every((r: { status: string }) => r.status === 'resolved')).toBe(true);
    const first = (await as('finance').get('/api/v1/cod-remittances?limit=1').expect(200)).body;
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await as('finance').get(`/api/v1/cod-remittances?limit=1&cursor=${first.nextCursor}`).expect(200)
    ).body;
    expect(second.data[0].id).not.toBe(first.data[0].id);
  });
});
