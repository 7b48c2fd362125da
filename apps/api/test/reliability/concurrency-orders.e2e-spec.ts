import {
  createOrderingCustomer,
  createOrderWorld,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from '@zhanggui/api-orders/testing';
import { SOAK, soakScale, SOAK_TIMEOUT_MS } from './soak';
import { ordersWithoutReservation, orphanReservations, Sql, stockFigures } from './support/invariants';
import { inParallel, Tally, untilAnswered } from './support/tally';

/**
 * Issue 12, concurrency: many website orders racing over HTTP for one SKU's last units, and one order sent many
 * times at once under one Idempotency-Key. `npm test` runs the short sizes, `npm run test:soak` the issue's.
 */
describe('reliability: concurrent orders', () => {
  let w: OrderWorld;
  let sql: Sql;
  let customerId: string;
  const tally = new Tally(`concurrency-orders${SOAK ? ' (soak)' : ''}`);

  beforeAll(async () => {
    w = await createOrderWorld();
    sql = (text, params) => w.t.dataSource.query(text, params);
    customerId = await createOrderingCustomer(w);
  }, 120_000);
  afterAll(async () => {
    tally.print();
    await w.t.close();
  });

  const send = (key: string, skuId: string) =>
    w.t
      .http(w.website)
      .post('/api/v1/orders')
      .set('Idempotency-Key', key)
      .send(orderBody(customerId, [{ skuId, quantity: 1 }]));
  /** A website that retries what the API asks it to retry (503, or the same key still in progress). */
  const place = (key: string, skuId: string) =>
    untilAnswered(
      () => {
        tally.requests++;
        return send(key, skuId);
      },
      (r) => tally.add(r.status === 503 ? 'retried503' : 'retriedInProgress409'),
      // The soak's 1,000 in flight queue for minutes on a 2-core machine: the website keeps retrying.
      soakScale(60_000, 15 * 60_000),
    );

  it(
    'sells exactly the stock to many more concurrent orders than units: never negative, the ledger agrees',
    async () => {
      const stock = soakScale(100, 1_000);
      const attempts = soakScale(400, 4_000);
      const sku = await sellableSku(w, 990);
      await stockUp(w, sku, w.warehouses.prd, stock);

      // All at once in the short run; the soak keeps 1,000 in flight so the client's sockets hold out.
      const responses = await inParallel(attempts, soakScale(attempts, 1_000), (i) =>
        place(`oversell-${i}`, sku),
      );

      const sold = responses.filter((r) => r.status === 201);
      const refused = responses.filter((r) => r.status !== 201);
      expect(sold).toHaveLength(stock);
      tally.check();
      for (const r of refused) {
        expect([409, 422]).toContain(r.status);
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(r.body.code).toBe('INSUFFICIENT_STOCK');
      }
      tally.check();
      tally.add('refused', refused.length);

      const figures = await stockFigures(sql, sku, w.warehouses.prd);
      // Placing an order reserves: on hand stays, the reservation is what is sold, available never below 0.
      expect(figures).toEqual({
        onHand: stock,
        reserved: stock,
        ledgerOnHand: stock,
        ledgerReserved: stock,
        lowestAvailable: 0,
      });
      tally.invariants += 3; // sold + available = initial, never negative, ledger sums = level
      const orderIds = sold.map((r) => r.body.id as string);
      expect(new Set(orderIds).size).toBe(stock);
      expect(new Set(sold.map((r) => r.body.number)).size).toBe(stock);
      const [{ orders }] = await sql(
        `SELECT count(DISTINCT o.id)::int AS orders FROM sales_order o JOIN sales_order_line l ON l.order_id = o.id
          WHERE l.sku_id = $1`,
        [sku],
      );
      expect(orders).toBe(stock);
      expect(await ordersWithoutReservation(sql, orderIds)).toBe(0);
      expect(await orphanReservations(sql)).toBe(0);
      tally.invariants += 4;
    },
    SOAK_TIMEOUT_MS,
  );

  it(
    'makes one order of many identical requests sent at once with one Idempotency-Key',
    async () => {
      const copies = soakScale(100, 1_000);
      const sku = await sellableSku(w, 1_290);
      await stockUp(w, sku, w.warehouses.prd, 10);
      const key = `replay-${Date.now()}`;

      // A copy that arrives while the first is still running is told so (409 IDEMPOTENCY_IN_PROGRESS, retry
      // shortly), as Stripe does; the client retries it and then gets the stored answer.
      const answers = await inParallel(copies, soakScale(copies, 500), () => place(key, sku));

      const created = answers.filter((r) => r.headers['idempotent-replayed'] === undefined);
      expect(created).toHaveLength(1);
      const original = created[0];
      expect(original.status).toBe(201);
      for (const r of answers) {
        expect(r.status).toBe(201);
        expect(r.body).toEqual(original.body);
        expect(r.headers.location).toBe(original.headers.location);
      }
      tally.invariants += 2;

      const orderId = original.body.id as string;
      const [counts] = await sql(
        `SELECT (SELECT count(DISTINCT l.order_id) FROM sales_order_line l WHERE l.sku_id = $1)::int AS orders,
                (SELECT count(*) FROM stock_reservation WHERE source_type = 'order' AND sku_id = $1)::int AS reservations,
                (SELECT count(*) FROM stock_movement WHERE sku_id = $1 AND kind = 'reservation')::int AS movements,
                (SELECT count(*) FROM outbox_event WHERE type = 'OrderPlaced' AND payload->>'orderId' = $2)::int AS events`,
        [sku, orderId],
      );
      expect(counts).toEqual({ orders: 1, reservations: 1, movements: 1, events: 1 });
      expect(await stockFigures(sql, sku, w.warehouses.prd)).toMatchObject({ onHand: 10, reserved: 1 });
      tally.invariants += 5;
    },
    SOAK_TIMEOUT_MS,
  );
});
