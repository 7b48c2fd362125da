import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  address,
  createCustomer,
  createOrderWorld,
  levelOf,
  orderBody,
  OrderWorld,
  sellableSku,
  signedCallback,
  stockUp,
} from './testing/order-world';

describe('editing an order before shipment', () => {
  let w: OrderWorld;
  let a: string; // ¥10.00
  let b: string; // ¥25.00
  let customerId: string;

  const agent = () => w.t.http(w.people.agent.auth);
  const place = async (
    lines: Array<{ skuId: string; quantity: number }>,
    extra: Record<string, unknown> = {},
  ) =>
    (
      await agent()
        .post('/api/v1/orders')
        .send(orderBody(customerId, lines, extra))
        .expect(201)
    ).body;

  beforeAll(async () => {
    w = await createOrderWorld();
    a = await sellableSku(w, 1000);
    b = await sellableSku(w, 2500);
    for (const sku of [a, b]) {
      await stockUp(w, sku, w.warehouses.prd, 20);
      await stockUp(w, sku, w.warehouses.hangzhou, 20);
    }
    customerId = await createCustomer(w);
  }, 120_000);
  afterAll(() => w.t.close());

  it('re-prices and re-reserves: more of one line, a line removed, a line added', async () => {
    const order = await place([{ skuId: a, quantity: 2 }]);
    const response = await agent()
      .patch(`/api/v1/orders/${order.id}`)
      .set('If-Match', '"1"')
      .send({ lines: [{ skuId: b, quantity: 3 }], reason: '客户改买 B' })
      .expect(200);
    expect(response.body).toMatchObject({
      total: 7500,
      originalTotal: 2000,
      priceDifference: 5500,
      lineCount: 1,
      version: 2,
    });
    expect(response.body.lines).toEqual([expect.objectContaining({ skuId: b, quantity: 3, amount: 7500 })]);
    expect(await levelOf(w, a, w.warehouses.prd)).toMatchObject({ reserved: 0, available: 20 });
    expect(await levelOf(w, b, w.warehouses.prd)).toMatchObject({ reserved: 3, available: 17 });
    expect(response.body.timeline.at(-1)).toMatchObject({
      action: 'edited',
      from: 'confirmed',
      to: 'confirmed',
      note: '客户改买 B',
      data: expect.objectContaining({ difference: 5500, totalBefore: 2000, totalAfter: 7500 }),
    });
    expectProblem(
      await agent()
        .patch(`/api/v1/orders/${order.id}`)
        .set('If-Match', '"1"')
        .send({ lines: [{ skuId: a, quantity: 1 }] }),
      412,
      'STALE_VERSION',
    );
  });

  it('moves the reservation when the address moves to a city another warehouse serves', async () => {
    const order = await place([{ skuId: a, quantity: 5 }]);
    const before = await levelOf(w, a, w.warehouses.hangzhou);
    const response = await agent()
      .patch(`/api/v1/orders/${order.id}`)
      .send({ shippingAddress: address('hangzhou') })
      .expect(200);
    expect(response.body).toMatchObject({
      orgUnitId: w.tree.hangzhou,
      warehouseId: w.warehouses.hangzhou,
      shippingAddress: { cityCode: '330100' },
    });
    expect((await levelOf(w, a, w.warehouses.hangzhou)).reserved).toBe(before.reserved + 5);
    await agent().post(`/api/v1/orders/${order.id}/cancel`).send({ reason: '测试结束' }).expect(200);
  });

  it('refuses an edit the stock cannot cover, keeping the order and its reservation', async () => {
    const order = await place([{ skuId: b, quantity: 1 }]);
    const before = await levelOf(w, b, w.warehouses.prd);
    expectProblem(
      await agent()
        .patch(`/api/v1/orders/${order.id}`)
        .send({ lines: [{ skuId: b, quantity: 500 }] }),
      409,
      'INSUFFICIENT_STOCK',
    );
    expect(await levelOf(w, b, w.warehouses.prd)).toEqual(before);
    const detail = (await agent().get(`/api/v1/orders/${order.id}`).expect(200)).body;
    expect(detail).toMatchObject({ version: 1, total: 2500 });
  });

  it('shows a paid order’s difference as amount due or refund due', async () => {
    const order = await place([{ skuId: a, quantity: 3 }], { paymentMethod: 'prepaid' });
    const body = {
      orderNumber: order.number,
      provider: 'wechat',
      providerTransactionId: `edit-${order.id}`,
      amount: order.total,
      currency: 'CNY',
    };
    const signed = signedCallback(w, body);
    await w.t.http().post('/api/v1/payments/callback').set(signed.headers).send(signed.raw).expect(200);
    const cheaper = await agent()
      .patch(`/api/v1/orders/${order.id}`)
      .send({ lines: [{ skuId: a, quantity: 1 }] })
      .expect(200);
    expect(cheaper.body).toMatchObject({
      total: 1000,
      paidAmount: 3000,
      refundDue: 2000,
      amountDue: 0,
      priceDifference: -2000,
    });
    const dearer = await agent()
      .patch(`/api/v1/orders/${order.id}`)
      .send({ lines: [{ skuId: a, quantity: 4 }] })
      .expect(200);
    expect(dearer.body).toMatchObject({ total: 4000, refundDue: 0, amountDue: 1000 });
  });

  it('is refused after shipment, and by people without orders:write', async () => {
    const order = await place([{ skuId: a, quantity: 1 }]);
    const city = w.t.http(w.people.cityGuangzhou.auth);
    expectProblem(
      await city.patch(`/api/v1/orders/${order.id}`).send({ lines: [{ skuId: a, quantity: 2 }] }),
      403,
      'FORBIDDEN',
    );
    await city.post(`/api/v1/orders/${order.id}/allocate`).send({}).expect(200);
    await city
      .post(`/api/v1/orders/${order.id}/ship`)
      .send({ carrier: '中通', trackingNumber: 'ZT1', courierUserId: w.people.cityGuangzhou.id })
      .expect(200);
    const problem = expectProblem(
      await agent()
        .patch(`/api/v1/orders/${order.id}`)
        .send({ lines: [{ skuId: a, quantity: 2 }] }),
      409,
      'ORDER_NOT_EDITABLE',
    );
    expect(problem.detail).toContain('shipped');
  });

  it('takes notes and internal remarks from customer service, not from readers', async () => {
    const order = await place([{ skuId: a, quantity: 1 }]);
    const note = await agent()
      .post(`/api/v1/orders/${order.id}/notes`)
      .send({ text: '下午送', internal: false })
      .expect(201);
    expect(note.body).toMatchObject({
      text: '下午送',
      internal: false,
      authorLabel: w.people.agent.username,
    });
    expectProblem(
      await agent().post(`/api/v1/orders/${order.id}/notes`).send({ text: '缺 internal' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await w.t
        .http(w.people.finance.auth)
        .post(`/api/v1/orders/${order.id}/notes`)
        .send({ text: 'x', internal: true }),
      403,
      'FORBIDDEN',
    );
  });
});
