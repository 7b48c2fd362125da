import { deliveredOrder } from '../testing/after-sales';
import {
  address,
  createCustomer,
  createOrderWorld,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from './testing/order-world';
import { TerritoryFiguresService } from './territory-figures.service';

describe('territory figures for the sales department', () => {
  let w: OrderWorld;
  beforeAll(async () => {
    w = await createOrderWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  it('sums delivered orders of a territory and everything below it, in the period only', async () => {
    const sku = await sellableSku(w, 5000);
    await stockUp(w, sku, w.warehouses.prd, 10);
    const customerId = await createCustomer(w);
    const first = await deliveredOrder(w, { customerId, lines: [{ skuId: sku, quantity: 1 }] });
    const second = await deliveredOrder(w, { customerId, lines: [{ skuId: sku, quantity: 2 }] });
    // Placed but not delivered: not a sale yet.
    await w.t
      .http(w.people.agent.auth)
      .post('/api/v1/orders')
      .send(orderBody(customerId, [{ skuId: sku, quantity: 1 }], { shippingAddress: address('guangzhou') }))
      .expect(201);

    const figures = w.t.app.get(TerritoryFiguresService);
    const now = Date.now();
    const around = await figures.figures(
      [w.tree.guangzhou, w.tree.pearlRiverDelta, w.tree.hangzhou],
      new Date(now - 3600_000),
      new Date(now + 3600_000),
    );
    const delivered = first.total + second.total;
    expect(around.get(w.tree.guangzhou)).toMatchObject({
      deliveredTotal: delivered,
      deliveredOrders: 2,
      refunded: 0,
      codOutstanding: delivered,
    });
    expect(around.get(w.tree.pearlRiverDelta)).toEqual(around.get(w.tree.guangzhou));
    expect(around.get(w.tree.hangzhou)).toMatchObject({ deliveredTotal: 0, deliveredOrders: 0 });

    const before = await figures.figures(
      [w.tree.guangzhou],
      new Date(now - 7200_000),
      new Date(now - 3600_000),
    );
    expect(before.get(w.tree.guangzhou)).toMatchObject({ deliveredTotal: 0, deliveredOrders: 0 });
  });
});
