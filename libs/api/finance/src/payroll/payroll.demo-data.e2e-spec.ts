import { ApprovalsModule } from '@zhanggui/api-approvals';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule } from '@zhanggui/api-identity';
import { signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import { beijingDate } from '@zhanggui/api-platform';
import { createTestApp, ensureCalendarYear, TestApp } from '@zhanggui/api-platform/testing';
import { FinanceModule } from '../finance.module';

describe('payroll demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, ApprovalsModule, CatalogModule, FinanceModule],
      config: { demoData: true },
    });
  }, 90_000);
  afterAll(() => t.close());

  it('gives every demo employee a salary structure, so last month’s payroll runs once HR locks it', async () => {
    const admin = await signInAsAdmin(t);
    const finance = await userWithRoles(t, admin, [{ role: 'finance' }]);
    const hr = await userWithRoles(t, admin, [{ role: 'hr' }]);
    const [y, m] = beijingDate(new Date()).split('-').map(Number);
    const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    const structures = (await t.http(finance.auth).get('/api/v1/salary-structures?limit=100').expect(200))
      .body;
    expect(structures.data.length).toBeGreaterThan(10);
    expect(structures.data.map((s: { costAccount: string }) => s.costAccount)).toEqual(
      expect.arrayContaining(['6601', '6602']),
    );
    // A year the seeded calendar does not reach yet: HR enters its holidays, as each January. (Its 五险一金 rules
    // need nothing: until finance enters them, payroll takes the latest earlier year's.)
    await ensureCalendarYear(t, Number(lastMonth.slice(0, 4)));
    await t.http(hr.auth).post(`/api/v1/attendance-months/${lastMonth}/lock`).expect(200);
    const company = (await t.http(admin.auth).get('/api/v1/org-units?kind=company').expect(200)).body.data[0];
    const run = await t
      .http(finance.auth)
      .post('/api/v1/payroll-runs')
      .send({ month: lastMonth, orgUnitId: company.id })
      .expect(201);
    const calculated = await t.http(finance.auth).post(`/api/v1/payroll-runs/${run.body.id}/calculate`);
    expect([calculated.status, calculated.body.code]).toEqual([200, undefined]);
    expect(calculated.body.employees).toBe(structures.data.length);
    expect(calculated.body.netTotal).toBeGreaterThan(0);
  });
});
