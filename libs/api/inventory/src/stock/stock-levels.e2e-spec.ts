import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createInventoryWorld,
  createSkus,
  createWarehouse,
  InventoryWorld,
  levelOf,
  stockUp,
} from '../testing/inventory-fixtures';

describe('stock levels, adjustments, movements, reorder points and alerts', () => {
  let w: InventoryWorld;
  beforeAll(async () => {
    w = await createInventoryWorld();
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);
  const adjust = (body: object) => pm().post('/api/v1/stock-adjustments').send(body);

  it('adjusts up and down with a reason and a number, never below zero', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w, w.org.guangzhou);
    const added = await adjust({
      skuId: sku,
      warehouseId: warehouse.id,
      quantity: 10,
      reason: '期初录入',
    }).expect(201);
    expect(added.body).toMatchObject({
      kind: 'adjustment',
      onHandDelta: 10,
      reservedDelta: 0,
      onHandAfter: 10,
      reservedAfter: 0,
      reason: '期初录入',
      source: { type: 'stock-adjustment', number: expect.stringMatching(/^ADJ-\d{8}-\d{4}$/) },
      actor: { kind: 'user', id: w.people.productManager.id },
    });
    expect(added.headers.location).toBe(`/api/v1/stock-movements/${added.body.id}`);
    await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: -4, reason: '破损' }).expect(201);
    const tooMuch = expectProblem(
      await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: -7, reason: '盘亏' }),
      422,
      'STOCK_BELOW_ZERO',
    );
    expect(tooMuch.errors).toEqual([{ field: 'quantity', message: 'on hand is 6' }]);
    expect(await levelOf(w, sku, warehouse.id)).toMatchObject({ onHand: 6, reserved: 0, available: 6 });
    const audit = await w.t.http(w.admin.auth).get(`/api/v1/audit-events?entityType=stock_level`).expect(200);
    expect(audit.body.data.some((e: { action: string }) => e.action === 'stock-adjustment')).toBe(true);
  });

  it('refuses bad adjustments with problem+json naming the field', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    const missing = expectProblem(
      await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: 0 }),
      400,
      'VALIDATION_FAILED',
    );
    expect([...new Set(missing.errors?.map((e) => e.field))].sort()).toEqual(['quantity', 'reason']);
    expectProblem(
      await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: 1.5, reason: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    const unknownSku = expectProblem(
      await adjust({ skuId: warehouse.id, warehouseId: warehouse.id, quantity: 1, reason: 'x' }),
      400,
      'UNKNOWN_REFERENCE',
    );
    expect(unknownSku.errors).toEqual([{ field: 'skuId', message: 'no such SKU' }]);
    const unknownWarehouse = expectProblem(
      await adjust({ skuId: sku, warehouseId: sku, quantity: 1, reason: 'x' }),
      400,
      'UNKNOWN_REFERENCE',
    );
    expect(unknownWarehouse.errors).toEqual([{ field: 'warehouseId', message: 'no such warehouse' }]);
    expectProblem(
      await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: -1, reason: 'x' }),
      422,
      'STOCK_BELOW_ZERO',
    );
  });

  it('lists levels with SKU code and name, filters and keyset pages', async () => {
    const skus = await createSkus(w, 3);
    const warehouse = await createWarehouse(w, w.org.shenzhen);
    for (const [i, sku] of skus.entries()) await stockUp(w, sku, warehouse.id, i + 1);
    const first = await pm()
      .get(`/api/v1/stock-levels?warehouseId=${warehouse.id}&limit=2&count=true`)
      .expect(200);
    expect(first.body.total).toBe(3);
    expect(first.body.data).toHaveLength(2);
    const second = await pm()
      .get(`/api/v1/stock-levels?warehouseId=${warehouse.id}&limit=2&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.data, ...second.body.data];
    expect(all.map((l: { skuId: string }) => l.skuId).sort()).toEqual([...skus].sort());
    expect(all[0]).toMatchObject({
      skuCode: expect.stringMatching(/^INV-/),
      skuName: expect.stringMatching(/^规格/),
      warehouseCode: warehouse.code,
      regionId: w.org.shenzhen,
      reorderPoint: 0,
      safetyStock: 0,
      low: false,
    });
    const byRegion = await pm()
      .get(`/api/v1/stock-levels?regionId=${w.org.pearlRiverDelta}&skuId=${skus[0]}`)
      .expect(200);
    expect(byRegion.body.data).toHaveLength(1);
    const otherRegion = await pm()
      .get(`/api/v1/stock-levels?regionId=${w.org.zhejiang}&skuId=${skus[0]}`)
      .expect(200);
    expect(otherRegion.body.data).toHaveLength(0);
    expectProblem(await pm().get('/api/v1/stock-levels?skuId=nope'), 400, 'VALIDATION_FAILED');
    expectProblem(await pm().get('/api/v1/stock-levels?colour=red'), 400, 'VALIDATION_FAILED');
  });

  it('shows a regional manager only their region’s stock and movements', async () => {
    const [sku] = await createSkus(w);
    const guangzhou = await createWarehouse(w, w.org.guangzhou);
    const hangzhou = await createWarehouse(w, w.org.hangzhou);
    await stockUp(w, sku, guangzhou.id, 5);
    const hz = await stockUp(w, sku, hangzhou.id, 7);
    const manager = w.t.http(w.people.regionalManagerPrd.auth);
    const levels = await manager.get(`/api/v1/stock-levels?skuId=${sku}`).expect(200);
    expect(levels.body.data.map((l: { warehouseId: string }) => l.warehouseId)).toEqual([guangzhou.id]);
    const movements = await manager.get(`/api/v1/stock-movements?skuId=${sku}`).expect(200);
    expect(movements.body.data.map((m: { warehouseId: string }) => m.warehouseId)).toEqual([guangzhou.id]);
    expectProblem(await manager.get(`/api/v1/stock-movements/${hz.id}`), 404, 'STOCK_MOVEMENT_NOT_FOUND');
    const city = await w.t
      .http(w.people.cityManagerHz.auth)
      .get(`/api/v1/stock-levels?skuId=${sku}`)
      .expect(200);
    expect(city.body.data.map((l: { warehouseId: string }) => l.warehouseId)).toEqual([hangzhou.id]);
  });

  it('lists movements newest first with who, why and the source', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await stockUp(w, sku, warehouse.id, 5);
    await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: -2, reason: '样品' }).expect(201);
    const page = await pm()
      .get(`/api/v1/stock-movements?skuId=${sku}&warehouseId=${warehouse.id}`)
      .expect(200);
    expect(
      page.body.data.map((m: { onHandDelta: number; onHandAfter: number }) => [m.onHandDelta, m.onHandAfter]),
    ).toEqual([
      [-2, 3],
      [5, 5],
    ]);
    const oldest = await pm().get(`/api/v1/stock-movements?skuId=${sku}&sort=createdAt&limit=1`).expect(200);
    expect(oldest.body.data[0].onHandDelta).toBe(5);
    expectProblem(
      await pm().get(
        `/api/v1/stock-movements?skuId=${sku}&sort=createdAt&limit=1&cursor=${page.body.nextCursor ?? 'x'}`,
      ),
      400,
      'INVALID_CURSOR',
    );
    const adjustments = await pm().get(`/api/v1/stock-movements?kind=adjustment&skuId=${sku}`).expect(200);
    expect(adjustments.body.data).toHaveLength(2);
  });

  it('sets reorder points with If-Match, raises one alert per crossing and resolves it on recovery', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await stockUp(w, sku, warehouse.id, 10);
    const path = `/api/v1/stock-levels/${sku}/${warehouse.id}/reorder`;
    const set = await pm()
      .put(path)
      .set('If-Match', '"1"')
      .send({ reorderPoint: 8, safetyStock: 3 })
      .expect(200);
    expect(set.body).toMatchObject({ reorderPoint: 8, safetyStock: 3, low: false, version: 2 });
    expect(set.headers.etag).toBe('"2"');
    expectProblem(
      await pm().put(path).set('If-Match', '"1"').send({ reorderPoint: 9, safetyStock: 3 }),
      412,
      'STALE_VERSION',
    );
    expect(
      expectProblem(
        await pm().put(path).send({ reorderPoint: 2, safetyStock: 3 }),
        422,
        'REORDER_SETTINGS_INVALID',
      ).errors,
    ).toEqual([{ field: 'safetyStock', message: expect.any(String) }]);
    expectProblem(await pm().put(path).send({ reorderPoint: -1, safetyStock: 0 }), 400, 'VALIDATION_FAILED');

    const alertsFor = async (status = 'open') =>
      (await pm().get(`/api/v1/stock-alerts?skuId=${sku}&status=${status}`).expect(200)).body.data;
    await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: -3, reason: '出样' }).expect(201); // 7 < 8
    await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: -2, reason: '出样' }).expect(201); // still low
    const open = await alertsFor();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      availableAtAlert: 7,
      available: 5,
      reorderPoint: 8,
      safetyStock: 3,
      resolvedAt: null,
    });
    expect((await levelOf(w, sku, warehouse.id))?.low).toBe(true);
    const lowOnly = await pm().get(`/api/v1/stock-levels?lowOnly=true&skuId=${sku}`).expect(200);
    expect(lowOnly.body.data).toHaveLength(1);
    const events = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'StockLow' AND payload->>'skuId' = $1`,
      [sku],
    );
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ warehouseId: warehouse.id, available: 7, reorderPoint: 8 });

    await stockUp(w, sku, warehouse.id, 10); // 15: recovered
    expect(await alertsFor()).toHaveLength(0);
    expect(await alertsFor('resolved')).toHaveLength(1);
    await adjust({ skuId: sku, warehouseId: warehouse.id, quantity: -10, reason: '出样' }).expect(201); // 5: low again
    expect(await alertsFor('all')).toHaveLength(2);
    const again = await w.t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'StockLow' AND payload->>'skuId' = $1`,
      [sku],
    );
    expect(again[0].n).toBe(2);
  });

  it('publishes StockMoved with the balances after each operation', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await stockUp(w, sku, warehouse.id, 4);
    const [event] = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'StockMoved' AND payload->'movements'->0->>'skuId' = $1`,
      [sku],
    );
    expect(event.payload).toMatchObject({
      source: { type: 'stock-adjustment' },
      movements: [
        { skuId: sku, warehouseId: warehouse.id, kind: 'adjustment', onHandAfter: 4, available: 4 },
      ],
    });
  });

  it('lets the website key and customer service read availability, and guards writes', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await stockUp(w, sku, warehouse.id, 2);
    const website = await w.t.http(w.website).get(`/api/v1/stock-levels?skuId=${sku}`).expect(200);
    expect(website.body.data[0]).toMatchObject({ available: 2 });
    await w.t.http(w.people.csAgent.auth).get(`/api/v1/stock-levels?skuId=${sku}`).expect(200);
    await w.t.http(w.people.csAgent.auth).get('/api/v1/stock-alerts').expect(200);
    expectProblem(await w.t.http(w.website).get('/api/v1/stock-movements'), 403, 'FORBIDDEN');
    expectProblem(await w.t.http(w.people.csAgent.auth).get('/api/v1/stock-movements'), 403, 'FORBIDDEN');
    await w.t.http(w.people.finance.auth).get('/api/v1/stock-movements').expect(200);
    expectProblem(await w.t.http(w.people.editor.auth).get('/api/v1/stock-levels'), 403, 'FORBIDDEN');
    expectProblem(
      await w.t
        .http(w.people.csAgent.auth)
        .post('/api/v1/stock-adjustments')
        .send({ skuId: sku, warehouseId: warehouse.id, quantity: 1, reason: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await w.t
        .http(w.people.finance.auth)
        .put(`/api/v1/stock-levels/${sku}/${warehouse.id}/reorder`)
        .send({ reorderPoint: 1, safetyStock: 0 }),
      403,
      'FORBIDDEN',
    );
  });
});
