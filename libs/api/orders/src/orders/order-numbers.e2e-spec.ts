import { countQueries } from '@zhanggui/api-platform/testing';
import {
  createCustomer,
  createOrderWorld,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from './testing/order-world';

/** Placement takes the day's number last (finding 1 of docs/performance.md): numbers must stay gapless. */
describe('order numbers under parallel placement', () => {
  let w: OrderWorld;
  beforeAll(async () => {
    w = await createOrderWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  const place = (customerId: string, skuId: string, quantity: number, key: string) =>
    w.t
      .http(w.website)
      .post('/api/v1/orders')
      .set('Idempotency-Key', key)
      .send(orderBody(customerId, [{ skuId, quantity }]));

  const sequenceOf = (number: string) => Number(number.split('-')[2]);

  it('gives 30 parallel placements distinct, consecutive numbers, with refused ones giving theirs back', async () => {
    const sku = await sellableSku(w, 990);
    await stockUp(w, sku, w.warehouses.prd, 20);
    const customerId = await createCustomer(w);
    const first = await place(customerId, sku, 1, 'numbers-first');
    expect(first.status).toBe(201);

    // 19 units left for 30 orders of one: 11 are refused after they took (and rolled back) a number.
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => place(customerId, sku, 1, `numbers-${i}`)),
    );
    const placed = responses.filter((r) => r.status === 201).map((r) => r.body.number as string);
    expect(placed).toHaveLength(19);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(11);
    expect(placed.every((n) => n.startsWith(first.body.number.slice(0, 12)))).toBe(true);
    const sequences = placed.map(sequenceOf).sort((a, b) => a - b);
    const start = sequenceOf(first.body.number) + 1;
    expect(sequences).toEqual(Array.from({ length: 19 }, (_, i) => start + i));

    await stockUp(w, sku, w.warehouses.prd, 1);
    const next = await place(customerId, sku, 1, 'numbers-after');
    expect(sequenceOf(next.body.number)).toBe(start + 19);
    const [{ lines, timeline }] = await w.t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM sales_order_line WHERE order_id = $1) AS lines,
              (SELECT count(*)::int FROM sales_order_timeline WHERE order_id = $1) AS timeline`,
      [next.body.id],
    );
    expect({ lines, timeline }).toEqual({ lines: 1, timeline: 1 });
  }, 60_000);

  it('takes the number only for the last writes before commit', async () => {
    const sku = await sellableSku(w, 1290);
    await stockUp(w, sku, w.warehouses.prd, 5);
    const customerId = await createCustomer(w);
    const { statements, result } = await countQueries(w.t, (http) =>
      http(w.website)
        .post('/api/v1/orders')
        .set('Idempotency-Key', 'numbers-window')
        .send(orderBody(customerId, [{ skuId: sku, quantity: 1 }])),
    );
    expect(result.status).toBe(201);
    const counter = statements.findIndex((sql) => sql.includes('document_sequence'));
    const held = statements.slice(counter + 1);
    if (process.env.SHOW_LOCK_WINDOW)
      console.log([`${held.length} of ${statements.length}`, ...held].join('\n'));
    expect(counter).toBeGreaterThan(0);
    for (const early of ['sales_order_line', 'sales_order_timeline'])
      expect(held.some((sql) => sql.includes(`INSERT INTO "${early}"`))).toBe(false);
  });

  it('keeps the order children’s foreign keys immediate outside placement', async () => {
    await expect(
      w.t.dataSource.query(
        `INSERT INTO sales_order_timeline (order_id, action, to_status, actor_kind)
         VALUES (uuidv7(), 'placed', 'confirmed', 'system')`,
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
