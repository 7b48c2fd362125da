import sharp from 'sharp';
import { createOrgTree, signInAsAdmin, SignedInUser } from '@zhanggui/api-identity/testing';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { AppModule } from '../../../src/app.module';
import { everyRole } from './every-role';

export interface BadInputWorld {
  t: TestApp;
  /** A user holding every role, company-wide: every operation is open to them. */
  admin: SignedInUser;
  /** A listed SKU with a website price and stock in the warehouse serving 广州. */
  skuId: string;
  warehouseId: string;
  customerId: string;
  /** A placed order, for notes. */
  orderId: string;
  /** The queue tickets land in. */
  queueId: string;
}

export const GUANGZHOU = {
  provinceCode: '440000',
  cityCode: '440100',
  districtCode: '440106',
  detail: '测试路 1 号',
  recipientName: '收件人',
  recipientPhone: '13900000000',
};

let counter = 0;
/** A mainland mobile number no other request of this file used. */
export function freshPhone(): string {
  counter++;
  return `134${String(process.pid % 10000).padStart(4, '0')}${String(counter).padStart(4, '0')}`;
}

/**
 * The whole application with one of each record the hand-written cases write into, made by the administrator
 * (who holds every permission) through the API, as a client would.
 */
export async function createBadInputWorld(): Promise<BadInputWorld> {
  const t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
  const tree = await createOrgTree(t, await signInAsAdmin(t));
  const admin = await everyRole(t);
  const as = () => t.http(admin.auth);
  await as()
    .put(`/api/v1/territory-cities/${GUANGZHOU.cityCode}`)
    .send({ orgUnitId: tree.guangzhou })
    .expect(200);
  const warehouseId = (
    await as()
      .post('/api/v1/warehouses')
      .send({ code: `BAD-${process.pid}`, name: '坏输入测试仓', regionId: tree.pearlRiverDelta })
      .expect(201)
  ).body.id as string;
  const product = (
    await as()
      .post('/api/v1/products')
      .send({ name: '坏输入测试商品', skus: [{ code: `BAD-${process.pid}` }] })
      .expect(201)
  ).body;
  const skuId = product.skus[0].id as string;
  await as().put(`/api/v1/skus/${skuId}/cost`).send({ amount: 1000, reason: '成本' }).expect(200);
  await as().post(`/api/v1/skus/${skuId}/prices`).send({ channel: 'website', amount: 2000 }).expect(201);
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1677ff' } })
    .png()
    .toBuffer();
  await as().post(`/api/v1/products/${product.id}/images`).attach('file', png, 'p.png').expect(201);
  await as().post(`/api/v1/products/${product.id}/submit-for-review`).send({}).expect(200);
  await as().post(`/api/v1/products/${product.id}/list`).send({}).expect(200);
  await as()
    .post('/api/v1/stock-adjustments')
    .send({ skuId, warehouseId, quantity: 100, reason: '期初' })
    .expect(201);
  const customerId = (
    await as()
      .post('/api/v1/customers')
      .send({ name: '坏输入客户', phone: freshPhone(), addresses: [GUANGZHOU] })
      .expect(201)
  ).body.id as string;
  const order = await as()
    .post('/api/v1/orders')
    .send({ customerId, paymentMethod: 'cod', shippingAddress: GUANGZHOU, lines: [{ skuId, quantity: 1 }] })
    .expect(201);
  const queueId = (
    await as().post('/api/v1/support-queues').send({ code: 'GENERAL', name: '综合' }).expect(201)
  ).body.id as string;
  return { t, admin, skuId, warehouseId, customerId, orderId: order.body.id, queueId };
}
