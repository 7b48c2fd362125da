import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, RoleCode } from '@zhanggui/api-identity';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '@zhanggui/api-orders';
import { CITY, OrderWorld } from '@zhanggui/api-orders/testing';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { SupportModule } from '../support.module';

type Person =
  | 'agent'
  | 'otherAgent'
  | 'lead'
  | 'auditor'
  | 'generalManager'
  | 'hr'
  | 'salesManager'
  | 'productManager'
  | 'cityGuangzhou';

export interface SupportWorld {
  t: TestApp;
  admin: SignedInUser;
  tree: OrgTree;
  people: Record<Person, SignedInUser>;
  /** Queue A (GENERAL, lead: `lead`) has `agent`; queue B (VIP) has `otherAgent`. */
  queues: { a: string; b: string };
  /**
   * The orders fixtures' world over this app (`deliveredOrder`, `sellableSku`, `stockUp` from
   * `@zhanggui/api-orders/testing`): they use only `t`, `people.agent`, `people.productManager`,
   * `people.cityGuangzhou` and `warehouses.prd`, which are real here.
   */
  orders: OrderWorld;
}

/** Beijing "today" as YYYY-MM-DD. */
export function beijingToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

export async function eventually<T>(probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A test app with orders and support: the people of every role that touches support, two queues with their
 * members, a 24-hour default SLA policy, 广州 mapped to its territory and a warehouse serving it.
 */
export async function createSupportWorld(): Promise<SupportWorld> {
  const t = await createTestApp({
    imports: [IdentityModule, CatalogModule, InventoryModule, OrdersModule, SupportModule],
  });
  const admin = await signInAsAdmin(t);
  const tree = await createOrgTree(t, admin);
  const as = (role: RoleCode, orgUnitId?: string) => userWithRoles(t, admin, [{ role, orgUnitId }]);
  const people: SupportWorld['people'] = {
    agent: await as('customer-service-agent'),
    otherAgent: await as('customer-service-agent'),
    lead: await as('customer-service-lead'),
    auditor: await as('auditor'),
    generalManager: await as('general-manager'),
    hr: await as('hr'),
    salesManager: await as('sales-manager'),
    productManager: await as('product-manager'),
    cityGuangzhou: await as('city-manager', tree.guangzhou),
  };
  await t
    .http(admin.auth)
    .put(`/api/v1/territory-cities/${CITY.guangzhou.cityCode}`)
    .send({ orgUnitId: tree.guangzhou })
    .expect(200);
  const warehouse = await t
    .http(people.productManager.auth)
    .post('/api/v1/warehouses')
    .send({ code: `SUP-${process.pid}`, name: '客服测试仓', regionId: tree.pearlRiverDelta })
    .expect(201);
  const L = () => t.http(people.lead.auth);
  const a = (
    await L()
      .post('/api/v1/support-queues')
      .send({ code: 'GENERAL', name: '综合', leadUserId: people.lead.id })
      .expect(201)
  ).body.id as string;
  const b = (await L().post('/api/v1/support-queues').send({ code: 'VIP', name: '大客户' }).expect(201)).body
    .id as string;
  await L()
    .put(`/api/v1/support-queues/${a}/members`)
    .send({ userIds: [people.agent.id] })
    .expect(200);
  await L()
    .put(`/api/v1/support-queues/${b}/members`)
    .send({ userIds: [people.otherAgent.id] })
    .expect(200);
  await L()
    .post('/api/v1/sla-policies')
    .send({
      name: '默认',
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
      deskHours: [{ start: '00:00', end: '24:00' }],
    })
    .expect(201);
  const orders = {
    t,
    admin,
    tree,
    people: {
      agent: people.agent,
      productManager: people.productManager,
      cityGuangzhou: people.cityGuangzhou,
    },
    warehouses: { prd: warehouse.body.id, hangzhou: warehouse.body.id },
  } as unknown as OrderWorld;
  return { t, admin, tree, people, queues: { a, b }, orders };
}

let counter = 0;

/** A customer registered by the agent; `name` containing 公司 makes a company buyer. */
export async function supportCustomer(w: SupportWorld, name = '测试客户'): Promise<string> {
  counter++;
  const phone = `138${String(process.pid % 10000).padStart(4, '0')}${String(counter).padStart(4, '0')}`;
  const response = await w.t
    .http(w.people.agent.auth)
    .post('/api/v1/customers')
    .send({ name, phone })
    .expect(201);
  return response.body.id;
}
