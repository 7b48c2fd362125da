import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule } from '@zhanggui/api-identity';
import { signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import { OrdersModule } from '@zhanggui/api-orders';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { SalesModule } from './sales.module';

describe('sales demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, CatalogModule, OrdersModule, SalesModule],
      config: { demoData: true },
    });
  }, 90_000);
  afterAll(() => t.close());

  it('seeds a logistics partner and this month’s provincial target allocated down to the cities', async () => {
    const manager = await userWithRoles(t, await signInAsAdmin(t), [{ role: 'sales-manager' }]);
    const http = () => t.http(manager.auth);
    const partners = (await http().get('/api/v1/logistics-partners').expect(200)).body.data;
    expect(partners).toEqual([expect.objectContaining({ code: 'DEMO-LOG-PRD', status: 'active' })]);
    const targets = (await http().get('/api/v1/sales-targets').expect(200)).body.data;
    expect(targets).toHaveLength(1);
    const target = (await http().get(`/api/v1/sales-targets/${targets[0].id}`).expect(200)).body;
    expect(target.nodes.map((n: { level: string }) => n.level)).toEqual([
      'province',
      'region',
      'city',
      'city',
    ]);
    expect(target.nodes.slice(0, 2).every((n: { balanced: boolean }) => n.balanced)).toBe(true);
    const plans = (await http().get('/api/v1/commission-plans').expect(200)).body.data;
    expect(plans.map((p: { code: string }) => p.code)).toEqual(['DEMO-STD']);
  });
});
