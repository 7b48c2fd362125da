import { randomUUID } from 'node:crypto';
import { StockService } from '@zhanggui/api-inventory';
import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createProcurementWorld,
  createSkus,
  createSupplier,
  createWarehouse,
  expectFlatListQueries,
  ProcurementWorld,
  sentOrder,
} from '../testing/procurement-fixtures';

describe('purchase lists (采购清单)', () => {
  let w: ProcurementWorld;
  let guangzhou: string;
  let hangzhou: string;
  let skuA: string;
  let skuB: string;
  let supplierId: string;
  beforeAll(async () => {
    w = await createProcurementWorld();
    guangzhou = await createWarehouse(w, w.org.guangzhou);
    hangzhou = await createWarehouse(w, w.org.hangzhou);
    [skuA, skuB] = await createSkus(w, 2);
    const pm = w.t.http(w.people.productManager.auth);
    const adjust = (skuId: string, warehouseId: string, quantity: number) =>
      pm.post('/api/v1/stock-adjustments').send({ skuId, warehouseId, quantity, reason: '期初' }).expect(201);
    await adjust(skuA, guangzhou, 125);
    await adjust(skuB, guangzhou, 5);
    await adjust(skuA, hangzhou, 60);
    await w.t
      .http(w.people.productManager.auth)
      .put(`/api/v1/stock-levels/${skuA}/${guangzhou}/reorder`)
      .send({ reorderPoint: 40, safetyStock: 20 })
      .expect(200);
    // Customers' orders, as the orders domain would place them: 90 shipped and 5 still reserved in Guangzhou,
    // 50 shipped in Hangzhou (another region).
    const stock = w.t.app.get(StockService, { strict: false });
    const sell = async (warehouseId: string, quantity: number, ship: boolean) => {
      const source = { type: 'order', id: randomUUID(), number: 'SO-TEST' };
      await stock.reserve({ warehouseId, lines: [{ skuId: skuA, quantity }], source });
      if (ship) await stock.ship({ source });
    };
    await sell(guangzhou, 60, true);
    await sell(guangzhou, 30, true);
    await sell(guangzhou, 5, false);
    await sell(hangzhou, 50, true);
    // Ordered before from this supplier (lead time 10 days): 10 units on their way to Guangzhou.
    supplierId = (await createSupplier(w, { leadTimeDays: 10 })).id;
    await sentOrder(w, {
      supplierId,
      warehouseId: guangzhou,
      lines: [{ skuId: skuA, quantity: 10, unitPrice: 1234 }],
    });
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);

  it('suggests quantities per SKU for a region with every number behind them', async () => {
    const response = await pm()
      .post('/api/v1/purchase-lists')
      .send({ regionId: w.org.pearlRiverDelta, windowDays: 30, reviewDays: 7 })
      .expect(201);
    expect(response.headers.location).toBe(`/api/v1/purchase-lists/${response.body.id}`);
    const list = response.body;
    expect(list).toMatchObject({
      number: expect.stringMatching(/^PL-\d{8}-\d{4}$/),
      status: 'draft',
      windowDays: 30,
    });
    const a = list.lines.find((l: { skuId: string }) => l.skuId === skuA);
    // 90 shipped ÷ 30 days = 3/day; × (10 + 7) = 51; 51 + 20 safety + 5 reserved − 35 on hand − 10 in transit = 31
    expect(a).toMatchObject({
      supplierId,
      shippedQuantity: 90,
      windowDays: 30,
      velocityPerDay: 3,
      leadTimeDays: 10,
      reviewDays: 7,
      coverageDays: 17,
      expectedDemand: 51,
      safetyStock: 20,
      reorderPoint: 40,
      reserved: 5,
      onHand: 35,
      inTransit: 10,
      openPurchaseQuantity: 10,
      belowReorderPoint: false,
      suggestedQuantity: 31,
      quantity: 31,
      unitPrice: 1234,
    });
    const b = list.lines.find((l: { skuId: string }) => l.skuId === skuB);
    expect(b).toMatchObject({
      supplierId: null,
      shippedQuantity: 0,
      leadTimeDays: 7,
      onHand: 5,
      suggestedQuantity: 0,
    });
  });

  it('counts the whole company without a region', async () => {
    const list = (
      await pm()
        .post('/api/v1/purchase-lists')
        .send({ windowDays: 30, skuIds: [skuA] })
        .expect(201)
    ).body;
    // 140 shipped over 30 days × 17 = 79.33 → 80; 80 + 20 + 5 − 45 on hand − 10 = 50
    expect(list.lines).toEqual([
      expect.objectContaining({
        skuId: skuA,
        shippedQuantity: 140,
        onHand: 45,
        expectedDemand: 80,
        suggestedQuantity: 50,
      }),
    ]);
  });

  it('lets the product manager edit and approve it, making a draft order per supplier', async () => {
    const list = (
      await pm()
        .post('/api/v1/purchase-lists')
        .send({ regionId: w.org.pearlRiverDelta, windowDays: 30 })
        .expect(201)
    ).body;
    const edited = await pm()
      .patch(`/api/v1/purchase-lists/${list.id}`)
      .set('If-Match', `"${list.version}"`)
      .send({ lines: [{ skuId: skuA, quantity: 40 }] })
      .expect(200);
    expect(edited.body.lines.find((l: { skuId: string }) => l.skuId === skuA)).toMatchObject({
      suggestedQuantity: 31,
      quantity: 40,
    });
    expect(edited.body.version).toBe(list.version + 1);
    expectProblem(
      await pm()
        .patch(`/api/v1/purchase-lists/${list.id}`)
        .send({ lines: [{ skuId: randomUUID(), quantity: 1 }] }),
      422,
      'PURCHASE_LIST_LINE_UNKNOWN',
    );
    expectProblem(
      await pm().post(`/api/v1/purchase-lists/${list.id}/approve`).send({}),
      422,
      'WAREHOUSE_REQUIRED',
    );
    const approved = (
      await pm()
        .post(`/api/v1/purchase-lists/${list.id}/approve`)
        .send({ warehouseId: guangzhou })
        .expect(200)
    ).body;
    expect(approved).toMatchObject({ status: 'approved', approvedBy: w.people.productManager.id });
    expect(approved.purchaseOrderIds).toHaveLength(1);
    const order = (await pm().get(`/api/v1/purchase-orders/${approved.purchaseOrderIds[0]}`).expect(200))
      .body;
    expect(order).toMatchObject({
      status: 'draft',
      supplierId,
      warehouseId: guangzhou,
      sourceType: 'purchase_list',
      sourceId: list.id,
      lines: [{ skuId: skuA, quantity: 40, unitPrice: 1234 }],
    });
    expectProblem(
      await pm()
        .patch(`/api/v1/purchase-lists/${list.id}`)
        .send({ lines: [{ skuId: skuA, quantity: 1 }] }),
      422,
      'PURCHASE_LIST_APPROVED',
    );
    const history = (await pm().get(`/api/v1/purchase-lists/${list.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['generated', 'edited', 'approved']);
  });

  it('refuses a bad window and keeps lists to purchasing', async () => {
    expectProblem(
      await pm().post('/api/v1/purchase-lists').send({ windowDays: 0 }),
      400,
      'VALIDATION_FAILED',
    );
    await w.t.http(w.people.auditor.auth).get('/api/v1/purchase-lists').expect(200);
    expectProblem(await w.t.http(w.people.finance.auth).get('/api/v1/purchase-lists'), 403, 'FORBIDDEN');
    expectProblem(
      await w.t.http(w.people.generalManager.auth).post('/api/v1/purchase-lists').send({ windowDays: 30 }),
      403,
      'FORBIDDEN',
    );
  });

  it('lists one summary per list, its lines added up, in as many queries for 25 lists as for 2', async () => {
    for (let i = 0; i < 25; i++)
      await pm()
        .post('/api/v1/purchase-lists')
        .send({ windowDays: 30 + i, skuIds: i % 2 ? [skuA] : [skuA, skuB] })
        .expect(201);
    const listed = (await pm().get('/api/v1/purchase-lists?limit=200').expect(200)).body.data;
    for (const item of listed.slice(0, 2)) {
      const { lines, ...summary } = (await pm().get(`/api/v1/purchase-lists/${item.id}`).expect(200)).body;
      expect(item).toEqual(summary);
      type Line = { quantity: number; unitPrice: number | null };
      expect(item).toMatchObject({
        lineCount: lines.length,
        linesToBuy: lines.filter((l: Line) => l.quantity > 0).length,
        totalQuantity: lines.reduce((sum: number, l: Line) => sum + l.quantity, 0),
        estimatedAmount: lines.reduce((sum: number, l: Line) => sum + l.quantity * (l.unitPrice ?? 0), 0),
        currency: 'CNY',
      });
    }
    expect(listed[0]).toMatchObject({ lineCount: 2, linesToBuy: 1, estimatedAmount: expect.any(Number) });
    expect(listed[0].estimatedAmount).toBeGreaterThan(0);
    await expectFlatListQueries(w, w.people.productManager.auth, '/api/v1/purchase-lists');
  });
});
