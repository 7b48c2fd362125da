import { splitByWeights } from '../targets/allocation-rules';
import { commissionFor } from './commission-rules';
import { beijingMonth, createSalesWorld, guangzhouSales, SalesWorld } from '../testing/sales-world';

describe('commission plans and the monthly commission calculation', () => {
  let w: SalesWorld;
  let sold: number;
  let planId: string;
  let sellerEmployeeId: string;
  const month = beijingMonth();

  beforeAll(async () => {
    w = await createSalesWorld();
    sold = (await guangzhouSales(w, [30_000])).reduce((sum, order) => sum + order.total, 0);
    const target = await as('salesManager')
      .post('/api/v1/sales-targets')
      .send({ period: month, orgUnitId: w.tree.guangdong, amount: 100_000 })
      .expect(201);
    const allocate = (unit: string, children: unknown[]) =>
      as('salesManager')
        .put(`/api/v1/sales-targets/${target.body.id}/allocations/${unit}`)
        .send({ children })
        .expect(200);
    await allocate(w.tree.guangdong, [{ orgUnitId: w.tree.pearlRiverDelta, amount: 100_000 }]);
    await allocate(w.tree.pearlRiverDelta, [
      { orgUnitId: w.tree.guangzhou, amount: 60_000 },
      { orgUnitId: w.tree.shenzhen, amount: 40_000 },
    ]);
    // Targets 3:1, so the sellers share 广州's sales 3:1.
    await allocate(w.tree.guangzhou, [
      { userId: w.people.sellerGuangzhou.id, amount: 30_000 },
      { userId: w.people.sellerGuangzhou2.id, amount: 10_000 },
    ]);
    // The first seller has an HR file (payroll pays employees); the second does not yet.
    const hr = as('hr');
    const position = await hr
      .post('/api/v1/positions')
      .send({ code: 'GZ-SALES', title: '销售代表', orgUnitId: w.tree.guangzhou, duties: '门店与线上销售' })
      .expect(201);
    await hr.put(`/api/v1/positions/${position.body.id}/headcount/2026`).send({ planned: 2 }).expect(200);
    const hired = await hr
      .post('/api/v1/employees')
      .send({
        name: '广州销售甲',
        positionId: position.body.id,
        hireDate: '2025-01-01',
        status: 'regular',
        userId: w.people.sellerGuangzhou.id,
      })
      .expect(201);
    sellerEmployeeId = hired.body.id;
  }, 180_000);
  afterAll(() => w?.t.close());

  const as = (who: keyof SalesWorld['people']) => w.t.http(w.people[who].auth);

  it('keeps plans with rising tiers', async () => {
    const plan = await as('salesManager')
      .post('/api/v1/commission-plans')
      .send({
        code: 'STD',
        name: '标准提成',
        tiers: [
          { fromAttainmentBp: 0, rateBp: 100 },
          { fromAttainmentBp: 10_000, rateBp: 300 },
        ],
      })
      .expect(201);
    planId = plan.body.id;
    expect(plan.headers.location).toBe(`/api/v1/commission-plans/${planId}`);
    const bad = await as('salesManager')
      .post('/api/v1/commission-plans')
      .send({ code: 'BAD', name: 'x', tiers: [{ fromAttainmentBp: 500, rateBp: 1 }] })
      .expect(400);
    expect(bad.body).toMatchObject({ code: 'COMMISSION_TIERS_INVALID', errors: [{ field: 'tiers' }] });
    const taken = await as('salesManager')
      .post('/api/v1/commission-plans')
      .send({ code: 'STD', name: 'x', tiers: [{ fromAttainmentBp: 0, rateBp: 1 }] })
      .expect(409);
    expect(taken.body.code).toBe('COMMISSION_PLAN_CODE_TAKEN');
    await as('cityGuangzhou').post('/api/v1/commission-plans').send({}).expect(403);
    const list = await as('finance').get('/api/v1/commission-plans?count=true').expect(200);
    expect(list.body.total).toBe(1);
    await as('salesManager')
      .patch(`/api/v1/commission-plans/${planId}`)
      .set('If-Match', '"9"')
      .send({ name: '新名字' })
      .expect(412);
    await as('salesManager')
      .patch(`/api/v1/commission-plans/${planId}`)
      .set('If-Match', '"1"')
      .send({ name: '2026 标准提成' })
      .expect(200);
    await as('planner').get('/api/v1/commission-plans').expect(403);
  });

  it('calculates each person’s commission from their share of the city’s sales, once a month, and tells payroll', async () => {
    const run = await as('salesManager')
      .post('/api/v1/commission-runs')
      .send({ period: month, planId })
      .expect(201);
    expect(run.body.number).toMatch(/^SC-\d{8}-\d{4}$/);
    const byUser = new Map(run.body.lines.map((l: { userId: string }) => [l.userId, l]));
    const first = byUser.get(w.people.sellerGuangzhou.id) as Record<string, number>;
    const second = byUser.get(w.people.sellerGuangzhou2.id) as Record<string, number>;
    // Shares add up to the city's sales exactly.
    expect(first.actualAmount + second.actualAmount).toBe(sold);
    expect([first.actualAmount, second.actualAmount]).toEqual(splitByWeights(sold, [3, 1]));
    for (const line of [first, second]) {
      const expectedRate = line.attainmentBp >= 10_000 ? 300 : 100;
      expect(line.rateBp).toBe(expectedRate);
      expect(line.amount).toBe(commissionFor(line.actualAmount, expectedRate));
    }
    expect(run.body.total).toBe(first.amount + second.amount);

    const events = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'SalesCommissionsCalculated'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ runId: run.body.id, period: month, total: run.body.total });
    expect(events[0].payload.lines).toHaveLength(2);

    // The commission of the seller with an HR file is that month's payroll input, once.
    const inputs = await as('finance').get(`/api/v1/payroll-inputs?month=${month}`).expect(200);
    expect(
      inputs.body.data.map((i: Record<string, unknown>) => [i.employeeId, i.kind, i.amount, i.source]),
    ).toEqual([[sellerEmployeeId, 'commission', first.amount, 'sales']]);
    expect(events[0].payload.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: w.people.sellerGuangzhou.id, employeeId: sellerEmployeeId }),
        expect.objectContaining({ userId: w.people.sellerGuangzhou2.id, employeeId: null }),
      ]),
    );

    const again = await as('salesManager')
      .post('/api/v1/commission-runs')
      .send({ period: month, planId })
      .expect(409);
    expect(again.body.code).toBe('COMMISSION_RUN_EXISTS');
    await as('salesManager').post('/api/v1/commission-runs').send({ period: '2026-Q4', planId }).expect(400);
    await as('finance').post('/api/v1/commission-runs').send({ period: month, planId }).expect(403);

    // Readers see the lines of their own territory only.
    const gz = await as('cityGuangzhou').get(`/api/v1/commission-runs/${run.body.id}`).expect(200);
    expect(gz.body.lines).toHaveLength(2);
    const hz = await as('cityHangzhou').get(`/api/v1/commission-runs/${run.body.id}`).expect(200);
    expect(hz.body.lines).toEqual([]);
    const hr = await as('hr').get('/api/v1/commission-runs?count=true').expect(200);
    expect(hr.body.total).toBe(1);
    await as('planner').get('/api/v1/commission-runs').expect(403);
    await w.t.http().get('/api/v1/commission-runs').expect(401);
  });
});
