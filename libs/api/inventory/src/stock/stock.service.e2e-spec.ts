import { TransactionalConnection } from '@zhanggui/api-platform';
import { StockService } from './stock.service';
import { InsufficientStockError } from './stock.errors';
import {
  createInventoryWorld,
  createSkus,
  createWarehouse,
  InventoryWorld,
} from '../testing/inventory-fixtures';

/** The service procurement and orders call, against the real database. */
describe('StockService', () => {
  let w: InventoryWorld;
  let stock: StockService;
  let connection: TransactionalConnection;
  beforeAll(async () => {
    w = await createInventoryWorld();
    stock = w.t.app.get(StockService);
    connection = w.t.app.get(TransactionalConnection);
  });
  afterAll(() => w.t.close());

  const level = async (skuId: string, warehouseId: string) =>
    (await stock.levels({ skuIds: [skuId], warehouseId }))[0];

  it('receives, reporting the company-wide on hand before the receipt for the moving average', async () => {
    const [sku] = await createSkus(w);
    const gz = await createWarehouse(w, w.org.guangzhou);
    const hz = await createWarehouse(w, w.org.hangzhou);
    const po = {
      type: 'purchase-order',
      id: '0199a000-0000-7000-8000-000000000001',
      number: 'PO-20261127-0001',
    };
    expect(await stock.receive({ skuId: sku, warehouseId: gz.id, quantity: 10, source: po })).toEqual({
      companyOnHandBefore: 0,
      onHandAfter: 10,
    });
    expect(
      await stock.receive({ skuId: sku, warehouseId: hz.id, quantity: 5, source: po, note: '第二批' }),
    ).toEqual({
      companyOnHandBefore: 10,
      onHandAfter: 5,
    });
    const [movement] = await w.t.dataSource.query(
      `SELECT kind, source_type, source_id, source_number, reason, actor_kind FROM stock_movement
        WHERE sku_id = $1 AND warehouse_id = $2`,
      [sku, hz.id],
    );
    expect(movement).toEqual({
      kind: 'receipt',
      source_type: 'purchase-order',
      source_id: po.id,
      source_number: po.number,
      reason: '第二批',
      actor_kind: 'system',
    });
    await expect(
      stock.receive({ skuId: sku, warehouseId: gz.id, quantity: 0, source: po }),
    ).rejects.toMatchObject({
      code: 'INVALID_QUANTITY',
    });
  });

  it('reserves all or nothing, naming each short SKU with requested and available', async () => {
    const [a, b] = await createSkus(w, 2);
    const warehouse = await createWarehouse(w);
    await stock.receive({
      skuId: a,
      warehouseId: warehouse.id,
      quantity: 5,
      source: { type: 'test', id: 'r1' },
    });
    await stock.receive({
      skuId: b,
      warehouseId: warehouse.id,
      quantity: 1,
      source: { type: 'test', id: 'r1' },
    });
    const order = { type: 'order', id: 'order-1', number: 'SO-1' };
    const error = await stock
      .reserve({
        warehouseId: warehouse.id,
        source: order,
        lines: [
          { skuId: a, quantity: 2 },
          { skuId: b, quantity: 3 },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientStockError);
    expect(error).toMatchObject({
      status: 409,
      code: 'INSUFFICIENT_STOCK',
      shortages: [{ skuId: b, requested: 3, available: 1 }],
      errors: [{ field: 'lines.1.quantity', message: expect.stringContaining(b) }],
    });
    expect(await level(a, warehouse.id)).toMatchObject({ onHand: 5, reserved: 0, available: 5 });

    // Even a caller that catches the shortage and goes on has nothing half-reserved in its transaction.
    await connection.withTransaction(async () => {
      await stock
        .reserve({
          warehouseId: warehouse.id,
          source: order,
          lines: [
            { skuId: a, quantity: 2 },
            { skuId: b, quantity: 3 },
          ],
        })
        .catch(() => undefined);
      expect(await level(a, warehouse.id)).toMatchObject({ reserved: 0 });
    });

    await stock.reserve({
      warehouseId: warehouse.id,
      source: order,
      lines: [
        { skuId: a, quantity: 1 },
        { skuId: b, quantity: 1 },
        { skuId: a, quantity: 1 },
      ],
    });
    expect(await level(a, warehouse.id)).toMatchObject({ onHand: 5, reserved: 2, available: 3 });
    expect(await level(b, warehouse.id)).toMatchObject({ onHand: 1, reserved: 1, available: 0 });
  });

  it('reserves the lines together: a movement per balance in SKU order, a reservation per SKU that grows', async () => {
    // Ids in ascending order: lines are locked, and so moved, in SKU order whatever order they came in.
    const [a, b, c] = (await createSkus(w, 3)).sort();
    const warehouse = await createWarehouse(w);
    for (const skuId of [a, b, c])
      await stock.receive({
        skuId,
        warehouseId: warehouse.id,
        quantity: 10,
        source: { type: 'test', id: 'r2' },
      });
    const order = { type: 'order', id: 'order-2', number: 'SO-2' };
    const lines = [
      { skuId: c, quantity: 3 },
      { skuId: a, quantity: 1 },
      { skuId: b, quantity: 2 },
    ];
    await stock.reserve({ warehouseId: warehouse.id, source: order, lines });
    await stock.reserve({ warehouseId: warehouse.id, source: order, lines: [{ skuId: a, quantity: 4 }] });

    const movements = await w.t.dataSource.query(
      `SELECT sku_id, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, source_number, actor_kind
         FROM stock_movement WHERE source_id = $1 ORDER BY id`,
      [order.id],
    );
    const movement = (skuId: string, reserved: number, after: number) => ({
      sku_id: skuId,
      kind: 'reservation',
      on_hand_delta: 0,
      reserved_delta: reserved,
      on_hand_after: 10,
      reserved_after: after,
      source_number: 'SO-2',
      actor_kind: 'system',
    });
    expect(movements).toEqual([movement(a, 1, 1), movement(b, 2, 2), movement(c, 3, 3), movement(a, 4, 5)]);
    const reservations = await w.t.dataSource.query(
      `SELECT sku_id, quantity, remaining FROM stock_reservation WHERE source_id = $1 ORDER BY quantity`,
      [order.id],
    );
    expect(reservations).toEqual([
      { sku_id: b, quantity: 2, remaining: 2 },
      { sku_id: c, quantity: 3, remaining: 3 },
      { sku_id: a, quantity: 5, remaining: 5 },
    ]);
    expect(await level(a, warehouse.id)).toMatchObject({ onHand: 10, reserved: 5, available: 5 });
  });

  it('releases what a source still holds, once', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await stock.receive({
      skuId: sku,
      warehouseId: warehouse.id,
      quantity: 4,
      source: { type: 'test', id: 'r' },
    });
    const order = { type: 'order', id: 'order-release' };
    await stock.reserve({ warehouseId: warehouse.id, source: order, lines: [{ skuId: sku, quantity: 3 }] });
    await stock.release({ source: order });
    await stock.release({ source: order });
    expect(await level(sku, warehouse.id)).toMatchObject({ onHand: 4, reserved: 0, available: 4 });
    const kinds = await w.t.dataSource.query(
      `SELECT kind, reserved_delta FROM stock_movement WHERE source_id = 'order-release' ORDER BY id`,
    );
    expect(kinds).toEqual([
      { kind: 'reservation', reserved_delta: 3 },
      { kind: 'release', reserved_delta: -3 },
    ]);
  });

  it('ships a reservation once, counts it as sales velocity, and takes returns back', async () => {
    const [sku, other] = await createSkus(w, 2);
    const gz = await createWarehouse(w, w.org.guangzhou);
    const hz = await createWarehouse(w, w.org.hangzhou);
    const since = new Date(Date.now() - 60_000);
    for (const wh of [gz, hz]) {
      await stock.receive({
        skuId: sku,
        warehouseId: wh.id,
        quantity: 10,
        source: { type: 'test', id: 'r' },
      });
    }
    const order = { type: 'order', id: 'order-ship', number: 'SO-2' };
    await stock.reserve({ warehouseId: gz.id, source: order, lines: [{ skuId: sku, quantity: 4 }] });
    await stock.ship({ source: order });
    await stock.ship({ source: order });
    expect(await level(sku, gz.id)).toMatchObject({ onHand: 6, reserved: 0 });
    const hzOrder = { type: 'order', id: 'order-ship-hz' };
    await stock.reserve({ warehouseId: hz.id, source: hzOrder, lines: [{ skuId: sku, quantity: 1 }] });
    await stock.ship({ source: hzOrder });
    await stock.release({ source: hzOrder }); // nothing left to release once shipped
    expect(await level(sku, hz.id)).toMatchObject({ onHand: 9, reserved: 0 });

    const until = new Date(Date.now() + 60_000);
    expect(await stock.shippedQuantities({ since, until, skuIds: [sku, other] })).toEqual(
      new Map([[sku, 5]]),
    );
    expect(await stock.shippedQuantities({ since, until, skuIds: [sku], regionId: w.org.guangdong })).toEqual(
      new Map([[sku, 4]]),
    );
    expect(
      await stock.shippedQuantities({ since: until, until: new Date(until.getTime() + 1), skuIds: [sku] }),
    ).toEqual(new Map());

    await stock.returnToStock({
      skuId: sku,
      warehouseId: gz.id,
      quantity: 1,
      source: { type: 'return', id: 'rt-1' },
      note: '七天无理由',
    });
    expect(await level(sku, gz.id)).toMatchObject({ onHand: 7 });
    expect(
      (await stock.levels({ skuIds: [sku], regionId: w.org.zhejiang })).map((l) => l.warehouseId),
    ).toEqual([hz.id]);
  });

  it('joins the caller’s transaction: a rolled-back receipt leaves no stock and no movement', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await expect(
      connection.withTransaction(async () => {
        await stock.receive({
          skuId: sku,
          warehouseId: warehouse.id,
          quantity: 3,
          source: { type: 'po', id: 'rolled' },
        });
        throw new Error('the purchase order failed after the receipt');
      }),
    ).rejects.toThrow('the purchase order failed');
    expect(await level(sku, warehouse.id)).toBeUndefined();
    const movements = await w.t.dataSource.query(`SELECT 1 FROM stock_movement WHERE source_id = 'rolled'`);
    expect(movements).toEqual([]);
  });

  it('has a database that refuses to edit the ledger or oversell a balance', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await stock.receive({
      skuId: sku,
      warehouseId: warehouse.id,
      quantity: 2,
      source: { type: 'test', id: 'db' },
    });
    await expect(
      w.t.dataSource.query(`UPDATE stock_movement SET on_hand_delta = 100 WHERE sku_id = $1`, [sku]),
    ).rejects.toThrow(/append-only/);
    await expect(w.t.dataSource.query(`DELETE FROM stock_movement WHERE sku_id = $1`, [sku])).rejects.toThrow(
      /append-only/,
    );
    await expect(
      w.t.dataSource.query(`UPDATE stock_level SET reserved = 3 WHERE sku_id = $1`, [sku]),
    ).rejects.toThrow(/stock_level_reserved_check/);
    await expect(
      w.t.dataSource.query(`UPDATE stock_level SET on_hand = -1, reserved = 0 WHERE sku_id = $1`, [sku]),
    ).rejects.toThrow(/check/);
  });
});
