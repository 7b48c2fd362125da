import { randomUUID } from 'node:crypto';
import { COD_REMITTANCE_CONFIRMED } from '@zhanggui/api-orders';
import type { CodRemittanceConfirmedPayload } from '@zhanggui/api-orders';
import { EventBus } from '@zhanggui/api-platform';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { createFinanceWorld, eventually, FinanceWorld } from '../../testing/finance-world';

describe('COD cash: confirmed remittances against bank deposits', () => {
  let w: FinanceWorld;
  const DAY = '2026-11-26';

  beforeAll(async () => {
    w = await createFinanceWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  const finance = () => w.t.http(w.people.finance.auth);
  const remittance = (number: string, handedInAmount: number): CodRemittanceConfirmedPayload => ({
    remittanceId: randomUUID(),
    number,
    orgUnitId: w.tree.guangzhou,
    courierId: randomUUID(),
    businessDay: DAY,
    status: 'confirmed',
    expectedAmount: handedInAmount,
    handedInAmount,
    difference: 0,
    currency: 'CNY',
    orderIds: [],
  });
  const upload = (csv: string) =>
    finance().post('/api/v1/cod-reconciliation/bank-deposits').attach('file', Buffer.from(csv), 'bank.csv');

  it('matches by reference, then by day and amount, and lists what is left on both sides', async () => {
    const bus = w.t.app.get(EventBus);
    const byReference = remittance('CR-20261126-0001', 120_000);
    const byAmount = remittance('CR-20261126-0002', 50_000);
    const missing = remittance('CR-20261126-0003', 33_300);
    for (const r of [byReference, byAmount, missing]) await bus.publish(COD_REMITTANCE_CONFIRMED, r);
    await bus.publish(COD_REMITTANCE_CONFIRMED, byReference); // redelivered: still one
    await eventually(async () => {
      const day = await finance().get(`/api/v1/cod-reconciliation/days/${DAY}`).expect(200);
      return day.body.unmatchedRemittances.length === 3;
    }, 'three remittances');

    const imported = await upload(
      [
        'date,amount,reference,description',
        `${DAY},1200.00,CR-20261126-0001,广州站现金存入`,
        `${DAY},500.00,B778812,现金存入`,
        `${DAY},88.00,B778813,不明款项`,
      ].join('\n'),
    ).expect(200);
    expect(imported.body).toEqual({ lines: 3, duplicates: 0, matched: 2 });

    const day = await finance().get(`/api/v1/cod-reconciliation/days/${DAY}`).expect(200);
    expect(day.body).toMatchObject({
      remittedAmount: 203_300,
      depositedAmount: 178_800,
      matched: 2,
      unmatchedRemittances: [
        { remittanceId: missing.remittanceId, number: 'CR-20261126-0003', amount: 33_300 },
      ],
      unmatchedDeposits: [expect.objectContaining({ reference: 'B778813', amount: 8_800 })],
    });

    const again = await upload(`date,amount,reference\n${DAY},88.00,B778813\n`).expect(200);
    expect(again.body).toEqual({ lines: 0, duplicates: 1, matched: 0 });
  });

  it('refuses a malformed deposit file, naming the line', async () => {
    const response = await upload('date,amount,reference\n2026-11-26,-5.00,X\n');
    expectProblem(response, 422, 'STATEMENT_INVALID');
    expect(response.body.errors).toEqual([
      { field: 'line 2', message: 'amount must be positive yuan such as 1200.00' },
    ]);
    expectProblem(
      await finance().get('/api/v1/cod-reconciliation/days/26-11-2026'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('is finance’s alone', async () => {
    for (const person of ['agent', 'hr', 'productManager', 'salesManager'] as const) {
      const http = w.t.http(w.people[person].auth);
      expectProblem(await http.get(`/api/v1/cod-reconciliation/days/${DAY}`), 403, 'FORBIDDEN');
      expectProblem(await http.post('/api/v1/cod-reconciliation/bank-deposits'), 403, 'FORBIDDEN');
    }
  });
});
