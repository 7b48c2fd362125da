import { randomUUID } from 'node:crypto';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule } from '@zhanggui/api-identity';
import { createOrgTree, signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import type { OrgTree, SignedInUser } from '@zhanggui/api-identity/testing';
import { InventoryModule } from '@zhanggui/api-inventory';
import { ORDER_CONFIRMED, OrdersModule } from '@zhanggui/api-orders';
import type { OrderEventPayload } from '@zhanggui/api-orders';
import { EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { createTestApp, expectProblem } from '@zhanggui/api-platform/testing';
import type { TestApp } from '@zhanggui/api-platform/testing';
import { FinanceModule } from '../../finance.module';
import { eventually } from '../../testing/finance-world';

/**
 * The website reconciliation end to end, over a generated statement. RECONCILE_LINES sets its size (20,000
 * here; `RECONCILE_LINES=1000000` is the benchmark of a million-line day, which prints the seconds it took).
 */
const LINES = Number(process.env.RECONCILE_LINES ?? 20_000);
const DAY = '2026-11-27';
const DIFFERENCES = 5;
const STRANGERS = 5;
const UNSETTLED = 3;
const GLOBAL_UPLOAD_LIMIT = 10 * 1024 * 1024;

const yuan = (fen: number) => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const orderNumber = (i: number) => `SO-20261127-R${String(i).padStart(7, '0')}`;
const amountOf = (i: number) => 1_000 + (i % 50_000);

/** Statement lines 0..LINES-1: the last DIFFERENCES differ by ¥1, then STRANGERS name orders we never had. */
function statement(prefix: string): Buffer {
  const rows = ['transaction_ref,order_ref,amount,fee,settled_at'];
  for (let i = 0; i < LINES; i++) {
    const stranger = i >= LINES - STRANGERS;
    const differs = !stranger && i >= LINES - STRANGERS - DIFFERENCES;
    const order = stranger ? `SO-UNKNOWN-${i}` : orderNumber(i);
    const amount = amountOf(i) + (differs ? 100 : 0);
    rows.push(
      `${prefix}${i},${order},${yuan(amount)},${yuan(Math.round(amount * 0.006))},${DAY} 1${i % 10}:00:00`,
    );
  }
  return Buffer.from(`\uFEFF${rows.join('\n')}\n`);
}

describe('website reconciliation: provider statement against prepaid payments', () => {
  let t: TestApp;
  let finance: SignedInUser;
  let tree: OrgTree;
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, CatalogModule, InventoryModule, OrdersModule, FinanceModule],
      // The production default for every other upload: the statement route must get past it.
      config: { uploadLimitBytes: GLOBAL_UPLOAD_LIMIT },
    });
    admin = await signInAsAdmin(t);
    tree = await createOrgTree(t, admin);
    finance = await userWithRoles(t, admin, [{ role: 'finance' }]);
    // Our side: a payment for every statement line except the strangers, and UNSETTLED more no line settles.
    await t.app.get(TransactionalConnection).dataSource.query(
      `INSERT INTO provider_payment (order_id, order_number, amount, currency, paid_on)
       SELECT uuidv7(), 'SO-20261127-R' || lpad(i::text, 7, '0'), 1000 + (i % 50000), 'CNY', $2
         FROM generate_series(0, $1 - 1) AS i`,
      [LINES - STRANGERS + UNSETTLED, DAY],
    );
  }, 180_000);
  afterAll(() => t.close());

  const http = () => t.http(finance.auth);
  const upload = (file: Buffer) =>
    http().post('/api/v1/website-reconciliation/statements').attach('file', file, 'statement.csv');

  it('keeps a payment for every prepaid order the provider confirms, once', async () => {
    const orderId = randomUUID();
    const payload: OrderEventPayload = {
      orderId,
      orderNumber: 'SO-20261128-P0001',
      customerId: randomUUID(),
      orgUnitId: tree.guangzhou,
      warehouseId: randomUUID(),
      status: 'confirmed',
      paymentMethod: 'prepaid',
      channel: 'website',
      total: 11_300,
      currency: 'CNY',
    };
    const bus = t.app.get(EventBus);
    await bus.publish(ORDER_CONFIRMED, payload);
    await bus.publish(ORDER_CONFIRMED, payload);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const payments = await eventually(async () => {
      const page = await http()
        .get(`/api/v1/website-reconciliation/days/${today}/unsettled-payments`)
        .expect(200);
      return page.body.data.length ? page.body.data : undefined;
    }, 'the provider payment');
    expect(payments).toEqual([
      { orderId, orderNumber: 'SO-20261128-P0001', amount: 11_300, currency: 'CNY' },
    ]);
  });

  it(`imports and matches a ${LINES}-line statement in a few set-based statements`, async () => {
    const started = Date.now();
    const response = await upload(statement('T')).expect(200);
    const seconds = (Date.now() - started) / 1000;
    if (process.env.RECONCILE_LINES)
      process.stdout.write(
        `website reconciliation: ${LINES} lines imported and matched in ${seconds.toFixed(2)} s\n`,
      );
    expect(response.body).toMatchObject({
      number: expect.stringMatching(/^PS-\d{8}-\d{4}$/),
      lines: LINES,
      duplicates: 0,
      matched: LINES - STRANGERS - DIFFERENCES,
      amountDifferences: DIFFERENCES,
      unmatched: STRANGERS,
      days: [DAY],
    });

    const day = await http().get(`/api/v1/website-reconciliation/days/${DAY}`).expect(200);
    expect(day.body).toMatchObject({
      lines: LINES,
      matched: LINES - STRANGERS - DIFFERENCES,
      amountDifferences: DIFFERENCES,
      amountDifferenceTotal: DIFFERENCES * 100,
      unmatched: STRANGERS,
      unexplained: STRANGERS + DIFFERENCES,
      unsettledPayments: UNSETTLED,
      closed: false,
    });
  }, 600_000);

  it('lists both sides’ open items', async () => {
    const strangers = await http()
      .get(`/api/v1/website-reconciliation/days/${DAY}/lines?status=unmatched`)
      .expect(200);
    expect(strangers.body.data).toHaveLength(STRANGERS);
    expect(strangers.body.data[0]).toMatchObject({
      orderId: null,
      expectedAmount: null,
      status: 'unmatched',
    });
    const differing = await http()
      .get(`/api/v1/website-reconciliation/days/${DAY}/lines?status=amount_difference&limit=2`)
      .expect(200);
    expect(differing.body.data).toHaveLength(2);
    expect(differing.body.data[0].amount - differing.body.data[0].expectedAmount).toBe(100);
    const next = await http()
      .get(
        `/api/v1/website-reconciliation/days/${DAY}/lines?status=amount_difference&limit=2&cursor=${differing.body.nextCursor}`,
      )
      .expect(200);
    expect(next.body.data[0].id).not.toBe(differing.body.data[0].id);
    const ours = await http()
      .get(`/api/v1/website-reconciliation/days/${DAY}/unsettled-payments`)
      .expect(200);
    expect(ours.body.data.map((p: { orderNumber: string }) => p.orderNumber)).toEqual(
      [0, 1, 2].map((k) => orderNumber(LINES - STRANGERS + k)),
    );
    expectProblem(
      await http().get(`/api/v1/website-reconciliation/days/${DAY}/lines?cursor=bogus`),
      400,
      'INVALID_CURSOR',
    );
  });

  it('adds nothing when the same statement comes again', async () => {
    const again = await upload(statement('T')).expect(200);
    expect(again.body).toMatchObject({ lines: 0, duplicates: LINES });
  }, 600_000);

  it('accepts a statement above the general 10 MB upload limit', async () => {
    const rows = ['transaction_ref,order_ref,amount,fee,settled_at'];
    let size = rows[0].length;
    for (let i = 0; size <= GLOBAL_UPLOAD_LIMIT + 512 * 1024; i++) {
      const row = `BIG-${String(i).padStart(12, '0')},SO-BIG-${i},12.30,0.07,2026-11-20 10:00:00`;
      rows.push(row);
      size += row.length + 1;
    }
    const file = Buffer.from(`${rows.join('\n')}\n`);
    expect(file.length).toBeGreaterThan(GLOBAL_UPLOAD_LIMIT);
    const response = await upload(file).expect(200);
    expect(response.body).toMatchObject({
      lines: rows.length - 1,
      unmatched: rows.length - 1,
      days: ['2026-11-20'],
    });
  }, 600_000);

  it('reads the statement again when a serialization failure re-runs the import', async () => {
    const db = t.app.get(TransactionalConnection).dataSource;
    // The first insert of statement lines fails as a serialization failure would; the sequence is outside the
    // transaction, so the retry gets through.
    await db.query(`CREATE SEQUENCE test_statement_retry`);
    await db.query(`
      CREATE FUNCTION test_fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('test_statement_retry') = 1 THEN
          RAISE EXCEPTION 'simulated serialization failure' USING ERRCODE = '40001';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER test_fail_once AFTER INSERT ON provider_statement_line
        FOR EACH STATEMENT EXECUTE FUNCTION test_fail_once()`);
    try {
      const response = await upload(
        Buffer.from(
          'transaction_ref,order_ref,amount,fee,settled_at\nRETRY-1,SO-RETRY-1,5.00,0,2026-11-21 09:00:00\n' +
            'RETRY-2,SO-RETRY-2,6.00,0,2026-11-21 09:05:00\n',
        ),
      ).expect(200);
      expect(response.body).toMatchObject({ lines: 2, unmatched: 2, days: ['2026-11-21'] });
      const [{ attempts }] = await db.query(`SELECT last_value::int AS attempts FROM test_statement_retry`);
      expect(attempts).toBe(2);
    } finally {
      await db.query(`DROP TRIGGER test_fail_once ON provider_statement_line`);
      await db.query(`DROP FUNCTION test_fail_once(); DROP SEQUENCE test_statement_retry`);
    }
  });

  it('refuses a malformed statement whole, naming the lines', async () => {
    const response = await upload(
      Buffer.from('transaction_ref,order_ref,amount,fee,settled_at\nX1,SO-1,12.345,0,2026-11-27 10:00:00\n'),
    );
    expectProblem(response, 422, 'STATEMENT_INVALID');
    expect(response.body.errors).toEqual([{ field: 'line 2', message: 'amount must be yuan such as 12.30' }]);
    expectProblem(
      await http().post('/api/v1/website-reconciliation/statements').send({}),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const misnamed = await http()
      .post('/api/v1/website-reconciliation/statements')
      .attach('statement', Buffer.from('transaction_ref\n'), 'statement.csv');
    expectProblem(misnamed, 400, 'STATEMENT_FILE_MISSING');
    expect(misnamed.body.errors).toEqual([{ field: 'file', message: 'is required' }]);
  });

  it('closes the day only when every line is matched or explained', async () => {
    expectProblem(
      await http().post(`/api/v1/website-reconciliation/days/${DAY}/close`),
      422,
      'RECONCILIATION_DAY_HAS_OPEN_ITEMS',
    );
    const open = await http()
      .get(`/api/v1/website-reconciliation/days/${DAY}/lines?unexplained=true&limit=200`)
      .expect(200);
    expect(open.body.data).toHaveLength(STRANGERS + DIFFERENCES);
    for (const line of open.body.data as Array<{ id: string; status: string }>) {
      const explained = await http()
        .post(`/api/v1/website-reconciliation/lines/${line.id}/explain`)
        .send({ reason: line.status === 'unmatched' ? '测试订单，平台已冲正' : '优惠券由平台承担' })
        .expect(200);
      expect(explained.body.explanation).toBeTruthy();
    }
    const matched = await http()
      .get(`/api/v1/website-reconciliation/days/${DAY}/lines?status=matched&limit=1`)
      .expect(200);
    expectProblem(
      await http()
        .post(`/api/v1/website-reconciliation/lines/${matched.body.data[0].id}/explain`)
        .send({ reason: 'x' }),
      422,
      'STATEMENT_LINE_MATCHED',
    );
    const closed = await http().post(`/api/v1/website-reconciliation/days/${DAY}/close`).expect(200);
    expect(closed.body).toMatchObject({ closed: true, unexplained: 0 });
    expectProblem(
      await http().post(`/api/v1/website-reconciliation/days/${DAY}/close`),
      422,
      'RECONCILIATION_DAY_CLOSED',
    );
    expectProblem(
      await http()
        .post(`/api/v1/website-reconciliation/lines/${open.body.data[0].id}/explain`)
        .send({ reason: '改' }),
      422,
      'RECONCILIATION_DAY_CLOSED',
    );
    expectProblem(await upload(statement('LATE')), 422, 'RECONCILIATION_DAY_CLOSED');
    expectProblem(
      await http().post('/api/v1/website-reconciliation/lines/99999999999/explain').send({ reason: 'x' }),
      404,
      'STATEMENT_LINE_NOT_FOUND',
    );
  }, 600_000);

  it('is finance’s alone', async () => {
    for (const role of ['customer-service-agent', 'hr', 'sales-manager'] as const) {
      const other = t.http((await userWithRoles(t, admin, [{ role }])).auth);
      expectProblem(await other.get(`/api/v1/website-reconciliation/days/${DAY}`), 403, 'FORBIDDEN');
      expectProblem(await other.get(`/api/v1/website-reconciliation/days/${DAY}/lines`), 403, 'FORBIDDEN');
      expectProblem(
        await other.get(`/api/v1/website-reconciliation/days/${DAY}/unsettled-payments`),
        403,
        'FORBIDDEN',
      );
      expectProblem(await other.post(`/api/v1/website-reconciliation/days/${DAY}/close`), 403, 'FORBIDDEN');
      expectProblem(await other.post('/api/v1/website-reconciliation/statements'), 403, 'FORBIDDEN');
      expectProblem(
        await other.post('/api/v1/website-reconciliation/lines/1/explain').send({ reason: 'x' }),
        403,
        'FORBIDDEN',
      );
    }
  });
});
