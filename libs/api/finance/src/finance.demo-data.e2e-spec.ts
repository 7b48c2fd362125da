import { ApprovalsModule } from '@zhanggui/api-approvals';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule } from '@zhanggui/api-identity';
import { signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '@zhanggui/api-orders';
import { beijingDate } from '@zhanggui/api-platform';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { ProcurementModule } from '@zhanggui/api-procurement';
import { FinanceModule } from './finance.module';

describe('finance demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [
        IdentityModule,
        ApprovalsModule,
        CatalogModule,
        InventoryModule,
        ProcurementModule,
        OrdersModule,
        FinanceModule,
      ],
      config: { demoData: true },
    });
  }, 90_000);
  afterAll(() => t.close());

  it('gives the console a month of books: a balanced, non-empty trial balance and statements', async () => {
    const finance = await userWithRoles(t, await signInAsAdmin(t), [{ role: 'finance' }]);
    const period = beijingDate(new Date()).slice(0, 7);
    const trial = (
      await t.http(finance.auth).get(`/api/v1/ledger-reports/trial-balance?period=${period}`).expect(200)
    ).body;
    expect(trial.balanced).toBe(true);
    expect(trial.totals.debit).toBeGreaterThan(0);
    const entries = (await t.http(finance.auth).get(`/api/v1/journal-entries?period=${period}`).expect(200))
      .body;
    expect(entries.data.length).toBeGreaterThanOrEqual(4);
    const sheet = (
      await t.http(finance.auth).get(`/api/v1/ledger-reports/balance-sheet?period=${period}`).expect(200)
    ).body;
    expect(sheet.balanced).toBe(true);
  });

  it('files a few economic contracts, one within its expiry reminder and one draft to submit', async () => {
    const finance = await userWithRoles(t, await signInAsAdmin(t), [{ role: 'finance' }]);
    const list = (await t.http(finance.auth).get('/api/v1/contracts?limit=50').expect(200)).body;
    const today = beijingDate(new Date());
    const in30Days = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const contracts = list.data as Array<{ number: string; status: string; endsOn: string }>;
    expect(contracts.map((c) => c.status).sort()).toEqual(['active', 'active', 'draft']);
    expect(contracts.every((c) => /^CT-\d{8}-\d{4}$/.test(c.number))).toBe(true);
    expect(contracts.some((c) => c.status === 'active' && c.endsOn <= in30Days)).toBe(true);
  });
});
