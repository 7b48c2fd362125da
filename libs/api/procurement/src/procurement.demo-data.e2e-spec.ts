import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import { signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import { ProcurementModule } from './procurement.module';

describe('procurement demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, ApprovalsModule, CatalogModule, InventoryModule, ProcurementModule],
      config: { demoData: true },
    });
  }, 60_000);
  afterAll(() => t.close());

  it('seeds a few suppliers and one sent purchase order to receive', async () => {
    const pm = await userWithRoles(t, await signInAsAdmin(t), [{ role: 'product-manager' }]);
    const suppliers = (await t.http(pm.auth).get('/api/v1/suppliers?q=DEMO-SUP').expect(200)).body.data;
    expect(suppliers).toHaveLength(3);
    const orders = (await t.http(pm.auth).get('/api/v1/purchase-orders').expect(200)).body.data;
    expect(orders).toEqual([expect.objectContaining({ status: 'sent', totalAmount: 298000 })]);
  });
});
