import { StockService } from './stock.service';
import { InsufficientStockError } from './stock.errors';
import {
  createInventoryWorld,
  createSkus,
  createWarehouse,
  InventoryWorld,
} from '../testing/inventory-fixtures';

/** The last units under contention (ISSUE 5's done-means): never oversold, never negative. */
describe('concurrent reservations', () => {
  let w: InventoryWorld;
  beforeAll(async () => {
    w = await createInventoryWorld();
  });
  afterAll(() => w.t.close());

  it('of 200 parallel 1-unit reservations against 50 available, exactly 50 succeed', async () => {
    const stock = w.t.app.get(StockService);
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await stock.receive({
      skuId: sku,
      warehouseId: warehouse.id,
      quantity: 50,
      source: { type: 'test', id: 'open' },
    });

    // Each call opens its own transaction on its own pooled connection.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        stock.reserve({
          warehouseId: warehouse.id,
          lines: [{ skuId: sku, quantity: 1 }],
          source: { type: 'order', id: `race-${i}` },
        }),
      ),
    );
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled').length;
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(succeeded).toBe(50);
    expect(refused).toHaveLength(150);
    for (const outcome of refused) {
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(InsufficientStockError);
    }
    const [level] = await stock.levels({ skuIds: [sku], warehouseId: warehouse.id });
    expect(level).toMatchObject({ onHand: 50, reserved: 50, available: 0 });
    const [ledger] = await w.t.dataSource.query(
      `SELECT count(*)::int AS reservations, sum(reserved_delta)::int AS reserved, min(on_hand_after - reserved_after)::int AS lowest
         FROM stock_movement WHERE sku_id = $1 AND kind = 'reservation'`,
      [sku],
    );
    expect(ledger).toEqual({ reservations: 50, reserved: 50, lowest: 0 });
    const [held] = await w.t.dataSource.query(
      `SELECT count(*)::int AS sources, sum(remaining)::int AS remaining FROM stock_reservation WHERE sku_id = $1`,
      [sku],
    );
    expect(held).toEqual({ sources: 50, remaining: 50 });
  });
});
