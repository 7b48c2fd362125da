import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule } from '@zhanggui/api-identity';
import { signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import { OrdersModule } from './orders.module';

describe('customers and members demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, OrdersModule], config: { demoData: true } });
  }, 60_000);
  afterAll(() => t.close());

  it('seeds 20 customers across the demo cities, three levels and members at each level', async () => {
    const agent = await userWithRoles(t, await signInAsAdmin(t), [{ role: 'customer-service-lead' }]);
    const http = () => t.http(agent.auth);
    const customers = await http().get('/api/v1/customers?count=true&limit=200').expect(200);
    expect(customers.body.total).toBe(20);
    const inTerritory = customers.body.data.filter((c: { territoryId: string | null }) => c.territoryId);
    expect(inTerritory).toHaveLength(16);
    const levels = (await http().get('/api/v1/member-levels').expect(200)).body.data;
    expect(levels.map((l: { nameZh: string }) => l.nameZh)).toEqual(['普通会员', '银卡会员', '金卡会员']);
    const members = customers.body.data.filter((c: { membership: unknown }) => c.membership);
    expect(
      members.map((c: { membership: { level: { nameZh: string } } }) => c.membership.level.nameZh).sort(),
    ).toEqual(['普通会员', '金卡会员', '金卡会员', '银卡会员', '银卡会员']);
    const map = (await http().get('/api/v1/territory-cities').expect(200)).body.data;
    expect(map.map((m: { cityName: string }) => m.cityName)).toEqual(['杭州市', '广州市', '深圳市']);
  });
});
