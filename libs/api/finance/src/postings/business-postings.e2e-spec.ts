import fc from 'fast-check';
import { TransactionalConnection } from '@zhanggui/api-platform';
import type { DomainEvent } from '@zhanggui/api-platform';
import { LedgerService } from '../ledger/ledger.service';
import { LedgerReportsService } from '../ledger/ledger-reports.service';
import { beijingToday, createFinanceWorld, eventually, FinanceWorld } from '../testing/finance-world';
import {
  createCustomer,
  deliveredOrder,
  OrderFlows,
  sellableSku,
  setUpOrderFlows,
} from '../testing/order-flows';
import { BusinessPostingsSubscriber } from './business-postings.subscriber';

interface EntryView {
  id: string;
  number: string;
  totalAmount: number;
  lines: Array<{ accountCode: string; debit: number; credit: number }>;
}

describe('automatic postings from real business flows, and the ledger invariants', () => {
  let w: FinanceWorld;
  let f: OrderFlows;
  let sku: string;
  let customerId: string;
  let ledger: LedgerService;
  let connection: TransactionalConnection;
  const today = beijingToday();

  /** The entry posted for (source, purpose), once it has been posted by the event's subscriber. */
  const entryFor = (sourceType: string, sourceId: string, purpose: string) =>
    eventually(async () => {
      const list = await w.t
        .http(w.people.finance.auth)
        .get(`/api/v1/journal-entries?sourceType=${sourceType}&sourceId=${sourceId}`)
        .expect(200);
      const summary = list.body.data.find(
        (e: { source: { purpose: string } }) => e.source.purpose === purpose,
      );
      if (!summary) return undefined;
      return (await w.t.http(w.people.auditor.auth).get(`/api/v1/journal-entries/${summary.id}`).expect(200))
        .body as EntryView;
    }, `${purpose} of ${sourceType} ${sourceId}`);
  const voucher = (entry: EntryView) => entry.lines.map((l) => [l.accountCode, l.debit, l.credit]);

  beforeAll(async () => {
    w = await createFinanceWorld();
    f = await setUpOrderFlows(w);
    sku = await sellableSku(f, 11_300, 5_000);
    customerId = await createCustomer(f);
    ledger = w.t.app.get(LedgerService);
    connection = w.t.app.get(TransactionalConnection);
  }, 180_000);
  afterAll(() => w.t.close());

  it('books a COD order: goods issue on shipment, revenue and cost on delivery, cash through the courier to the bank', async () => {
    const order = await deliveredOrder(f, { customerId, lines: [{ skuId: sku, quantity: 2 }] });
    const net = Math.round((order.total * 100) / 113);
    const revenue = await entryFor('order', order.id, 'revenue');
    expect(voucher(revenue)).toEqual([
      ['1122', order.total, 0],
      ['6001', 0, net],
      ['222101', 0, order.total - net],
    ]);
    expect(voucher(await entryFor('order', order.id, 'goods-issue'))).toEqual([
      ['1406', 10_000, 0],
      ['1405', 0, 10_000],
    ]);
    expect(voucher(await entryFor('order', order.id, 'cost-of-sales'))).toEqual([
      ['6401', 10_000, 0],
      ['1406', 0, 10_000],
    ]);

    const collected = await w.t
      .http(f.cityManager.auth)
      .post(`/api/v1/orders/${order.id}/cod-collection`)
      .send({ amount: order.total })
      .expect(201);
    expect(voucher(await entryFor('cod_collection', collected.body.id, 'cod-collected'))).toEqual([
      ['122101', order.total, 0],
      ['1122', 0, order.total],
    ]);
    const batch = await w.t
      .http(f.cityManager.auth)
      .post('/api/v1/cod-remittances')
      .send({ cityId: w.tree.guangzhou, businessDay: today })
      .expect(201);
    await w.t
      .http(f.cityManager.auth)
      .post(`/api/v1/cod-remittances/${batch.body.id}/hand-in`)
      .send({ amount: batch.body.expectedAmount - 300 })
      .expect(200);
    await w.t
      .http(w.people.finance.auth)
      .post(`/api/v1/cod-remittances/${batch.body.id}/confirm`)
      .send({ reason: '快递员少交 3 元' })
      .expect(200);
    expect(voucher(await entryFor('cod_remittance', batch.body.id, 'cod-remitted'))).toEqual([
      ['1002', batch.body.expectedAmount - 300, 0],
      ['122101', 0, batch.body.expectedAmount],
      ['122102', 300, 0],
    ]);
  });

  it('books a prepaid order: the advance on payment, settled by revenue on delivery', async () => {
    const order = await deliveredOrder(f, {
      customerId,
      lines: [{ skuId: sku, quantity: 1 }],
      paymentMethod: 'prepaid',
    });
    expect(voucher(await entryFor('order', order.id, 'prepayment'))).toEqual([
      ['101201', order.total, 0],
      ['2203', 0, order.total],
    ]);
    const revenue = await entryFor('order', order.id, 'revenue');
    expect(revenue.lines[0]).toMatchObject({ accountCode: '2203', debit: order.total });
  });

  it('posts one entry when one event is delivered twice at once', async () => {
    const subscriber = w.t.app.get(BusinessPostingsSubscriber);
    const event: DomainEvent = {
      id: '01900000-0000-7000-8000-000000000001',
      type: 'OrderDelivered',
      occurredAt: new Date(),
      actorKind: 'system',
      actorId: null,
      requestId: null,
      payload: {
        orderId: '01900000-0000-7000-8000-0000000000aa',
        orderNumber: 'SO-20261128-9999',
        customerId,
        orgUnitId: w.tree.guangzhou,
        warehouseId: f.warehouseId,
        status: 'delivered',
        paymentMethod: 'cod',
        channel: 'website',
        total: 22_600,
        currency: 'CNY',
      },
    };
    await Promise.all([1, 2, 3].map(() => connection.withTransaction(() => subscriber.handle(event))));
    const rows = await w.t.dataSource.query(
      `SELECT id FROM journal_entry WHERE source_type = 'order' AND source_id = $1 AND purpose = 'revenue'`,
      [event.payload.orderId],
    );
    expect(rows).toHaveLength(1);
  });

  it('keeps every entry balanced and the trial balance zero after random sequences of operations', async () => {
    const leaves: string[] = (
      await w.t.dataSource.query(`SELECT code FROM ledger_account WHERE is_leaf AND active ORDER BY code`)
    ).map((row: { code: string }) => row.code);
    const reports = w.t.app.get(LedgerReportsService);
    let run = 0;
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('post' as const),
        sourceId: fc.integer({ min: 1, max: 8 }),
        lines: fc.array(
          fc.record({
            account: fc.integer({ min: 0, max: leaves.length - 1 }),
            amount: fc.integer({ min: 1, max: 5_000_000 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('unbalanced' as const), amount: fc.integer({ min: 1, max: 1000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        run++;
        const posted: string[] = [];
        for (const op of operations) {
          if (op.kind === 'post') {
            // Debits on random accounts, balanced by one credit line: a random but valid entry. Source ids
            // repeat, so some posts must answer the entry already there.
            const debits = op.lines.map((l) => ({ accountCode: leaves[l.account], debit: l.amount }));
            const total = debits.reduce((sum, l) => sum + l.debit, 0);
            const result = await ledger.post({
              source: { type: 'property_run', id: `${run}-${op.sourceId}`, purpose: 'random' },
              date: today,
              description: `随机凭证 ${run}-${op.sourceId}`,
              lines: [
                ...debits,
                { accountCode: leaves[(op.lines[0].account + 1) % leaves.length], credit: total },
              ],
            });
            posted.push(result.entry.id);
          } else if (op.kind === 'reverse' && posted.length > 0) {
            const id = posted[op.pick % posted.length];
            if (!(await ledger.reversalOf(id))) await ledger.reverse(id, '随机冲销', today);
          } else if (op.kind === 'unbalanced') {
            await expect(
              ledger.post({
                source: { type: 'property_run', id: `${run}-bad`, purpose: 'unbalanced' },
                date: today,
                description: '不平衡',
                lines: [
                  { accountCode: '1001', debit: op.amount },
                  { accountCode: '6001', credit: op.amount + 1 },
                ],
              }),
            ).rejects.toMatchObject({ code: 'JOURNAL_ENTRY_INVALID' });
          }
        }
        const unbalanced = await w.t.dataSource.query(
          `SELECT e.id FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
            GROUP BY e.id, e.total_amount HAVING sum(l.debit) <> sum(l.credit) OR sum(l.debit) <> e.total_amount`,
        );
        expect(unbalanced).toEqual([]);
        const duplicates = await w.t.dataSource.query(
          `SELECT source_type, source_id, purpose FROM journal_entry WHERE source_type IS NOT NULL
            GROUP BY 1, 2, 3 HAVING count(*) > 1`,
        );
        expect(duplicates).toEqual([]);
        const trial = await reports.trialBalance(today.slice(0, 7));
        expect(trial.balanced).toBe(true);
        expect(trial.totals.closingDebit).toBe(trial.totals.closingCredit);
        const sheet = await reports.balanceSheet(today.slice(0, 7));
        expect(sheet.balanced).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
