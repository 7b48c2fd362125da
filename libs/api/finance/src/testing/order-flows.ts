import { createHmac } from 'node:crypto';
import sharp from 'sharp';
import type { SignedInUser } from '@zhanggui/api-identity/testing';
import { userWithRoles } from '@zhanggui/api-identity/testing';
import type { FinanceWorld } from './finance-world';

/**
 * Real business flows through the orders API (the orders library's own fixtures are not importable across
 * domains): a sellable SKU with a cost, stock, a customer, and orders walked to delivery, COD collection and
 * remittance, so the ledger is tested on the events those steps really publish.
 */
export interface OrderFlows {
  w: FinanceWorld;
  cityManager: SignedInUser;
  warehouseId: string;
  paymentSecret: string;
}

const GUANGZHOU = { provinceCode: '440000', cityCode: '440100', districtCode: '440106' };
let counter = 0;

export async function setUpOrderFlows(w: FinanceWorld): Promise<OrderFlows> {
  const { t, admin, tree, people } = w;
  await t
    .http(admin.auth)
    .put(`/api/v1/territory-cities/${GUANGZHOU.cityCode}`)
    .send({ orgUnitId: tree.guangzhou })
    .expect(200);
  const cityManager = await userWithRoles(t, admin, [{ role: 'city-manager', orgUnitId: tree.guangzhou }]);
  const warehouse = await t
    .http(people.productManager.auth)
    .post('/api/v1/warehouses')
    .send({ code: `FIN-${process.pid}`, name: '财务测试仓', regionId: tree.pearlRiverDelta })
    .expect(201);
  const paymentSecret = 'finance-test-payment-secret-0123456789';
  await t
    .http(people.sysadmin.auth)
    .put('/api/v1/payment-callback-settings')
    .send({ secret: paymentSecret })
    .expect(200);
  return { w, cityManager, warehouseId: warehouse.body.id, paymentSecret };
}

/** A listed SKU sold at `price` 分 with cost `cost` 分, and 1,000 units in stock. */
export async function sellableSku(f: OrderFlows, price: number, cost: number): Promise<string> {
  const pm = () => f.w.t.http(f.w.people.productManager.auth);
  counter++;
  const product = await pm()
    .post('/api/v1/products')
    .send({ name: `财务测试商品 ${counter}`, skus: [{ code: `FIN-${process.pid}-${counter}` }] })
    .expect(201);
  const sku = product.body.skus[0].id as string;
  await pm().put(`/api/v1/skus/${sku}/cost`).send({ amount: cost, reason: '成本' }).expect(200);
  await pm().post(`/api/v1/skus/${sku}/prices`).send({ channel: 'website', amount: price }).expect(201);
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1677ff' } })
    .png()
    .toBuffer();
  await pm().post(`/api/v1/products/${product.body.id}/images`).attach('file', png, 'p.png').expect(201);
  await pm().post(`/api/v1/products/${product.body.id}/submit-for-review`).send({}).expect(200);
  await pm().post(`/api/v1/products/${product.body.id}/list`).send({}).expect(200);
  await pm()
    .post('/api/v1/stock-adjustments')
    .send({ skuId: sku, warehouseId: f.warehouseId, quantity: 1000, reason: '期初' })
    .expect(201);
  return sku;
}

export async function createCustomer(f: OrderFlows): Promise<string> {
  counter++;
  const phone = `135${String(process.pid % 10000).padStart(4, '0')}${String(counter).padStart(4, '0')}`;
  const response = await f.w.t
    .http(f.w.people.agent.auth)
    .post('/api/v1/customers')
    .send({ name: `财务客户${counter}`, phone })
    .expect(201);
  return response.body.id;
}

export async function pay(f: OrderFlows, orderNumber: string, amount: number): Promise<void> {
  const raw = JSON.stringify({
    orderNumber,
    provider: 'alipay',
    providerTransactionId: `pay-${orderNumber}-${amount}`,
    amount,
    currency: 'CNY',
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', f.paymentSecret).update(`${timestamp}.`).update(raw).digest('hex');
  await f.w.t
    .http()
    .post('/api/v1/payments/callback')
    .set({
      'Content-Type': 'application/json',
      'X-Zhanggui-Timestamp': timestamp,
      'X-Zhanggui-Signature': signature,
    })
    .send(raw)
    .expect((response) => {
      if (response.status >= 300) throw new Error(`payment refused: ${JSON.stringify(response.body)}`);
    });
}

/** Places an order in 广州 and walks it to delivered. */
export async function deliveredOrder(
  f: OrderFlows,
  input: {
    customerId: string;
    lines: Array<{ skuId: string; quantity: number }>;
    paymentMethod?: 'cod' | 'prepaid';
  },
): Promise<{ id: string; number: string; total: number }> {
  const paymentMethod = input.paymentMethod ?? 'cod';
  const placed = await f.w.t
    .http(f.w.people.agent.auth)
    .post('/api/v1/orders')
    .send({
      customerId: input.customerId,
      paymentMethod,
      shippingAddress: {
        ...GUANGZHOU,
        detail: '测试路 1 号',
        recipientName: '收件人',
        recipientPhone: '13900000000',
      },
      lines: input.lines,
    })
    .expect(201);
  const order = placed.body;
  if (paymentMethod === 'prepaid') await pay(f, order.number, order.total);
  const http = () => f.w.t.http(f.cityManager.auth);
  await http().post(`/api/v1/orders/${order.id}/allocate`).send({}).expect(200);
  await http()
    .post(`/api/v1/orders/${order.id}/ship`)
    .send({
      carrier: '顺丰速运',
      trackingNumber: `SF${Date.now()}${counter}`,
      courierUserId: f.cityManager.id,
    })
    .expect(200);
  await http().post(`/api/v1/orders/${order.id}/deliver`).send({}).expect(200);
  return order;
}
