import { GappedDocumentNumbers } from '@zhanggui/api-platform';
import { countQueries } from '@zhanggui/api-platform/testing';
import {
  createCustomer,
  createOrderWorld,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from './testing/order-world';

/**
 * Sales order numbers come from a sequence per day (finding 1 of docs/performance.md): unique, increasing,
 * with gaps where an order was refused, and no counter row locked until commit.
 */
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

  it('gives 30 parallel placements distinct numbers of the day; refused ones leave gaps', async () => {
    const sku = await sellableSku(w, 990);
    await stockUp(w, sku, w.warehouses.prd, 20);
    const customerId = await createCustomer(w);
    const first = await place(customerId, sku, 1, 'numbers-first');
    expect([first.status, first.body.detail]).toEqual([201, undefined]);

    // 19 units left for 30 orders of one: 11 are refused after they took a number, which stays used.
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => place(customerId, sku, 1, `numbers-${i}`)),
    );
    const placed = responses.filter((r) => r.status === 201).map((r) => r.body.number as string);
    expect(placed).toHaveLength(19);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(11);
    expect(placed.every((n) => n.startsWith(first.body.number.slice(0, 12)))).toBe(true);
    const sequences = placed.map(sequenceOf);
    const start = sequenceOf(first.body.number);
    expect(new Set(sequences).size).toBe(19);
    expect(sequences.every((n) => n > start && n <= start + 30)).toBe(true);

    await stockUp(w, sku, w.warehouses.prd, 1);
    const next = await place(customerId, sku, 1, 'numbers-after');
    expect(sequenceOf(next.body.number)).toBe(start + 31);
    const [{ lines, timeline }] = await w.t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM sales_order_line WHERE order_id = $1) AS lines,
              (SELECT count(*)::int FROM sales_order_timeline WHERE order_id = $1) AS timeline`,
      [next.body.id],
    );
    expect({ lines, timeline }).toEqual({ lines: 1, timeline: 1 });
  }, 60_000);

  it('locks no counter row, and answers the 201 without reading the order back', async () => {
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
    // With the day's counter row (until this change) 14 statements ran while it was locked, and 19 before the
    // 201 was built from what placement wrote instead of five reads; now none waits on a lock of another order.
    expect(statements.filter((sql) => sql.includes('document_sequence'))).toEqual([]);
    expect(statements.filter((sql) => sql.includes('nextval('))).toHaveLength(1);
    expect(
      statements.filter((sql) =>
        /^\s*SELECT .* FROM "(sales_order_line|order_payment|sales_order_note|sales_order_timeline)"/.test(
          sql,
        ),
      ),
    ).toEqual([]);

    // What placement built is what a read after commit shows, and what a retry replays.
    const read = await w.t.http(w.website).get(`/api/v1/orders/${result.body.id}`).expect(200);
    expect(result.body).toEqual(read.body);
    expect(result.body).toMatchObject({ lines: [{ lineNo: 1, quantity: 1 }], payments: [], notes: [] });
    expect(result.body.timeline).toEqual([expect.objectContaining({ action: 'placed', to: 'confirmed' })]);
    const replay = await w.t
      .http(w.website)
      .post('/api/v1/orders')
      .set('Idempotency-Key', 'numbers-window')
      .send(orderBody(customerId, [{ skuId: sku, quantity: 1 }]))
      .expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(read.body);
  });

  it('starts a day’s sequence after the numbers the gapless counter already gave out that day', async () => {
    const numbers = w.t.app.get(GappedDocumentNumbers);
    await w.t.dataSource.query(
      `INSERT INTO document_sequence (prefix, day, last_value)
       VALUES ('GAPTEST', (now() AT TIME ZONE 'Asia/Shanghai')::date, 41)`,
    );
    const taken = await Promise.all([numbers.next('GAPTEST'), numbers.next('GAPTEST')]);
    expect(taken.map(sequenceOf).sort()).toEqual([42, 43]);
    expect(await numbers.next('GAPTEST')).toMatch(/^GAPTEST-\d{8}-0044$/);
  });

  it('lets a shutdown wait for the next day’s sequence still being made in the background', async () => {
    const numbers = w.t.app.get(GappedDocumentNumbers);
    const number = await numbers.next('LATETEST');
    const nextDay = await w.t.dataSource.query(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date + 1, 'YYYYMMDD') AS day`,
    );
    // The first number of the day started the next day's sequence without waiting for it; the shutdown hook
    // returns only once it is made (else the database would close, or be dropped, under its connection).
    await numbers.beforeApplicationShutdown();
    const [made] = await w.t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'S' AND relname = $1`,
      [`document_number_latetest_${nextDay[0].day}`],
    );
    expect([number, made.n]).toEqual([expect.stringMatching(/^LATETEST-\d{8}-0001$/), 1]);
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
