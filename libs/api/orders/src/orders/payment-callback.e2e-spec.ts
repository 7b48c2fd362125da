import { expectProblem } from '@zhanggui/api-platform/testing';
import { signPaymentCallback } from './payments/payment-signature';
import {
  createCustomer,
  createOrderWorld,
  orderBody,
  OrderWorld,
  sellableSku,
  signedCallback,
  stockUp,
} from './testing/order-world';

describe('the payment provider’s callback', () => {
  let w: OrderWorld;
  let sku: string;
  let customerId: string;
  let counter = 0;

  const prepaidOrder = async () =>
    (
      await w.t
        .http(w.people.agent.auth)
        .post('/api/v1/orders')
        .send(orderBody(customerId, [{ skuId: sku, quantity: 2 }], { paymentMethod: 'prepaid' }))
        .expect(201)
    ).body as { id: string; number: string; total: number };
  const payment = (order: { number: string; total: number }, overrides: object = {}) => ({
    orderNumber: order.number,
    provider: 'alipay',
    providerTransactionId: `2026-${process.pid}-${++counter}`,
    amount: order.total,
    currency: 'CNY',
    ...overrides,
  });
  const post = (signed: ReturnType<typeof signedCallback>) =>
    w.t.http().post('/api/v1/payments/callback').set(signed.headers).send(signed.raw);

  beforeAll(async () => {
    w = await createOrderWorld();
    sku = await sellableSku(w, 4990);
    await stockUp(w, sku, w.warehouses.prd, 100);
    customerId = await createCustomer(w);
  }, 120_000);
  afterAll(() => w.t.close());

  it('confirms a pending order on a good signature, recording the payment', async () => {
    const order = await prepaidOrder();
    const body = payment(order);
    const response = await post(signedCallback(w, body)).expect(200);
    expect(response.body).toEqual({
      paymentId: expect.any(String),
      orderId: order.id,
      orderNumber: order.number,
      status: 'confirmed',
    });
    const detail = (await w.t.http(w.people.agent.auth).get(`/api/v1/orders/${order.id}`).expect(200)).body;
    expect(detail).toMatchObject({
      status: 'confirmed',
      paidAmount: order.total,
      amountDue: 0,
      refundDue: 0,
    });
    expect(detail.payments).toEqual([
      expect.objectContaining({
        provider: 'alipay',
        providerTransactionId: body.providerTransactionId,
        amount: order.total,
      }),
    ]);
    expect(detail.timeline.at(-1)).toMatchObject({
      action: 'paid',
      from: 'pending_payment',
      to: 'confirmed',
      actorKind: 'system',
      actorLabel: 'payment-provider',
    });
    const events = await w.t.dataSource.query(
      `SELECT type FROM outbox_event WHERE type = 'OrderConfirmed' AND payload->>'orderId' = $1`,
      [order.id],
    );
    expect(events).toHaveLength(1);
  });

  it('verifies the exact bytes received, whatever their spacing', async () => {
    const order = await prepaidOrder();
    const raw = JSON.stringify(payment(order), null, 2);
    const signed = signedCallback(w, {});
    const timestamp = signed.headers['X-Zhanggui-Timestamp'];
    await w.t
      .http()
      .post('/api/v1/payments/callback')
      .set({
        ...signed.headers,
        'X-Zhanggui-Signature': `v1=${signPaymentCallback(w.paymentSecret, timestamp, raw)}`,
      })
      .send(raw)
      .expect(200);
  });

  it('refuses a bad signature with 401 and changes nothing', async () => {
    const order = await prepaidOrder();
    expectProblem(
      await post(signedCallback(w, payment(order), { secret: 'not-the-secret' })),
      401,
      'PAYMENT_SIGNATURE_INVALID',
    );
    const tampered = signedCallback(w, payment(order));
    tampered.raw = tampered.raw.replace(`"amount":${order.total}`, `"amount":${order.total - 1}`);
    expectProblem(await post(tampered), 401, 'PAYMENT_SIGNATURE_INVALID');
    const detail = (await w.t.http(w.people.agent.auth).get(`/api/v1/orders/${order.id}`).expect(200)).body;
    expect(detail).toMatchObject({ status: 'pending_payment', payments: [] });
  });

  it('refuses an unsigned callback with 400 naming the header', async () => {
    const order = await prepaidOrder();
    const problem = expectProblem(
      await w.t.http().post('/api/v1/payments/callback').send(payment(order)),
      400,
      'PAYMENT_SIGNATURE_MISSING',
    );
    expect(problem.errors?.[0].field).toBe('X-Zhanggui-Timestamp');
  });

  it('refuses a stale timestamp, even correctly signed', async () => {
    const order = await prepaidOrder();
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 360;
    expectProblem(
      await post(signedCallback(w, payment(order), { at: sixMinutesAgo })),
      401,
      'PAYMENT_CALLBACK_STALE',
    );
  });

  it('refuses a replay of the same provider transaction', async () => {
    const order = await prepaidOrder();
    const body = payment(order);
    await post(signedCallback(w, body)).expect(200);
    const problem = expectProblem(await post(signedCallback(w, body)), 409, 'PAYMENT_REPLAYED');
    expect(problem.errors).toEqual([{ field: 'providerTransactionId', message: 'already recorded' }]);
    const detail = (await w.t.http(w.people.agent.auth).get(`/api/v1/orders/${order.id}`).expect(200)).body;
    expect(detail.payments).toHaveLength(1);
    expect(detail.paidAmount).toBe(order.total);
  });

  it('refuses an amount other than the order total, and an unknown order', async () => {
    const order = await prepaidOrder();
    expectProblem(
      await post(signedCallback(w, payment(order, { amount: order.total - 1 }))),
      422,
      'PAYMENT_AMOUNT_MISMATCH',
    );
    expectProblem(
      await post(signedCallback(w, payment(order, { orderNumber: 'SO-19990101-0001' }))),
      422,
      'PAYMENT_ORDER_UNKNOWN',
    );
    // Nothing was recorded: the right amount still confirms it.
    await post(signedCallback(w, payment(order))).expect(200);
  });

  it('keeps the secret to system administrators, and never shows it', async () => {
    const settings = await w.t
      .http(w.people.sysadmin.auth)
      .get('/api/v1/payment-callback-settings')
      .expect(200);
    expect(settings.body).toEqual({ configured: true, updatedAt: expect.any(String) });
    expectProblem(
      await w.t.http(w.people.agent.auth).get('/api/v1/payment-callback-settings'),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await w.t
        .http(w.people.sysadmin.auth)
        .put('/api/v1/payment-callback-settings')
        .send({ secret: 'short' }),
      400,
      'VALIDATION_FAILED',
    );
    const audit = await w.t.dataSource.query(
      `SELECT changes FROM audit_event WHERE entity_type = 'payment_callback_setting'`,
    );
    expect(JSON.stringify(audit)).not.toContain(w.paymentSecret);
  });
});
