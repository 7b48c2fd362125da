import {
  createCustomer,
  createOrderWorld,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from '../orders/testing/order-world';

const DAY = 24 * 60 * 60 * 1000;

describe('a cancelled order gives its promotion usage back', () => {
  let w: OrderWorld;
  afterAll(() => w.t.close());

  it('counts one use while the order stands and none after it is cancelled', async () => {
    w = await createOrderWorld();
    const pm = () => w.t.http(w.people.productManager.auth);
    const sku = await sellableSku(w, 20_000);
    await stockUp(w, sku, w.warehouses.prd, 10);
    const customerId = await createCustomer(w);
    const promotion = (
      await pm()
        .post('/api/v1/promotions')
        .send({
          name: '满100减20',
          kind: 'spend_save',
          targetScope: 'order',
          parameters: { threshold: 10000, amount: 2000, repeat: false },
          channels: ['website'],
          startsAt: new Date(Date.now() - DAY).toISOString(),
          endsAt: new Date(Date.now() + DAY).toISOString(),
          stacking: 'combinable',
          totalLimit: 1,
        })
        .expect(201)
    ).body;
    await pm().post(`/api/v1/promotions/${promotion.id}/activate`).expect(200);
    const agent = () => w.t.http(w.people.agent.auth);
    const order = (
      await agent()
        .post('/api/v1/orders')
        .send(orderBody(customerId, [{ skuId: sku, quantity: 1 }]))
        .expect(201)
    ).body;
    expect(order.discountTotal).toBe(2000);
    expect((await pm().get(`/api/v1/promotions/${promotion.id}`).expect(200)).body.timesUsed).toBe(1);
    await agent().post(`/api/v1/orders/${order.id}/cancel`).send({ reason: '客户取消' }).expect(200);
    expect((await pm().get(`/api/v1/promotions/${promotion.id}`).expect(200)).body.timesUsed).toBe(0);
    // The limit of one use is free again: the next order gets the discount.
    const next = (
      await agent()
        .post('/api/v1/orders')
        .send(orderBody(customerId, [{ skuId: sku, quantity: 1 }]))
        .expect(201)
    ).body;
    expect(next.discountTotal).toBe(2000);
  }, 120_000);
});
