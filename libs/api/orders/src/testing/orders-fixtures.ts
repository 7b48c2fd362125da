import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule, RoleCode } from '@zhanggui/api-identity';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { OrdersModule } from '../orders.module';

type Person =
  | 'agent'
  | 'lead'
  | 'finance'
  | 'generalManager'
  | 'auditor'
  | 'hr'
  | 'planner'
  | 'salesManager'
  | 'regionalPrd'
  | 'cityGuangzhou'
  | 'cityHangzhou';

export interface OrdersWorld {
  t: TestApp;
  admin: SignedInUser;
  tree: OrgTree;
  people: Record<Person, SignedInUser>;
  /** `Authorization` of the website's API key: members:register only. */
  website: string;
}

/** GB/T 2260 codes the tests use. */
export const CITY = {
  guangzhou: { provinceCode: '440000', cityCode: '440100', districtCode: '440106' },
  shenzhen: { provinceCode: '440000', cityCode: '440300', districtCode: '440305' },
  hangzhou: { provinceCode: '330000', cityCode: '330100', districtCode: '330106' },
  beijing: { provinceCode: '110000', cityCode: '110100', districtCode: '110105' },
};

/**
 * A test app with customers and members, the sales territories of createOrgTree mapped to their cities
 * (广州, 深圳, 杭州), and people of every role that works with customers, the managers scoped to territories.
 */
export async function createOrdersWorld(): Promise<OrdersWorld> {
  const t = await createTestApp({ imports: [IdentityModule, OrdersModule] });
  const admin = await signInAsAdmin(t);
  const tree = await createOrgTree(t, admin);
  const as = (role: RoleCode, orgUnitId?: string) => userWithRoles(t, admin, [{ role, orgUnitId }]);
  const people: OrdersWorld['people'] = {
    agent: await as('customer-service-agent'),
    lead: await as('customer-service-lead'),
    finance: await as('finance'),
    generalManager: await as('general-manager'),
    auditor: await as('auditor'),
    hr: await as('hr'),
    planner: await as('planner'),
    salesManager: await as('sales-manager'),
    regionalPrd: await as('regional-manager', tree.pearlRiverDelta),
    cityGuangzhou: await as('city-manager', tree.guangzhou),
    cityHangzhou: await as('city-manager', tree.hangzhou),
  };
  for (const [cityCode, orgUnitId] of [
    ['440100', tree.guangzhou],
    ['440300', tree.shenzhen],
    ['330100', tree.hangzhou],
  ]) {
    await t.http(admin.auth).put(`/api/v1/territory-cities/${cityCode}`).send({ orgUnitId }).expect(200);
  }
  const key = await t
    .http(admin.auth)
    .post('/api/v1/api-keys')
    .send({ name: '官网', permissions: ['members:register'] })
    .expect(201);
  return { t, admin, tree, people, website: `Bearer ${key.body.secret}` };
}

let phoneCounter = 0;

/** A phone no other test in this file has used: 137 + pid-ish + counter, always a valid mobile. */
export function freshPhone(): string {
  phoneCounter++;
  return `137${String(process.pid % 10000).padStart(4, '0')}${String(phoneCounter).padStart(4, '0')}`;
}

export function address(city: keyof typeof CITY, overrides: Record<string, unknown> = {}) {
  return {
    ...CITY[city],
    detail: '测试路 1 号',
    recipientName: '收件人',
    recipientPhone: '13900000000',
    ...overrides,
  };
}

/** Registers a customer as a customer-service agent and returns the response body. */
export async function createCustomer(
  w: OrdersWorld,
  body: Record<string, unknown> = {},
): Promise<{ id: string; number: string; version: number; [key: string]: unknown }> {
  const response = await w.t
    .http(w.people.agent.auth)
    .post('/api/v1/customers')
    .send({ name: '测试客户', phone: freshPhone(), ...body });
  if (response.status !== 201)
    throw new Error(`Creating a customer failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
