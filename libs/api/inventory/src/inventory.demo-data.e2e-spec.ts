import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule } from '@zhanggui/api-identity';
import { signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import { InventoryModule } from './inventory.module';

describe('inventory demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, CatalogModule, InventoryModule],
      config: { demoData: true },
    });
  }, 60_000);
  afterAll(() => t.close());

  it('seeds two warehouses in the demo cities with opening stock and one low-stock alert', async () => {
    const pm = await userWithRoles(t, await signInAsAdmin(t), [{ role: 'product-manager' }]);
    const warehouses = (await t.http(pm.auth).get('/api/v1/warehouses').expect(200)).body.data;
    expect(warehouses.map((w: { code: string }) => w.code)).toEqual(['GZ-01', 'HZ-01']);
    expect(warehouses.every((w: { regionId: string | null }) => w.regionId !== null)).toBe(true);
    const levels = await t.http(pm.auth).get('/api/v1/stock-levels?count=true').expect(200);
    expect(levels.body.total).toBe(14);
    const alerts = (await t.http(pm.auth).get('/api/v1/stock-alerts').expect(200)).body.data;
    expect(
      alerts.map((a: { skuCode: string; warehouseCode: string }) => `${a.skuCode}@${a.warehouseCode}`),
    ).toEqual(['DEMO-CHG-67W@HZ-01']);
  });
});
