import {
  createCustomer,
  createOrderWorld,
  levelOf,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from './testing/order-world';

describe('orders racing for the last units', () => {
  let w: OrderWorld;
  beforeAll(async () => {
    w = await createOrderWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  it('sells exactly the 10 units left to 100 parallel orders from the website', async () => {
    const sku = await sellableSku(w, 1990);
    await stockUp(w, sku, w.warehouses.prd, 10);
    const customerId = await createCustomer(w);
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        w.t
          .http(w.website)
          .post('/api/v1/orders')
          .set('Idempotency-Key', `race-${i}`)
          .send(orderBody(customerId, [{ skuId: sku, quantity: 1 }])),
      ),
    );
    const statuses = responses.map((r) => r.status);
    // Anything but 201/409 first, with its problem code: a bare count hides what went wrong under load.
    expect(
      responses.filter((r) => r.status !== 201 && r.status !== 409).map((r) => [r.status, r.body?.code]),
    ).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(90);
    for (const refused of responses.filter((r) => r.status === 409))
      expect(refused.body).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    expect(await levelOf(w, sku, w.warehouses.prd)).toEqual({ onHand: 10, reserved: 10, available: 0 });
    const [{ n }] = await w.t.dataSource.query(
      `SELECT count(DISTINCT o.id)::int AS n FROM sales_order o JOIN sales_order_line l ON l.order_id = o.id
        WHERE l.sku_id = $1`,
      [sku],
    );
    expect(n).toBe(10);
    const numbers = responses.filter((r) => r.status === 201).map((r) => r.body.number);
    expect(new Set(numbers).size).toBe(10);
  }, 60_000);
});
