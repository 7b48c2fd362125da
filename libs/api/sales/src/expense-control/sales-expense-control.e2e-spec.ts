import { SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { countQueries } from '@zhanggui/api-platform/testing';
import { beijingMonth, createSalesWorld, guangzhouSales, SalesWorld } from '../testing/sales-world';

interface Row {
  orgUnitId: string;
  budget: number | null;
  actual: number;
  pending: number;
  spent: number;
  netSales: number;
  usedBp: number | null;
  ratioBp: number | null;
  plannedRatioBp: number | null;
  target: number | null;
  status: string;
}

describe('sales expense control (费比): spend against budget per territory', () => {
  let w: SalesWorld;
  let claimant: SignedInUser;
  let netSales: number;
  let gzBudget: string;
  const month = beijingMonth();
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  const control = (auth: string, period = month) =>
    w.t.http(auth).get(`/api/v1/sales-expense-control?period=${period}`);
  const rows = async (auth: string) =>
    new Map(((await control(auth).expect(200)).body.territories as Row[]).map((r) => [r.orgUnitId, r]));
  const budget = (orgUnitId: string, amount: number) =>
    w.t
      .http(w.people.finance.auth)
      .post('/api/v1/budgets')
      .send({ orgUnitId, periodKind: 'month', periodDate: today, accountCode: '6601', amount })
      .expect(201)
      .then((r) => r.body.id as string);
  /** A 广州 marketing claim (销售费用) submitted and approved by the city manager: pending until finance approves. */
  const submittedClaim = async (amount: number) => {
    const created = await w.t
      .http(claimant.auth)
      .post('/api/v1/expense-claims')
      .send({
        title: '地推活动',
        lines: [{ expenseDate: today, category: 'marketing', amount, description: '传单与展架' }],
      })
      .expect(201);
    await w.t.http(claimant.auth).post(`/api/v1/expense-claims/${created.body.id}/submit`).expect(200);
    await w.t
      .http(w.people.cityGuangzhou.auth)
      .post(`/api/v1/expense-claims/${created.body.id}/approve`)
      .send({})
      .expect(200);
    return created.body.id as string;
  };
  const financeApproves = (id: string) =>
    w.t.http(w.people.finance.auth).post(`/api/v1/expense-claims/${id}/approve`).send({}).expect(200);

  beforeAll(async () => {
    w = await createSalesWorld();
    claimant = await userWithRoles(
      w.t,
      w.admin,
      [{ role: 'customer-service-agent', orgUnitId: w.tree.guangzhou }],
      { orgUnitId: w.tree.guangzhou },
    );
    netSales = (await guangzhouSales(w, [30_000, 20_000])).reduce((sum, o) => sum + o.total, 0);
    gzBudget = await budget(w.tree.guangzhou, 10_000);
    await budget(w.tree.guangdong, 200_000);
    // The province's target makes the plan: 200,000 of expenses on 2,000,000 of sales is a 费比 of 10%.
    await w.t
      .http(w.people.salesManager.auth)
      .post('/api/v1/sales-targets')
      .send({ period: month, orgUnitId: w.tree.guangdong, amount: 2_000_000 })
      .expect(201);
  }, 180_000);
  afterAll(() => w?.t.close());

  it('lets the sales line, finance and the general manager read it, each within their reach', async () => {
    const all = await rows(w.people.salesManager.auth);
    expect(all.has(w.tree.guangzhou) && all.has(w.tree.hangzhou) && all.has(w.tree.guangdong)).toBe(true);
    expect((await rows(w.people.finance.auth)).size).toBe(all.size);
    expect((await rows(w.people.generalManager.auth)).size).toBe(all.size);
    // A city manager sees their city only; a regional manager their region and its cities.
    expect([...(await rows(w.people.cityGuangzhou.auth)).keys()]).toEqual([w.tree.guangzhou]);
    const prd = await rows(w.people.regionalPrd.auth);
    expect(prd.has(w.tree.pearlRiverDelta) && prd.has(w.tree.shenzhen)).toBe(true);
    expect(prd.has(w.tree.hangzhou) || prd.has(w.tree.guangdong)).toBe(false);

    await control(w.people.hr.auth).expect(403);
    await control(w.people.planner.auth).expect(403);
    await w.t.http().get(`/api/v1/sales-expense-control?period=${month}`).expect(401);
    for (const bad of ['2026-13', '2026-Q4', '']) {
      const invalid = await control(w.people.salesManager.auth, bad).expect(400);
      expect(invalid.headers['content-type']).toContain('application/problem+json');
      expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(['period']);
    }
  });

  it('takes budget and spending from finance’s figures and net sales from orders', async () => {
    const before = (await rows(w.people.cityGuangzhou.auth)).get(w.tree.guangzhou)!;
    expect(before).toMatchObject({ budget: 10_000, spent: 0, netSales, usedBp: 0, ratioBp: 0, status: 'ok' });
    // No budget on 杭州: nothing to use up, so it reads ok with its spending shown.
    expect((await rows(w.people.salesManager.auth)).get(w.tree.hangzhou)).toMatchObject({
      budget: null,
      usedBp: null,
      status: 'ok',
    });

    const claim = await submittedClaim(8_000);
    const pending = (await rows(w.people.cityGuangzhou.auth)).get(w.tree.guangzhou)!;
    expect(pending).toMatchObject({
      actual: 0,
      pending: 8_000,
      spent: 8_000,
      usedBp: 8_000,
      status: 'warning',
    });
    await financeApproves(claim);
    const gz = (await rows(w.people.cityGuangzhou.auth)).get(w.tree.guangzhou)!;
    const fromFinance = (await w.t.http(w.people.finance.auth).get(`/api/v1/budgets/${gzBudget}`).expect(200))
      .body;
    expect(gz).toMatchObject({
      budget: fromFinance.amount,
      actual: fromFinance.actual,
      pending: fromFinance.pending,
      spent: fromFinance.used,
      ratioBp: Math.round((8_000 * 10_000) / netSales),
      status: 'warning',
    });
    expect(gz.spent).toBe(8_000);
  });

  it('rolls spending up the tree and warns when the ratio runs above the plan', async () => {
    const all = await rows(w.people.salesManager.auth);
    const province = all.get(w.tree.guangdong)!;
    expect(all.get(w.tree.pearlRiverDelta)).toMatchObject({ budget: null, spent: 8_000, netSales });
    // 8,000 of 200,000 is 4% of the budget, but 8,000 on the sales so far is above the planned 10%.
    expect(province).toMatchObject({
      budget: 200_000,
      spent: 8_000,
      target: 2_000_000,
      plannedRatioBp: 1_000,
      usedBp: 400,
      status: 'warning',
    });
    expect(province.ratioBp!).toBeGreaterThan(1_000);
  });

  it('reads exceeded from 100% of the budget, and counts the territories in each status', async () => {
    await financeApproves(await submittedClaim(2_000));
    const body = (await control(w.people.salesManager.auth).expect(200)).body;
    const gz = (body.territories as Row[]).find((r) => r.orgUnitId === w.tree.guangzhou)!;
    expect(gz).toMatchObject({ spent: 10_000, usedBp: 10_000, status: 'exceeded' });
    const count = (status: string) => (body.territories as Row[]).filter((r) => r.status === status).length;
    expect(body).toMatchObject({
      period: month,
      currency: 'CNY',
      exceeded: count('exceeded'),
      warnings: count('warning'),
    });
    expect(body.exceeded).toBeGreaterThanOrEqual(1);
  });

  it('reads every figure in a fixed number of statements, whatever the number of territories', async () => {
    const city = await countQueries(w.t, (http) =>
      http(w.people.cityGuangzhou.auth).get(`/api/v1/sales-expense-control?period=${month}`).expect(200),
    );
    // Both scoped, so both resolve their reach the same way; only the number of territories differs.
    const region = await countQueries(w.t, (http) =>
      http(w.people.regionalPrd.auth).get(`/api/v1/sales-expense-control?period=${month}`).expect(200),
    );
    expect(region.result.body.territories.length).toBeGreaterThan(city.result.body.territories.length);
    expect(region.count).toBe(city.count);
  });
});
