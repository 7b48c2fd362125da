import {
  createOrderingCustomer,
  createOrderWorld,
  deliveredOrder,
  OrderWorld,
  sellableSku,
  stockUp,
} from '@zhanggui/api-orders/testing';
import { SOAK, soakScale, SOAK_TIMEOUT_MS } from './soak';
import { Sql } from './support/invariants';
import { inParallel, Tally, untilAnswered } from './support/tally';

/**
 * Issue 12, concurrency: the day's cash-on-delivery collections batched into remittances by many people at
 * once (each collection in exactly one batch, the batch's total the collections' sum), and the batch
 * confirmed by many at once (one confirmation, one event).
 */
describe('reliability: concurrent COD remittances', () => {
  let w: OrderWorld;
  let sql: Sql;
  const tally = new Tally(`concurrency-cod${SOAK ? ' (soak)' : ''}`);

  beforeAll(async () => {
    w = await createOrderWorld();
    sql = (text, params) => w.t.dataSource.query(text, params);
  }, 120_000);
  afterAll(async () => {
    tally.print();
    await w.t.close();
  });

  it(
    'puts each collection in exactly one batch however many build it at once, and confirms it once',
    async () => {
      const orders = soakScale(5, 40);
      const builders = soakScale(12, 100);
      const sku = await sellableSku(w, 2_500);
      await stockUp(w, sku, w.warehouses.prd, orders * 2);
      const customerId = await createOrderingCustomer(w);
      const manager = () => w.t.http(w.people.cityGuangzhou.auth);
      const finance = () => w.t.http(w.people.finance.auth);
      const delivered = [];
      for (let i = 0; i < orders; i++) {
        const order = await deliveredOrder(w, { customerId, lines: [{ skuId: sku, quantity: 1 + (i % 2) }] });
        // Some couriers hand in a little less than the order's total: the batch adds up what was collected.
        const amount = order.total - (i % 3 === 0 ? 100 : 0);
        await manager().post(`/api/v1/orders/${order.id}/cod-collection`).send({ amount }).expect(201);
        delivered.push({ id: order.id, amount });
      }
      const [{ today }] = await sql(
        `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS today`,
      );

      // The city manager by city and by courier, and finance by region, all at the same moment.
      const bodies = [
        () =>
          manager().post('/api/v1/cod-remittances').send({ cityId: w.tree.guangzhou, businessDay: today }),
        () =>
          manager()
            .post('/api/v1/cod-remittances')
            .send({ courierId: w.people.cityGuangzhou.id, businessDay: today }),
        () =>
          finance()
            .post('/api/v1/cod-remittances')
            .send({ cityId: w.tree.pearlRiverDelta, businessDay: today }),
      ];
      const results = await inParallel(builders, builders, (i) =>
        untilAnswered(
          () => {
            tally.requests++;
            return bodies[i % bodies.length]();
          },
          (r) => tally.add(`retried503:${r.body.code}`),
        ),
      );
      const created = results.filter((r) => r.status === 201);
      expect(created).toHaveLength(1);
      for (const r of results.filter((r) => r.status !== 201)) {
        expect([409, 422]).toContain(r.status);
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(['COD_REMITTANCE_EMPTY', 'COD_ORDER_ALREADY_REMITTED']).toContain(r.body.code);
      }
      tally.invariants += 2;
      const batch = created[0].body;
      const ids = delivered.map((d) => d.id);
      const lines = await sql(
        `SELECT order_id::text AS "orderId", count(*)::int AS n, count(DISTINCT remittance_id)::int AS batches
           FROM cod_remittance_line WHERE order_id = ANY($1::uuid[]) GROUP BY order_id`,
        [ids],
      );
      expect(lines).toHaveLength(orders);
      expect(lines.every((l) => l.n === 1 && l.batches === 1)).toBe(true);
      const collected = delivered.reduce((sum, d) => sum + d.amount, 0);
      expect(batch.expectedAmount).toBe(collected);
      expect(batch.lines.map((l: { orderId: string }) => l.orderId).sort()).toEqual([...ids].sort());
      tally.invariants += 3;

      // Finance records the cash: whichever builder won, a region's batch is outside the city manager's scope.
      await finance()
        .post(`/api/v1/cod-remittances/${batch.id}/hand-in`)
        .send({ amount: collected })
        .expect(200);
      const confirmations = await inParallel(builders, builders, () => {
        tally.requests++;
        return finance().post(`/api/v1/cod-remittances/${batch.id}/confirm`).send({});
      });
      expect(confirmations.filter((r) => r.status === 200)).toHaveLength(1);
      for (const r of confirmations.filter((r) => r.status !== 200))
        expect(r.body.code).toBe('COD_REMITTANCE_TRANSITION_NOT_ALLOWED');
      const [{ events }] = await sql(
        `SELECT count(*)::int AS events FROM outbox_event
          WHERE type = 'CodRemittanceConfirmed' AND payload->>'remittanceId' = $1`,
        [batch.id],
      );
      expect(events).toBe(1);
      tally.invariants += 2;
    },
    SOAK_TIMEOUT_MS,
  );
});
