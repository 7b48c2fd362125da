import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, RoleCode } from '@zhanggui/api-identity';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { OrdersModule } from '@zhanggui/api-orders';
import {
  createOrderingCustomer,
  CITY,
  deliveredOrder,
  OrderWorld,
  sellableSku,
  stockUp,
} from '@zhanggui/api-orders/testing';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { SalesModule } from '../sales.module';

type Person =
  | 'salesManager'
  | 'generalManager'
  | 'auditor'
  | 'provincialGd'
  | 'regionalPrd'
  | 'regionalNorthZj'
  | 'cityGuangzhou'
  | 'cityShenzhen'
  | 'cityHangzhou'
  | 'finance'
  | 'hr'
  | 'planner'
  | 'agent'
  | 'productManager'
  | 'sellerGuangzhou'
  | 'sellerGuangzhou2';

export interface SalesWorld {
  t: TestApp;
  admin: SignedInUser;
  tree: OrgTree;
  people: Record<Person, SignedInUser>;
  /** The orders fixtures' world over this app (deliveredOrder needs agent, productManager, city managers). */
  orders: OrderWorld;
}

/** This month in Beijing, `2026-11`. */
export function beijingMonth(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
}

/**
 * A test app with orders and sales: createOrgTree's territories mapped to 广州, 深圳 and 杭州, a warehouse for
 * the Pearl River Delta, the managers of every level scoped to their units, and two salespeople of 广州.
 */
export async function createSalesWorld(): Promise<SalesWorld> {
  const t = await createTestApp({
    imports: [IdentityModule, CatalogModule, OrdersModule, SalesModule],
  });
  const admin = await signInAsAdmin(t);
  const tree = await createOrgTree(t, admin);
  const as = (role: RoleCode, orgUnitId?: string) =>
    userWithRoles(t, admin, [{ role, orgUnitId }], { orgUnitId: orgUnitId ?? null });
  const people: SalesWorld['people'] = {
    salesManager: await as('sales-manager'),
    generalManager: await as('general-manager'),
    auditor: await as('auditor'),
    provincialGd: await as('provincial-manager', tree.guangdong),
    regionalPrd: await as('regional-manager', tree.pearlRiverDelta),
    regionalNorthZj: await as('regional-manager', tree.northZhejiang),
    cityGuangzhou: await as('city-manager', tree.guangzhou),
    cityShenzhen: await as('city-manager', tree.shenzhen),
    cityHangzhou: await as('city-manager', tree.hangzhou),
    finance: await as('finance'),
    hr: await as('hr'),
    planner: await as('planner'),
    agent: await as('customer-service-agent'),
    productManager: await as('product-manager'),
    sellerGuangzhou: await userWithRoles(t, admin, [], { orgUnitId: tree.guangzhou }),
    sellerGuangzhou2: await userWithRoles(t, admin, [], { orgUnitId: tree.guangzhou }),
  };
  for (const [cityCode, orgUnitId] of [
    [CITY.guangzhou.cityCode, tree.guangzhou],
    [CITY.shenzhen.cityCode, tree.shenzhen],
    [CITY.hangzhou.cityCode, tree.hangzhou],
  ]) {
    await t.http(admin.auth).put(`/api/v1/territory-cities/${cityCode}`).send({ orgUnitId }).expect(200);
  }
  const warehouse = await t
    .http(people.productManager.auth)
    .post('/api/v1/warehouses')
    .send({ code: `SAL-${process.pid}`, name: '销售测试仓', regionId: tree.pearlRiverDelta })
    .expect(201);
  const orders = {
    t,
    admin,
    tree,
    people: {
      agent: people.agent,
      productManager: people.productManager,
      cityGuangzhou: people.cityGuangzhou,
      cityHangzhou: people.cityHangzhou,
    },
    warehouses: { prd: warehouse.body.id, hangzhou: warehouse.body.id },
  } as unknown as OrderWorld;
  return { t, admin, tree, people, orders };
}

/** Delivers COD orders of the given prices (in 分) in 广州; answers their ids and totals. */
export async function guangzhouSales(
  w: SalesWorld,
  prices: number[],
): Promise<Array<{ id: string; total: number }>> {
  const ids: Array<{ id: string; total: number }> = [];
  for (const price of prices) {
    const sku = await sellableSku(w.orders, price);
    await stockUp(w.orders, sku, w.orders.warehouses.prd, 5);
    const customerId = await createOrderingCustomer(w.orders);
    const order = await deliveredOrder(w.orders, { customerId, lines: [{ skuId: sku, quantity: 1 }] });
    ids.push({ id: order.id, total: order.total });
  }
  return ids;
}
