import { PricesService } from '@zhanggui/api-catalog';
import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import {
  costOf,
  createProcurementWorld,
  createSkus,
  createSupplier,
  createWarehouse,
  outboxEvents,
  ProcurementWorld,
  sentOrder,
  stockOf,
} from '../testing/procurement-fixtures';

describe('goods receipts', () => {
  let w: ProcurementWorld;
  let warehouseId: string;
  beforeAll(async () => {
    w = await createProcurementWorld();
    warehouseId = await createWarehouse(w, w.org.guangzhou);
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);
  const receive = (
    orderId: string,
    lines: Array<{ purchaseOrderLineId: string; quantity: number }>,
    note?: string,
  ) => pm().post(`/api/v1/purchase-orders/${orderId}/receipts`).send({ lines, note });

  /** A SKU with 10 units on hand at a cost of ¥10.00, and a sent order for it. */
  async function stockedOrder(quantity = 50, unitPrice = 1400, expectedDate = '2099-12-31') {
    const [skuId, otherSku] = await createSkus(w, 2);
    await pm()
      .post('/api/v1/stock-adjustments')
      .send({ skuId, warehouseId, quantity: 10, reason: '期初' })
      .expect(201);
    await pm().put(`/api/v1/skus/${skuId}/cost`).send({ amount: 1000, reason: '期初成本' }).expect(200);
    const supplier = await createSupplier(w);
    const order = await sentOrder(w, {
      supplierId: supplier.id,
      warehouseId,
      expectedDate,
      lines: [
        { skuId, quantity, unitPrice },
        { skuId: otherSku, quantity: 5, unitPrice: 200 },
      ],
    });
    return { skuId, otherSku, supplierId: supplier.id, order };
  }

  it('adds stock, moves the moving-average cost and marks the order partially received, in one receipt', async () => {
    const { skuId, order } = await stockedOrder();
    const response = await receive(
      order.id,
      [{ purchaseOrderLineId: order.lines[0].id, quantity: 30 }],
      '第一批',
    ).expect(201);
    expect(response.headers.location).toBe(`/api/v1/goods-receipts/${response.body.id}`);
    expect(response.body).toMatchObject({
      number: expect.stringMatching(/^GR-\d{8}-\d{4}$/),
      purchaseOrderId: order.id,
      warehouseId,
      note: '第一批',
      receivedBy: w.people.productManager.id,
      lines: [{ purchaseOrderLineId: order.lines[0].id, skuId, quantity: 30, unitCost: 1400 }],
    });
    expect(await stockOf(w, skuId, warehouseId)).toBe(40);
    // (¥10.00 × 10 + ¥14.00 × 30) ÷ 40 = ¥13.00
    expect(await costOf(w, skuId)).toBe(1300);
    const po = (await pm().get(`/api/v1/purchase-orders/${order.id}`).expect(200)).body;
    expect(po).toMatchObject({ status: 'partially_received', receivedAt: null });
    expect(po.lines[0]).toMatchObject({ receivedQuantity: 30, outstandingQuantity: 20 });

    const [event] = await outboxEvents(w, 'GoodsReceived', 'receiptId', response.body.id);
    expect(event.payload).toMatchObject({
      receiptNumber: response.body.number,
      purchaseOrderId: order.id,
      purchaseOrderNumber: order.number,
      warehouseId,
      totalAmount: 42000,
      currency: 'CNY',
      lines: [{ skuId, quantity: 30, unitCost: 1400 }],
    });
    const movements = (
      await pm().get(`/api/v1/stock-movements?skuId=${skuId}&warehouseId=${warehouseId}`).expect(200)
    ).body.data;
    expect(movements.map((m: { source: { type: string; number?: string } }) => m.source)).toContainEqual(
      expect.objectContaining({ type: 'goods-receipt', number: response.body.number }),
    );
  });

  it('marks the order received when the last units arrive, then closes it', async () => {
    const { order } = await stockedOrder(20);
    await receive(order.id, [{ purchaseOrderLineId: order.lines[0].id, quantity: 15 }]).expect(201);
    await receive(order.id, [
      { purchaseOrderLineId: order.lines[0].id, quantity: 5 },
      { purchaseOrderLineId: order.lines[1].id, quantity: 5 },
    ]).expect(201);
    const po = (await pm().get(`/api/v1/purchase-orders/${order.id}`).expect(200)).body;
    expect(po).toMatchObject({ status: 'received', receivedAt: expect.any(String) });
    const receipts = (await pm().get(`/api/v1/purchase-orders/${order.id}/receipts`).expect(200)).body;
    expect(receipts).toHaveLength(2);
    expect((await pm().post(`/api/v1/purchase-orders/${order.id}/close`).expect(200)).body.status).toBe(
      'closed',
    );
    const history = (await pm().get(`/api/v1/purchase-orders/${order.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'submitted',
      'sent',
      'goods_received',
      'goods_received',
      'closed',
    ]);
  });

  it('refuses over-receipt, naming the line, and receipts against unsent orders', async () => {
    const { skuId, order } = await stockedOrder(20);
    const problem = expectProblem(
      await receive(order.id, [{ purchaseOrderLineId: order.lines[0].id, quantity: 21 }]),
      422,
      'RECEIPT_REFUSED',
    );
    expect(problem.errors).toEqual([
      { field: 'lines.0.quantity', message: 'only 20 of 20 ordered are still to arrive' },
    ]);
    expectProblem(
      await receive(order.id, [{ purchaseOrderLineId: '01a21f21-0000-7000-8000-000000000000', quantity: 1 }]),
      422,
      'RECEIPT_REFUSED',
    );
    expect(await stockOf(w, skuId, warehouseId)).toBe(10);

    const draft = (
      await pm()
        .post('/api/v1/purchase-orders')
        .send({
          supplierId: (await createSupplier(w)).id,
          warehouseId,
          lines: [{ skuId, quantity: 1, unitPrice: 1 }],
        })
        .expect(201)
    ).body;
    expectProblem(
      await receive(draft.id, [{ purchaseOrderLineId: draft.lines[0].id, quantity: 1 }]),
      422,
      'PURCHASE_ORDER_TRANSITION_NOT_ALLOWED',
    );
    expectProblem(await receive(order.id, []), 400, 'VALIDATION_FAILED');
  });

  it('leaves neither stock nor cost changed when the receipt fails midway', async () => {
    const { skuId, otherSku, order } = await stockedOrder();
    const prices = w.t.app.get(PricesService, { strict: false });
    const original = prices.recordReceipt.bind(prices);
    let calls = 0;
    // The second line's cost update fails after the first line's stock and cost have been written.
    const spy = jest.spyOn(prices, 'recordReceipt').mockImplementation(async (input) => {
      if (++calls === 2) throw new Error('catalog failed midway');
      return original(input);
    });
    try {
      expectProblem(
        await receive(order.id, [
          { purchaseOrderLineId: order.lines[0].id, quantity: 30 },
          { purchaseOrderLineId: order.lines[1].id, quantity: 5 },
        ]),
        500,
        'INTERNAL_ERROR',
      );
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(2);
    expect(await stockOf(w, skuId, warehouseId)).toBe(10);
    expect(await stockOf(w, otherSku, warehouseId)).toBe(0);
    expect(await costOf(w, skuId)).toBe(1000);
    const po = (await pm().get(`/api/v1/purchase-orders/${order.id}`).expect(200)).body;
    expect(po.status).toBe('sent');
    expect(po.lines.map((l: { receivedQuantity: number }) => l.receivedQuantity)).toEqual([0, 0]);
    expect((await pm().get(`/api/v1/purchase-orders/${order.id}/receipts`).expect(200)).body).toEqual([]);
    expect(await outboxEvents(w, 'GoodsReceived', 'purchaseOrderId', order.id)).toEqual([]);

    // Nothing half-done stands in the way: the same receipt goes through once catalog answers.
    await receive(order.id, [{ purchaseOrderLineId: order.lines[0].id, quantity: 30 }]).expect(201);
    expect(await stockOf(w, skuId, warehouseId)).toBe(40);
    expect(await costOf(w, skuId)).toBe(1300);
  });

  it('rates suppliers from what arrived by the promised day', async () => {
    const onTime = await stockedOrder(5, 100, '2099-12-31');
    await receive(onTime.order.id, [
      { purchaseOrderLineId: onTime.order.lines[0].id, quantity: 5 },
      { purchaseOrderLineId: onTime.order.lines[1].id, quantity: 5 },
    ]).expect(201);
    const late = await stockedOrder(5, 100, '2020-01-01');
    await receive(late.order.id, [{ purchaseOrderLineId: late.order.lines[0].id, quantity: 5 }]).expect(201);
    const rating = async (id: string) => (await pm().get(`/api/v1/suppliers/${id}`).expect(200)).body.rating;
    expect(await rating(onTime.supplierId)).toEqual({ deliveries: 1, onTime: 1, complete: 1, score: 100 });
    expect(await rating(late.supplierId)).toEqual({ deliveries: 1, onTime: 0, complete: 0, score: 0 });
  });

  it('lets purchasing receive and keeps others out', async () => {
    const { order } = await stockedOrder();
    for (const who of ['finance', 'auditor', 'generalManager', 'editor'] as const) {
      expectProblem(
        await w.t
          .http(w.people[who].auth)
          .post(`/api/v1/purchase-orders/${order.id}/receipts`)
          .send({ lines: [{ purchaseOrderLineId: order.lines[0].id, quantity: 1 }] }),
        403,
        'FORBIDDEN',
      );
    }
    await w.t.http(w.people.finance.auth).get(`/api/v1/purchase-orders/${order.id}/receipts`).expect(200);
  });

  it('lists 25 receipts of an order in as many queries as 2', async () => {
    const receiptsOf = async (count: number) => {
      const { order } = await stockedOrder(count);
      for (let i = 0; i < count; i++)
        await receive(order.id, [{ purchaseOrderLineId: order.lines[0].id, quantity: 1 }]).expect(201);
      return countQueries(w.t, (http) =>
        http(w.people.productManager.auth).get(`/api/v1/purchase-orders/${order.id}/receipts`).expect(200),
      );
    };
    const few = await receiptsOf(2);
    const many = await receiptsOf(25);
    expect(few.result.body).toHaveLength(2);
    expect(many.result.body).toHaveLength(25);
    expect(many.result.body[24].lines).toEqual([expect.objectContaining({ quantity: 1 })]);
    expect(many.statements).toHaveLength(few.count);
  });
});
