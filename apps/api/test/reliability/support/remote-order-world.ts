import supertest from 'supertest';
import { createOrgTree, signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import { CITY, OrderWorld } from '@zhanggui/api-orders/testing';
import type { TestApp } from '@zhanggui/api-platform/testing';

/**
 * What createOrderWorld makes, made over HTTP against an API running in another process (whose database the
 * test cannot clone from the template): the org tree, its territories mapped to their cities, a product
 * manager, a customer-service agent, a warehouse for the Pearl River Delta and the website's API key. Only
 * `t.http` exists on its `t`, which is all the order fixtures (sellableSku, stockUp, …) use.
 */
export async function createRemoteOrderWorld(baseUrl: string): Promise<OrderWorld> {
  const t = {
    http: (auth?: string) => {
      const agent = supertest.agent(baseUrl);
      return auth ? agent.set('Authorization', auth) : agent;
    },
  } as unknown as TestApp;
  const admin = await signInAsAdmin(t);
  const tree = await createOrgTree(t, admin);
  const productManager = await userWithRoles(t, admin, [{ role: 'product-manager' }]);
  const agent = await userWithRoles(t, admin, [{ role: 'customer-service-agent' }]);
  for (const [cityCode, orgUnitId] of [
    [CITY.guangzhou.cityCode, tree.guangzhou],
    [CITY.shenzhen.cityCode, tree.shenzhen],
  ]) {
    await t.http(admin.auth).put(`/api/v1/territory-cities/${cityCode}`).send({ orgUnitId }).expect(200);
  }
  const key = await t
    .http(admin.auth)
    .post('/api/v1/api-keys')
    .send({ name: '官网', permissions: ['orders:create', 'orders:read'] })
    .expect(201);
  const warehouse = await t
    .http(productManager.auth)
    .post('/api/v1/warehouses')
    .send({ code: `PRD-R-${process.pid}`, name: '华南仓', regionId: tree.pearlRiverDelta })
    .expect(201);
  return {
    t,
    admin,
    tree,
    people: { productManager, agent } as OrderWorld['people'],
    website: `Bearer ${key.body.secret}`,
    warehouses: { prd: warehouse.body.id, hangzhou: '' },
    paymentSecret: '',
  };
}
