import sharp from 'sharp';
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
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { OrdersModule } from '../../orders.module';
import { address as customerAddress, CITY } from '../../testing/orders-fixtures';
import { signPaymentCallback } from '../payments/payment-signature';

type Person =
  | 'agent'
  | 'lead'
  | 'finance'
  | 'auditor'
  | 'hr'
  | 'productManager'
  | 'salesManager'
  | 'regionalPrd'
  | 'regionalNorthZj'
  | 'cityGuangzhou'
  | 'cityHangzhou'
  | 'sysadmin';

export interface OrderWorld {
  t: TestApp;
  admin: SignedInUser;
  tree: OrgTree;
  people: Record<Person, SignedInUser>;
  /** The website's API key: orders:create and orders:read. */
  website: string;
  /** Warehouses: one for the Pearl River Delta region (serves 广州, 深圳), one for 杭州 city. */
  warehouses: { prd: string; hangzhou: string };
  /** The secret the payment provider signs callbacks with. */
  paymentSecret: string;
}

/**
 * A test app with identity, catalog, inventory and orders: the org tree's territories mapped to 广州, 深圳 and
 * 杭州, a warehouse for the Pearl River Delta region and one for 杭州, and people of every role that
 * touches orders (the managers scoped to their territories).
 */
export async function createOrderWorld(): Promise<OrderWorld> {
  const t = await createTestApp({ imports: [IdentityModule, CatalogModule, InventoryModule, OrdersModule] });
  const admin = await signInAsAdmin(t);
  const tree = await createOrgTree(t, admin);
  const as = (role: RoleCode, orgUnitId?: string) => userWithRoles(t, admin, [{ role, orgUnitId }]);
  const people: OrderWorld['people'] = {
    agent: await as('customer-service-agent'),
    lead: await as('customer-service-lead'),
    finance: await as('finance'),
    auditor: await as('auditor'),
    hr: await as('hr'),
    productManager: await as('product-manager'),
    salesManager: await as('sales-manager'),
    regionalPrd: await as('regional-manager', tree.pearlRiverDelta),
    regionalNorthZj: await as('regional-manager', tree.northZhejiang),
    cityGuangzhou: await as('city-manager', tree.guangzhou),
    cityHangzhou: await as('city-manager', tree.hangzhou),
    sysadmin: await as('system-administrator'),
  };
  for (const [cityCode, orgUnitId] of [
    [CITY.guangzhou.cityCode, tree.guangzhou],
    [CITY.shenzhen.cityCode, tree.shenzhen],
    [CITY.hangzhou.cityCode, tree.hangzhou],
  ]) {
    await t.http(admin.auth).put(`/api/v1/territory-cities/${cityCode}`).send({ orgUnitId }).expect(200);
  }
  const key = await t
    .http(admin.auth)
    .post('/api/v1/api-keys')
    .send({ name: '官网', permissions: ['orders:create', 'orders:read'] })
    .expect(201);
  const pm = () => t.http(people.productManager.auth);
  const warehouse = async (code: string, regionId: string) =>
    (await pm().post('/api/v1/warehouses').send({ code, name: code, regionId }).expect(201)).body
      .id as string;
  const warehouses = {
    prd: await warehouse(`PRD-${process.pid}`, tree.pearlRiverDelta),
    hangzhou: await warehouse(`HZ-${process.pid}`, tree.hangzhou),
  };
  const paymentSecret = 'test-payment-secret-0123456789abcdef';
  await t
    .http(people.sysadmin.auth)
    .put('/api/v1/payment-callback-settings')
    .send({ secret: paymentSecret })
    .expect(200);
  return { t, admin, tree, people, website: `Bearer ${key.body.secret}`, warehouses, paymentSecret };
}

let counter = 0;

/** A listed product with one SKU priced `price` 分 on the website channel; answers the SKU id. */
export async function sellableSku(w: OrderWorld, price: number): Promise<string> {
  const pm = () => w.t.http(w.people.productManager.auth);
  counter++;
  const product = await pm()
    .post('/api/v1/products')
    .send({ name: `订单测试商品 ${counter}`, skus: [{ code: `ORD-${process.pid}-${counter}` }] })
    .expect(201);
  const sku = product.body.skus[0].id as string;
  await pm()
    .put(`/api/v1/skus/${sku}/cost`)
    .send({ amount: Math.floor(price / 2), reason: '成本' })
    .expect(200);
  await pm().post(`/api/v1/skus/${sku}/prices`).send({ channel: 'website', amount: price }).expect(201);
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1677ff' } })
    .png()
    .toBuffer();
  await pm().post(`/api/v1/products/${product.body.id}/images`).attach('file', png, 'p.png').expect(201);
  await pm().post(`/api/v1/products/${product.body.id}/submit-for-review`).send({}).expect(200);
  await pm().post(`/api/v1/products/${product.body.id}/list`).send({}).expect(200);
  return sku;
}

export async function stockUp(w: OrderWorld, skuId: string, warehouseId: string, quantity: number) {
  await w.t
    .http(w.people.productManager.auth)
    .post('/api/v1/stock-adjustments')
    .send({ skuId, warehouseId, quantity, reason: '期初' })
    .expect(201);
}

export async function levelOf(w: OrderWorld, skuId: string, warehouseId: string) {
  const response = await w.t
    .http(w.people.productManager.auth)
    .get(`/api/v1/stock-levels?skuId=${skuId}&warehouseId=${warehouseId}`)
    .expect(200);
  const level = response.body.data[0] as { onHand: number; reserved: number; available: number } | undefined;
  return { onHand: level?.onHand ?? 0, reserved: level?.reserved ?? 0, available: level?.available ?? 0 };
}

let phoneCounter = 0;

export async function createCustomer(w: OrderWorld): Promise<string> {
  phoneCounter++;
  const phone = `136${String(process.pid % 10000).padStart(4, '0')}${String(phoneCounter).padStart(4, '0')}`;
  const response = await w.t
    .http(w.people.agent.auth)
    .post('/api/v1/customers')
    .send({ name: `下单客户${phoneCounter}`, phone, addresses: [customerAddress('guangzhou')] })
    .expect(201);
  return response.body.id;
}

export function orderBody(
  customerId: string,
  lines: Array<{ skuId: string; quantity: number }>,
  overrides: Record<string, unknown> = {},
) {
  return {
    customerId,
    paymentMethod: 'cod',
    shippingAddress: customerAddress('guangzhou'),
    lines,
    ...overrides,
  };
}

export { customerAddress as address };

/** Signs a callback body as the payment provider would (now, unless told otherwise). */
export function signedCallback(w: OrderWorld, body: object, options: { at?: number; secret?: string } = {}) {
  const raw = JSON.stringify(body);
  const timestamp = String(options.at ?? Math.floor(Date.now() / 1000));
  return {
    raw,
    headers: {
      'Content-Type': 'application/json',
      'X-Zhanggui-Timestamp': timestamp,
      'X-Zhanggui-Signature': signPaymentCallback(options.secret ?? w.paymentSecret, timestamp, raw),
    },
  };
}
