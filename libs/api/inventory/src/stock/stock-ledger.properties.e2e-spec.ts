import fc from 'fast-check';
import { DomainError, TransactionalConnection, WHOLE_COMPANY } from '@zhanggui/api-platform';
import { StockTransfersService } from '../transfers/stock-transfers.service';
import { StockAdjustmentsService } from './stock-adjustments.service';
import { StockService } from './stock.service';
import {
  createInventoryWorld,
  createSkus,
  createWarehouse,
  InventoryWorld,
} from '../testing/inventory-fixtures';

type Op =
  | { op: 'receive' | 'return'; sku: number; wh: number; qty: number }
  | { op: 'reserve'; wh: number; lines: Array<{ sku: number; qty: number }>; order: number }
  | { op: 'release' | 'ship'; order: number }
  | { op: 'adjust'; sku: number; wh: number; qty: number }
  | { op: 'transfer'; sku: number; from: number; to: number; qty: number }
  | { op: 'receiveTransfer' | 'cancelTransfer'; transfer: number };

const SKUS = 2;
const WAREHOUSES = 2;
const sku = fc.nat({ max: SKUS - 1 });
const wh = fc.nat({ max: WAREHOUSES - 1 });
const qty = fc.integer({ min: 1, max: 6 });
const order = fc.nat({ max: 2 });

// Goods come in often enough for reservations, releases, shipments and transfers to happen, not only refusals.
const operation: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constantFrom('receive' as const, 'return' as const),
      sku,
      wh,
      qty: fc.integer({ min: 1, max: 10 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('reserve' as const),
      wh,
      order,
      lines: fc.array(fc.record({ sku, qty: fc.integer({ min: 1, max: 3 }) }), {
        minLength: 1,
        maxLength: 2,
      }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('release' as const, 'ship' as const), order }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('adjust' as const),
      sku,
      wh,
      qty: fc.integer({ min: -6, max: 6 }).filter((q) => q !== 0),
    }),
  },
  {
    weight: 2,
    // Now and then to the same warehouse, which must be refused.
    arbitrary: fc
      .record({ op: fc.constant('transfer' as const), sku, from: wh, qty, same: fc.nat({ max: 9 }) })
      .map(({ same, ...t }) => ({ ...t, to: same === 0 ? t.from : (t.from + 1) % WAREHOUSES })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom('receiveTransfer' as const, 'cancelTransfer' as const),
      transfer: fc.nat({ max: 3 }),
    }),
  },
);

/**
 * Whatever happens, in whatever order: on hand is the sum of its movements, reserved is the sum of the
 * reservation deltas and of what sources still hold, nothing is negative, and transfers neither make nor lose
 * goods (on hand + in transit = everything that came in − everything shipped).
 */
