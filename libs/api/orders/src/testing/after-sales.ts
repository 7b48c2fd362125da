import type { OrderWorld } from '../orders/testing/order-world';
import { address, orderBody, signedCallback } from '../orders/testing/order-world';

export type City = 'guangzhou' | 'hangzhou';

/** Places an order and walks it to delivered (the city's manager allocates, ships and delivers it). */
export async function deliveredOrder(
  w: OrderWorld,
  input: {
    customerId: string;
    lines: Array<{ skuId: string; quantity: number }>;
    paymentMethod?: 'cod' | 'prepaid';
    city?: City;
  },
): Promise<{
  id: string;
  number: string;
  total: number;
  lines: Array<{ id: string; amount: number; quantity: number }>;
}> {
  const city = input.city ?? 'guangzhou';
  const manager = city === 'guangzhou' ? w.people.cityGuangzhou : w.people.cityHangzhou;
  const paymentMethod = input.paymentMethod ?? 'cod';
  const placed = await w.t
    .http(w.people.agent.auth)
    .post('/api/v1/orders')
    .send(orderBody(input.customerId, input.lines, { paymentMethod, shippingAddress: address(city) }))
    .expect(201);
  const order = placed.body;
  if (paymentMethod === 'prepaid') await pay(w, order.number, order.total - (order.paidAmount ?? 0));
  const http = () => w.t.http(manager.auth);
  await http().post(`/api/v1/orders/${order.id}/allocate`).send({}).expect(200);
  await http()
    .post(`/api/v1/orders/${order.id}/ship`)
    .send({ carrier: '顺丰速运', trackingNumber: `SF${Date.now()}`, courierUserId: manager.id })
    .expect(200);
  await http().post(`/api/v1/orders/${order.id}/deliver`).send({}).expect(200);
  return order;
}

/** The payment provider confirms a prepaid order's payment. */
export async function pay(w: OrderWorld, orderNumber: string, amount: number): Promise<void> {
  const signed = signedCallback(w, {
    orderNumber,
    provider: 'alipay',
    providerTransactionId: `pay-${orderNumber}-${amount}`,
    amount,
    currency: 'CNY',
  });
  const response = await w.t.http().post('/api/v1/payments/callback').set(signed.headers).send(signed.raw);
  if (response.status >= 300) throw new Error(`payment refused: ${JSON.stringify(response.body)}`);
}
