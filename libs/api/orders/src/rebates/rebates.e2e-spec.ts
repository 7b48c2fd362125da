import fc from 'fast-check';
import { runAsActor, TransactionalConnection } from '@zhanggui/api-platform';
import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createCustomer,
  createOrderWorld,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from '../orders/testing/order-world';
import { AutoCompletion } from '../returns/auto-completion';
import { deliveredOrder } from '../testing/after-sales';
import { RebateLedger } from './rebate-ledger';
import { RebatesService } from './rebates.service';

const DAY = 24 * 60 * 60 * 1000;

describe('rebates (返利)', () => {
  let w: OrderWorld;
  let sku: string;
  let member: string;

  const as = (who: keyof OrderWorld['people']) => w.t.http(w.people[who].auth);
  const inTransaction = <T>(work: () => Promise<T>) =>
    runAsActor(undefined, () => w.t.app.get(TransactionalConnection).withTransaction(work));
  const ledgerOf = async (customerId: string) =>
    (await as('finance').get(`/api/v1/customers/${customerId}/rebates`).expect(200)).body;

  /** A delivered order, completed by the job with the clock past its return window, its rebate earned. */
  async function completedOrder(quantity: number, paymentMethod: 'cod' | 'prepaid' = 'prepaid') {
    const order = await deliveredOrder(w, {
      customerId: member,
      paymentMethod,
      lines: [{ skuId: sku, quantity }],
    });
    const later = new Date(Date.now() + 8 * DAY);
    await w.t.app.get(AutoCompletion).run(later);
    return {
      order,
      earn: () => inTransaction(() => w.t.app.get(RebatesService).earnForOrder(order.id, later)),
    };
  }

  beforeAll(async () => {
    w = await createOrderWorld();
    sku = await sellableSku(w, 10_000);
    await stockUp(w, sku, w.warehouses.prd, 1000);
    await w.t
      .http(w.people.salesManager.auth)
      .post('/api/v1/member-levels')
      .send({ nameZh: '普通会员', nameEn: 'Member', thresholdAmount: 0, rebateBps: 200 })
      .expect(201);
    member = await createCustomer(w);
    await as('agent').post(`/api/v1/customers/${member}/membership`).send({}).expect(201);
  }, 120_000);
  afterAll(() => w.t.close());

  it('earns the level’s rate on a completed order only after the return window, once', async () => {
    const order = await deliveredOrder(w, {
      customerId: member,
      paymentMethod: 'prepaid',
      lines: [{ skuId: sku, quantity: 1 }],
    });
    const rebates = w.t.app.get(RebatesService);
    // Completed early by a lead: nothing is credited before the window closes.
    await as('lead').post(`/api/v1/orders/${order.id}/complete`).send({}).expect(200);
    expect((await inTransaction(() => rebates.earnForOrder(order.id, new Date()))).outcome).toBe('not-yet');
    const later = new Date(Date.now() + 8 * DAY);
    expect(await inTransaction(() => rebates.earnForOrder(order.id, later))).toEqual({
      outcome: 'earned',
      amount: 200,
    });
    expect((await inTransaction(() => rebates.earnForOrder(order.id, later))).outcome).toBe('nothing');
    const ledger = await ledgerOf(member);
    expect(ledger.balance).toBe(200);
    expect(ledger.data).toEqual([
      expect.objectContaining({
        kind: 'earned',
        amount: 200,
        balanceAfter: 200,
        orderId: order.id,
        rateBps: 200,
      }),
    ]);
    const [event] = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'RebateEarned'`,
    );
    expect(event.payload).toMatchObject({ orderId: order.id, amount: 200, rateBps: 200, basis: 10_000 });
    expectProblem(await as('hr').get(`/api/v1/customers/${member}/rebates`), 403, 'FORBIDDEN');
    await as('agent').get(`/api/v1/customers/${member}/rebates`).expect(200);
  });

  it('reverses the rebate of refunded goods in proportion', async () => {
    const { order, earn } = await completedOrder(2);
    expect(await earn()).toEqual({ outcome: 'earned', amount: 400 });
    const [line] = (await as('agent').get(`/api/v1/orders/${order.id}`).expect(200)).body.lines;
    const r = (
      await as('agent')
        .post('/api/v1/returns')
        .send({
          orderId: order.id,
          kind: 'return',
          lines: [{ orderLineId: line.id, quantity: 1, reason: '退一件' }],
        })
        .expect(201)
    ).body;
    await as('lead').post(`/api/v1/returns/${r.id}/approve`).send({}).expect(200);
    await as('productManager').post(`/api/v1/returns/${r.id}/receive`).send({}).expect(200);
    const inspected = (await as('agent').get(`/api/v1/returns/${r.id}`).expect(200)).body;
    await as('productManager')
      .post(`/api/v1/returns/${r.id}/inspect`)
      .send({ lines: [{ returnLineId: inspected.lines[0].id, disposition: 'restock' }] })
      .expect(200);
    const before = (await ledgerOf(member)).balance;
    await as('finance').post(`/api/v1/returns/${r.id}/refund`).send({}).expect(200);
    const ledger = await ledgerOf(member);
    expect(ledger.data[0]).toMatchObject({ kind: 'reversed', amount: -200, orderId: order.id });
    expect(ledger.balance).toBe(before - 200);
  });

  it('pays toward a new order with rebate; parallel redemptions never overdraw the balance', async () => {
    const balance = (await ledgerOf(member)).balance;
    expect(balance).toBeGreaterThanOrEqual(300);
    const placed = (
      await as('agent')
        .post('/api/v1/orders')
        .send(orderBody(member, [{ skuId: sku, quantity: 1 }]))
        .expect(201)
    ).body;
    const share = Math.floor(balance / 2) + 1; // two of these never fit
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        as('agent').post(`/api/v1/orders/${placed.id}/rebate-redemptions`).send({ amount: share }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201))
      expect(r.body.code).toBe('REBATE_BALANCE_INSUFFICIENT');
    const ledger = await ledgerOf(member);
    expect(ledger.balance).toBe(balance - share);
    expect(ledger.balance).toBeGreaterThanOrEqual(0);
    const order = (await as('agent').get(`/api/v1/orders/${placed.id}`).expect(200)).body;
    expect(order.paidAmount).toBe(share);
    expectProblem(
      await as('agent').post(`/api/v1/orders/${placed.id}/rebate-redemptions`).send({ amount: order.total }),
      422,
      'REBATE_EXCEEDS_AMOUNT_DUE',
    );
    // Cancelling gives the rebate back (the subscriber runs after commit).
    await as('agent').post(`/api/v1/orders/${placed.id}/cancel`).send({ reason: '客户取消' }).expect(200);
    await inTransaction(() => w.t.app.get(RebatesService).restoreForCancelledOrder(placed.id));
    expect((await ledgerOf(member)).balance).toBe(balance);
    expectProblem(
      await as('agent').post(`/api/v1/orders/${placed.id}/rebate-redemptions`).send({ amount: 1 }),
      422,
      'REBATE_ORDER_NOT_PAYABLE',
    );
    expectProblem(
      await as('cityGuangzhou').post(`/api/v1/orders/${placed.id}/rebate-redemptions`).send({ amount: 1 }),
      403,
      'FORBIDDEN',
    );
  });

  it('expires unspent rebate after the configured months, once; the database refuses to rewrite the ledger', async () => {
    const before = (await ledgerOf(member)).balance;
    const rebates = w.t.app.get(RebatesService);
    const inThirteenMonths = new Date(Date.now() + 400 * DAY);
    const first = await inTransaction(() => rebates.expireAll(inThirteenMonths));
    expect(first.expired).toBe(before);
    expect((await inTransaction(() => rebates.expireAll(inThirteenMonths))).expired).toBe(0);
    expect((await ledgerOf(member)).balance).toBe(0);
    await expect(w.t.dataSource.query(`UPDATE rebate_entry SET amount = amount + 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(w.t.dataSource.query(`DELETE FROM rebate_entry`)).rejects.toThrow(/append-only/);
    expect((await as('finance').post('/api/v1/rebate-expiries').send({}).expect(200)).body).toEqual({
      customers: 0,
      expired: 0,
    });
    expectProblem(await as('agent').post('/api/v1/rebate-expiries').send({}), 403, 'FORBIDDEN');
  });

  it('keeps balance = sum of the ledger, never negative, after random earn/redeem/reverse/expire (property)', async () => {
    const ledger = w.t.app.get(RebateLedger);
    let run = 0;
    const op = fc.oneof(
      fc.record({ kind: fc.constant('earn' as const), amount: fc.integer({ min: 1, max: 5000 }) }),
      fc.record({ kind: fc.constant('redeem' as const), amount: fc.integer({ min: 1, max: 5000 }) }),
      fc.record({ kind: fc.constant('reverse' as const), amount: fc.integer({ min: 1, max: 5000 }) }),
      fc.record({ kind: fc.constant('expire' as const), days: fc.integer({ min: 0, max: 30 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 15 }), async (ops) => {
        run++;
        const customerId = await createCustomer(w);
        let model = 0;
        let clock = Date.now();
        for (const [i, o] of ops.entries()) {
          const key = `prop:${run}:${i}`;
          clock += DAY;
          const at = new Date(clock);
          await inTransaction(async () => {
            if (o.kind === 'earn') {
              await ledger.credit({
                customerId,
                kind: 'earned',
                amount: o.amount,
                sourceKey: key,
                occurredAt: at,
              });
              model += o.amount;
            } else if (o.kind === 'redeem') {
              if (model >= o.amount) {
                await ledger.debit({
                  customerId,
                  kind: 'redeemed',
                  amount: o.amount,
                  sourceKey: key,
                  occurredAt: at,
                });
                model -= o.amount;
              } else
                await expect(
                  ledger.debit({ customerId, kind: 'redeemed', amount: o.amount, sourceKey: key }),
                ).rejects.toMatchObject({ code: 'REBATE_BALANCE_INSUFFICIENT' });
            } else if (o.kind === 'reverse') {
              model -= await ledger.debitUpTo({
                customerId,
                kind: 'reversed',
                amount: o.amount,
                sourceKey: key,
                occurredAt: at,
              });
            } else {
              model -= await ledger.expire(customerId, new Date(clock - o.days * DAY), at);
            }
          });
        }
        const rows: Array<{ amount: string; balance_after: string }> = await w.t.dataSource.query(
          `SELECT amount, balance_after FROM rebate_entry WHERE customer_id = $1 ORDER BY id`,
          [customerId],
        );
        const sum = rows.reduce((total, r) => total + Number(r.amount), 0);
        const balance = await inTransaction(() => ledger.balance(customerId));
        expect(balance).toBe(sum);
        expect(balance).toBe(model);
        expect(rows.every((r) => Number(r.balance_after) >= 0)).toBe(true);
        if (rows.length > 0) expect(Number(rows.at(-1)!.balance_after)).toBe(sum);
        expect((await ledgerOf(customerId)).balance).toBe(sum);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