describe('the stock ledger, under random operations', () => {
  let w: InventoryWorld;
  let warehouses: string[];
  beforeAll(async () => {
    w = await createInventoryWorld();
    warehouses = [(await createWarehouse(w)).id, (await createWarehouse(w)).id];
  });
  afterAll(() => w.t.close());

  it('keeps every balance equal to its movements', async () => {
    const stock = w.t.app.get(StockService);
    const adjustments = w.t.app.get(StockAdjustmentsService);
    const transfers = w.t.app.get(StockTransfersService);
    const connection = w.t.app.get(TransactionalConnection);
    let run = 0;

    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 10, maxLength: 40 }), async (ops) => {
        run++;
        const skus = await createSkus(w, SKUS);
        const transferIds: string[] = [];
        const source = (n: number) => ({ type: 'order', id: `run-${run}-order-${n}` });
        const apply = async (o: Op): Promise<void> => {
          switch (o.op) {
            case 'receive':
              await stock.receive({
                skuId: skus[o.sku],
                warehouseId: warehouses[o.wh],
                quantity: o.qty,
                source: { type: 'po', id: `run-${run}` },
              });
              return;
            case 'return':
              await stock.returnToStock({
                skuId: skus[o.sku],
                warehouseId: warehouses[o.wh],
                quantity: o.qty,
                source: { type: 'return', id: `run-${run}` },
              });
              return;
            case 'reserve':
              await stock.reserve({
                warehouseId: warehouses[o.wh],
                lines: o.lines.map((l) => ({ skuId: skus[l.sku], quantity: l.qty })),
                source: source(o.order),
              });
              return;
            case 'release':
              await stock.release({ source: source(o.order) });
              return;
            case 'ship':
              await stock.ship({ source: source(o.order) });
              return;
            case 'adjust':
              await adjustments.adjust(
                { skuId: skus[o.sku], warehouseId: warehouses[o.wh], quantity: o.qty, reason: 'property' },
                WHOLE_COMPANY,
              );
              return;
            case 'transfer': {
              const created = await transfers.create(
                {
                  fromWarehouseId: warehouses[o.from],
                  toWarehouseId: warehouses[o.to],
                  lines: [{ skuId: skus[o.sku], quantity: o.qty }],
                },
                WHOLE_COMPANY,
              );
              transferIds.push(created.id);
              return;
            }
            case 'receiveTransfer':
            case 'cancelTransfer': {
              if (transferIds.length === 0) return;
              const id = transferIds[o.transfer % transferIds.length];
              if (o.op === 'receiveTransfer') await transfers.receive(id, undefined, WHOLE_COMPANY);
              else await transfers.cancel(id, undefined, WHOLE_COMPANY);
              return;
            }
          }
        };
        for (const o of ops) {
          try {
            await connection.withTransaction(() => apply(o));
          } catch (error) {
            // Refusals (short stock, below zero, same warehouse, not in transit) are part of the game.
            if (!(error instanceof DomainError)) throw error;
          }
        }

        const balances: Array<Record<string, number | string>> = await w.t.dataSource.query(
          `SELECT s.sku_id, s.warehouse_id, s.on_hand, s.reserved, s.in_transit,
                  COALESCE((SELECT sum(on_hand_delta) FROM stock_movement m
                             WHERE m.sku_id = s.sku_id AND m.warehouse_id = s.warehouse_id), 0)::int AS moved_on_hand,
                  COALESCE((SELECT sum(reserved_delta) FROM stock_movement m
                             WHERE m.sku_id = s.sku_id AND m.warehouse_id = s.warehouse_id), 0)::int AS moved_reserved,
                  COALESCE((SELECT sum(remaining) FROM stock_reservation r
                             WHERE r.sku_id = s.sku_id AND r.warehouse_id = s.warehouse_id), 0)::int AS held,
                  COALESCE((SELECT sum(l.quantity) FROM stock_transfer_line l JOIN stock_transfer t ON t.id = l.transfer_id
                             WHERE t.status = 'in_transit' AND l.sku_id = s.sku_id AND t.to_warehouse_id = s.warehouse_id), 0)::int AS travelling
             FROM stock_level s WHERE s.sku_id = ANY($1::uuid[])`,
          [skus],
        );
        for (const b of balances) {
          expect(b.on_hand).toBe(b.moved_on_hand);
          expect(b.reserved).toBe(b.moved_reserved);
          expect(b.reserved).toBe(b.held);
          expect(b.in_transit).toBe(b.travelling);
          expect(b.on_hand).toBeGreaterThanOrEqual(b.reserved as number);
          expect(b.reserved).toBeGreaterThanOrEqual(0);
        }
        const [conservation] = await w.t.dataSource.query(
          `SELECT
             (SELECT COALESCE(sum(on_hand + in_transit), 0) FROM stock_level WHERE sku_id = ANY($1::uuid[]))::int AS held,
             (SELECT COALESCE(sum(on_hand_delta), 0) FROM stock_movement
               WHERE sku_id = ANY($1::uuid[]) AND kind NOT IN ('transfer_out', 'transfer_in'))::int AS net_in`,
          [skus],
        );
        expect(conservation.held).toBe(conservation.net_in);
      }),
      // A fixed seed keeps the run reproducible (and the coverage check below stable); change it to explore.
      { numRuns: 40, seed: 20261127 },
    );
    // The runs did exercise every kind of movement, not only refusals.
    const kinds = await w.t.dataSource.query(`SELECT DISTINCT kind FROM stock_movement ORDER BY kind`);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'adjustment',
      'receipt',
      'release',
      'reservation',
      'return',
      'shipment',
      'transfer_in',
      'transfer_out',
    ]);
  }, 120_000);
});
