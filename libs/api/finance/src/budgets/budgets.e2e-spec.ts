import { TransactionalConnection } from '@zhanggui/api-platform';
import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { beijingToday, createFinanceWorld, eventually, FinanceWorld } from '../testing/finance-world';

interface BudgetBody {
  id: string;
  period: string;
  amount: number;
  actual: number;
  committed: number;
  pending: number;
  used: number;
  remaining: number;
  percentUsed: number;
  alertedLevel: number;
  version: number;
}

describe('budgets: actuals from the ledger, 80%/100% alerts, and the 费比 check before approval', () => {
  let w: FinanceWorld;
  let claimant: SignedInUser;
  let manager: SignedInUser;
  let gzManager: SignedInUser;
  const today = beijingToday();

  const claimAtFinance = async (amount: number) => {
    const created = await w.t
      .http(claimant.auth)
      .post('/api/v1/expense-claims')
      .send({
        title: '市场活动',
        lines: [{ expenseDate: today, category: 'marketing', amount, description: '地推物料' }],
      })
      .expect(201);
    await w.t.http(claimant.auth).post(`/api/v1/expense-claims/${created.body.id}/submit`).expect(200);
    await w.t
      .http(manager.auth)
      .post(`/api/v1/expense-claims/${created.body.id}/approve`)
      .send({})
      .expect(200);
    return created.body.id as string;
  };
  const approve = (id: string, body: object = {}) =>
    w.t.http(w.people.finance.auth).post(`/api/v1/expense-claims/${id}/approve`).send(body);
  const budget = async (id: string) =>
    (await w.t.http(w.people.finance.auth).get(`/api/v1/budgets/${id}`).expect(200)).body as BudgetBody;
  const alerts = async () =>
    (
      await w.t.app
        .get(TransactionalConnection)
        .manager.query(
          `SELECT payload FROM outbox_event WHERE type = 'BudgetThresholdReached' ORDER BY occurred_at`,
        )
    ).map((row: { payload: Record<string, unknown> }) => row.payload);

  beforeAll(async () => {
    w = await createFinanceWorld();
    claimant = await userWithRoles(
      w.t,
      w.admin,
      [{ role: 'customer-service-agent', orgUnitId: w.tree.shenzhen }],
      {
        orgUnitId: w.tree.shenzhen,
      },
    );
    manager = await userWithRoles(w.t, w.admin, [{ role: 'city-manager', orgUnitId: w.tree.shenzhen }], {
      orgUnitId: w.tree.shenzhen,
    });
    gzManager = await userWithRoles(w.t, w.admin, [{ role: 'city-manager', orgUnitId: w.tree.guangzhou }], {
      orgUnitId: w.tree.guangzhou,
    });
  }, 180_000);
  afterAll(() => w.t.close());

  it('lets finance set budgets and refuses bad ones; only finance writes them', async () => {
    const body = {
      orgUnitId: w.tree.hangzhou,
      periodKind: 'quarter',
      periodDate: today,
      accountCode: '6602',
      amount: 500_000,
    };
    await w.t.http(manager.auth).post('/api/v1/budgets').send(body).expect(403);
    await w.t.http(w.people.agent.auth).get('/api/v1/budgets').expect(403);
    const created = await w.t.http(w.people.finance.auth).post('/api/v1/budgets').send(body).expect(201);
    expect(created.headers.location).toBe(`/api/v1/budgets/${created.body.id}`);
    expect(created.body).toEqual(
      expect.objectContaining({
        period: expect.stringMatching(/^\d{4}-Q[1-4]$/),
        actual: 0,
        used: 0,
        percentUsed: 0,
      }),
    );
    expectProblem(
      await w.t.http(w.people.finance.auth).post('/api/v1/budgets').send(body),
      409,
      'BUDGET_TAKEN',
    );
    expectProblem(
      await w.t
        .http(w.people.finance.auth)
        .post('/api/v1/budgets')
        .send({ ...body, accountCode: '1002' }),
      422,
      'BUDGET_ACCOUNT_INVALID',
    );
    expectProblem(
      await w.t
        .http(w.people.finance.auth)
        .post('/api/v1/budgets')
        .send({ ...body, amount: 99.5 }),
      400,
      'VALIDATION_FAILED',
    );
    const changed = await w.t
      .http(w.people.finance.auth)
      .patch(`/api/v1/budgets/${created.body.id}`)
      .set('If-Match', `"${created.body.version}"`)
      .send({ amount: 600_000 })
      .expect(200);
    expect(changed.body.amount).toBe(600_000);
    await w.t
      .http(w.people.finance.auth)
      .patch(`/api/v1/budgets/${created.body.id}`)
      .set('If-Match', `"${created.body.version}"`)
      .send({ amount: 1 })
      .expect(412);
    // Managers see their own units' budgets only; the auditor sees all.
    await w.t.http(gzManager.auth).get(`/api/v1/budgets/${created.body.id}`).expect(404);
    await w.t.http(w.people.auditor.auth).get(`/api/v1/budgets/${created.body.id}`).expect(200);
  });

  it('counts ledger actuals, raises 80% and 100% alerts once each, and refuses approval past the budget unless overridden', async () => {
    const created = await w.t
      .http(w.people.finance.auth)
      .post('/api/v1/budgets')
      .send({
        orgUnitId: w.tree.shenzhen,
        periodKind: 'month',
        periodDate: today,
        accountCode: '6601',
        amount: 100_000,
      })
      .expect(201);
    const id = created.body.id as string;

    const first = await claimAtFinance(85_000);
    expect(await budget(id)).toEqual(expect.objectContaining({ actual: 0, pending: 85_000, used: 85_000 }));
    await approve(first).expect(200);
    expect(await budget(id)).toEqual(
      expect.objectContaining({
        actual: 85_000,
        committed: 85_000,
        pending: 0,
        percentUsed: 85,
        alertedLevel: 80,
      }),
    );
    expect(await alerts()).toEqual([
      expect.objectContaining({ budgetId: id, level: 80, used: 85_000, amount: 100_000 }),
    ]);
    const at80 = await w.t
      .http(manager.auth)
      .get(`/api/v1/budgets/alerts?threshold=80&date=${today}`)
      .expect(200);
    expect(at80.body.map((b: BudgetBody) => b.id)).toEqual([id]);
    expect(
      (await w.t.http(manager.auth).get('/api/v1/budgets/alerts?threshold=100').expect(200)).body,
    ).toEqual([]);
    await w.t.http(gzManager.auth).get('/api/v1/budgets/alerts?threshold=80').expect(200, []);

    // 费比 control: 85,000 used + 30,000 would pass 100,000.
    const second = await claimAtFinance(30_000);
    const refused = expectProblem(await approve(second), 409, 'BUDGET_EXCEEDED');
    expect(refused.detail).toContain('budget ¥1,000.00, used ¥850.00, this claim ¥300.00, over by ¥150.00');
    expect(refused.errors).toEqual([{ field: `budgets.${id}`, message: expect.stringContaining('深圳市') }]);
    expect((await w.t.http(w.people.finance.auth).get(`/api/v1/expense-claims/${second}`)).body.status).toBe(
      'submitted',
    );
    expectProblem(await approve(second, { overrideBudget: true }), 400, 'BUDGET_OVERRIDE_REASON_REQUIRED');
    const overridden = await approve(second, {
      overrideBudget: true,
      overrideReason: '双十一推广，总经理已口头同意',
    }).expect(200);
    expect(overridden.body).toEqual(
      expect.objectContaining({ status: 'approved', budgetOverrideReason: '双十一推广，总经理已口头同意' }),
    );
    const audit = await w.t
      .http(w.people.auditor.auth)
      .get(`/api/v1/audit-events?entityType=expense_claim&entityId=${second}`)
      .expect(200);
    expect(audit.body.data.map((e: { action: string }) => e.action)).toContain('budget-override');
    const history = await w.t
      .http(w.people.finance.auth)
      .get(`/api/v1/expense-claims/${second}/history`)
      .expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toContain('budget overridden');

    expect(await budget(id)).toEqual(
      expect.objectContaining({
        actual: 115_000,
        used: 115_000,
        remaining: -15_000,
        percentUsed: 115,
        alertedLevel: 100,
      }),
    );
    expect((await alerts()).map((a: Record<string, unknown>) => a.level)).toEqual([80, 100]);
    const at100 = await w.t
      .http(w.people.finance.auth)
      .get('/api/v1/budgets/alerts?threshold=100')
      .expect(200);
    expect(at100.body.map((b: BudgetBody) => b.id)).toEqual([id]);

    // Within the budget of another unit the check lets approvals through; the company budget sees all cities.
    await w.t
      .http(w.people.finance.auth)
      .post('/api/v1/budgets')
      .send({
        orgUnitId: w.tree.guangdong,
        periodKind: 'year',
        periodDate: today,
        accountCode: '6601',
        amount: 10_000_000,
      })
      .expect(201)
      .then((r) => expect(r.body.actual).toBe(115_000));
  });

  it('lists budgets in the caller’s scope with filters and a keyset cursor', async () => {
    const page = await w.t
      .http(w.people.finance.auth)
      .get('/api/v1/budgets?limit=1&count=true&accountCode=6601')
      .expect(200);
    expect(page.body.total).toBe(2);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const next = await w.t
      .http(w.people.finance.auth)
      .get(`/api/v1/budgets?limit=1&accountCode=6601&cursor=${encodeURIComponent(page.body.nextCursor)}`)
      .expect(200);
    expect(next.body.data[0].id).not.toBe(page.body.data[0].id);
    const mine = await w.t.http(manager.auth).get('/api/v1/budgets').expect(200);
    expect(mine.body.data).toHaveLength(1);
    await w.t.http(w.people.finance.auth).get('/api/v1/budgets?sort=amount').expect(400);
  });

  it('holds the budget when finance approves in the approvals inbox: the claim returns unposted', async () => {
    const id = await claimAtFinance(5_000);
    const claim = await w.t.http(claimant.auth).get(`/api/v1/expense-claims/${id}`).expect(200);
    await w.t
      .http(w.people.finance.auth)
      .post(`/api/v1/approval-requests/${claim.body.approvalRequestId}/decisions`)
      .send({ decision: 'approve' })
      .expect((r) => expect(r.status).toBeLessThan(300));
    const returned = await eventually(async () => {
      const now = await w.t.http(claimant.auth).get(`/api/v1/expense-claims/${id}`).expect(200);
      return now.body.status === 'returned' ? now.body : undefined;
    }, 'the inbox approval to reach the claim');
    expect(returned.decisionNote).toContain('past the budget: 深圳市');
    expect(returned.approvedAt).toBeNull();
    const history = await w.t
      .http(w.people.finance.auth)
      .get(`/api/v1/expense-claims/${id}/history`)
      .expect(200);
    expect(history.body.map((e: { action: string }) => e.action)).toContain(
      'over budget in the approvals inbox',
    );
    // Nothing was booked past the budget.
    const entries = await w.t
      .http(w.people.finance.auth)
      .get(`/api/v1/journal-entries?sourceType=expense_claim&sourceId=${id}`)
      .expect(200);
    expect(entries.body.data).toEqual([]);

    // Submitted again, it can still pass the budget only with finance's override on the claim itself.
    await w.t.http(claimant.auth).post(`/api/v1/expense-claims/${id}/submit`).expect(200);
    await w.t.http(manager.auth).post(`/api/v1/expense-claims/${id}/approve`).send({}).expect(200);
    expectProblem(
      await w.t.http(w.people.finance.auth).post(`/api/v1/expense-claims/${id}/approve`).send({}),
      409,
      'BUDGET_EXCEEDED',
    );
    const approved = await w.t
      .http(w.people.finance.auth)
      .post(`/api/v1/expense-claims/${id}/approve`)
      .send({ overrideBudget: true, overrideReason: '双十一地推，总经理已口头同意' })
      .expect(200);
    expect(approved.body.status).toBe('approved');
  });

  it('reads many budgets of many units with as many statements as one', async () => {
    const listed = async () =>
      countQueries(w.t, (http) =>
        http(w.people.finance.auth).get('/api/v1/budgets?accountCode=6603&limit=50').expect(200),
      );
    const set = (orgUnitId: string) =>
      w.t
        .http(w.people.finance.auth)
        .post('/api/v1/budgets')
        .send({ orgUnitId, periodKind: 'month', periodDate: today, accountCode: '6603', amount: 100_000 })
        .expect(201);
    await set(w.tree.guangzhou);
    const one = await listed();
    expect(one.result.body.data).toHaveLength(1);
    await set(w.tree.shenzhen);
    await set(w.tree.hangzhou);
    const three = await listed();
    expect(three.result.body.data).toHaveLength(3);
    expect(three.count).toBe(one.count);
  });
});
