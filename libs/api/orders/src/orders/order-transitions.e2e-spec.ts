import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createCustomer,
  createOrderWorld,
  levelOf,
  orderBody,
  OrderWorld,
  sellableSku,
  signedCallback,
  stockUp,
} from './testing/order-world';

type Status =
  'pending_payment' | 'confirmed' | 'allocated' | 'shipped' | 'delivered' | 'completed' | 'cancelled';
type Step = 'allocate' | 'ship' | 'deliver' | 'complete' | 'cancel';

describe('an order’s life', () => {
  let w: OrderWorld;
  let sku: string;
  let customerId: string;

  const agent = () => w.t.http(w.people.agent.auth);
  const city = () => w.t.http(w.people.cityGuangzhou.auth);
  const lead = () => w.t.http(w.people.lead.auth);
  const shipment = () => ({
    carrier: '顺丰速运',
    trackingNumber: 'SF100200300',
    courierUserId: w.people.cityGuangzhou.id,
  });

  /** The person and body each step takes. */
  const stepCall = (step: Step, id: string, etag?: string) => {
    const http = step === 'cancel' ? agent() : step === 'complete' ? lead() : city();
    const body = step === 'ship' ? shipment() : step === 'cancel' ? { reason: '客户取消' } : {};
    const request = http.post(`/api/v1/orders/${id}/${step}`);
    if (etag) void request.set('If-Match', etag);
    return request.send(body);
  };

  async function orderIn(
    status: Status,
    quantity = 1,
  ): Promise<{ id: string; number: string; total: number }> {
    const placed = await agent()
      .post('/api/v1/orders')
      .send(
        orderBody(customerId, [{ skuId: sku, quantity }], {
          paymentMethod: status === 'pending_payment' ? 'prepaid' : 'cod',
        }),
      )
      .expect(201);
    const path: Step[] = {
      pending_payment: [],
      confirmed: [],
      allocated: ['allocate'],
      shipped: ['allocate', 'ship'],
      delivered: ['allocate', 'ship', 'deliver'],
      completed: ['allocate', 'ship', 'deliver', 'complete'],
      cancelled: ['cancel'],
    }[status] as Step[];
    for (const step of path) await stepCall(step, placed.body.id).expect(200);
    return placed.body;
  }

  beforeAll(async () => {
    w = await createOrderWorld();
    sku = await sellableSku(w, 2500);
    await stockUp(w, sku, w.warehouses.prd, 1000);
    customerId = await createCustomer(w);
  }, 120_000);
  afterAll(() => w.t.close());

  it('goes confirmed → allocated → shipped → delivered → completed, each step on the timeline and in the outbox', async () => {
    const before = await levelOf(w, sku, w.warehouses.prd);
    const order = await orderIn('confirmed', 3);
    let etag = '"1"';
    for (const [step, status] of [
      ['allocate', 'allocated'],
      ['ship', 'shipped'],
      ['deliver', 'delivered'],
      ['complete', 'completed'],
    ] as const) {
      const response = await stepCall(step, order.id, etag).expect(200);
      expect(response.body.status).toBe(status);
      etag = response.headers.etag;
      if (step === 'ship') {
        expect(response.body.shipment).toMatchObject(shipment());
        // The reservation became a shipment: on hand and reserved both dropped by 3.
        expect(await levelOf(w, sku, w.warehouses.prd)).toEqual({
          onHand: before.onHand - 3,
          reserved: before.reserved,
          available: before.available - 3,
        });
      }
    }
    const timeline = (await agent().get(`/api/v1/orders/${order.id}/timeline`).expect(200)).body;
    expect(timeline.map((e: { from: string | null; to: string }) => [e.from, e.to])).toEqual([
      [null, 'confirmed'],
      ['confirmed', 'allocated'],
      ['allocated', 'shipped'],
      ['shipped', 'delivered'],
      ['delivered', 'completed'],
    ]);
    expect(timeline[1]).toMatchObject({ actorKind: 'user', actorId: w.people.cityGuangzhou.id });
    const types = await w.t.dataSource.query(
      `SELECT type FROM outbox_event WHERE payload->>'orderId' = $1 ORDER BY id`,
      [order.id],
    );
    expect(types.map((t: { type: string }) => t.type)).toEqual([
      'OrderPlaced',
      'OrderShipped',
      'OrderDelivered',
      'OrderCompleted',
    ]);
  });

  it('refuses a step when If-Match names an older version', async () => {
    const order = await orderIn('confirmed');
    expectProblem(await stepCall('allocate', order.id, '"7"'), 412, 'STALE_VERSION');
  });

  it('cancels with a reason and releases the stock', async () => {
    const before = await levelOf(w, sku, w.warehouses.prd);
    const order = await orderIn('allocated', 4);
    expect((await levelOf(w, sku, w.warehouses.prd)).reserved).toBe(before.reserved + 4);
    const response = await stepCall('cancel', order.id).expect(200);
    expect(response.body).toMatchObject({ status: 'cancelled', cancelReason: '客户取消' });
    expect(await levelOf(w, sku, w.warehouses.prd)).toEqual(before);
    expectProblem(await agent().post(`/api/v1/orders/${order.id}/cancel`).send({}), 400, 'VALIDATION_FAILED');
  });

  it('refuses shipping without a real courier', async () => {
    const order = await orderIn('allocated');
    const problem = expectProblem(
      await city()
        .post(`/api/v1/orders/${order.id}/ship`)
        .send({ ...shipment(), courierUserId: '01a21f21-0000-7000-8000-000000000000' }),
      422,
      'ORDER_COURIER_UNKNOWN',
    );
    expect(problem.errors).toEqual([{ field: 'courierUserId', message: 'no such active user' }]);
  });

  const STATUSES: Status[] = [
    'pending_payment',
    'confirmed',
    'allocated',
    'shipped',
    'delivered',
    'completed',
    'cancelled',
  ];
  const LEGAL: Record<Step, Status[]> = {
    allocate: ['confirmed'],
    ship: ['allocated'],
    deliver: ['shipped'],
    complete: ['delivered'],
    cancel: ['pending_payment', 'confirmed', 'allocated'],
  };
  const TARGET: Record<Step, Status> = {
    allocate: 'allocated',
    ship: 'shipped',
    deliver: 'delivered',
    complete: 'completed',
    cancel: 'cancelled',
  };
  const illegal = STATUSES.flatMap((from) =>
    (Object.keys(LEGAL) as Step[])
      .filter((step) => !LEGAL[step].includes(from))
      .map((step) => [from, step] as const),
  );

  it.each(illegal)('refuses %s → %s with 409 naming from and to, changing nothing', async (from, step) => {
    const order = await orderIn(from);
    const before = (await agent().get(`/api/v1/orders/${order.id}`).expect(200)).body;
    const problem = expectProblem(await stepCall(step, order.id), 409, 'ORDER_TRANSITION_NOT_ALLOWED');
    expect(problem.detail).toContain(from);
    expect(problem.detail).toContain(TARGET[step]);
    const after = (await agent().get(`/api/v1/orders/${order.id}`).expect(200)).body;
    expect(after.version).toBe(before.version);
    expect(after.timeline).toHaveLength(before.timeline.length);
  });

  it.each(STATUSES.filter((s) => s !== 'pending_payment'))(
    'refuses a payment for an order that is %s',
    async (from) => {
      const order = await orderIn(from);
      const body = {
        orderNumber: order.number,
        provider: 'alipay',
        providerTransactionId: `pay-${order.id}`,
        amount: order.total,
        currency: 'CNY',
      };
      const signed = signedCallback(w, body);
      const problem = expectProblem(
        await w.t.http().post('/api/v1/payments/callback').set(signed.headers).send(signed.raw),
        409,
        'ORDER_TRANSITION_NOT_ALLOWED',
      );
      expect(problem.detail).toContain(`${from} cannot become confirmed`);
    },
  );
});
