import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { CatalogSkus } from '../catalog-skus/catalog-skus.reader';
import { WarehousesService } from '../warehouses/warehouses.service';
import { AppliedMovement, levelKey, StockLedger } from './stock-ledger';
import type { StockLevelView } from './stock-level.view';
import type { StockSource } from './stock-source';
import {
  InsufficientStockError,
  InvalidQuantityError,
  StockShortage,
  UnknownReferenceError,
} from './stock.errors';

interface ReservationRow {
  sku_id: string;
  warehouse_id: string;
  remaining: number;
}

/**
 * Stock as other domains use it: procurement receives, orders reserve, release, ship and take returns.
 * Every method joins the caller's transaction (TransactionalConnection's ambient one) or opens its own, so
 * a purchase order's receipt and its stock commit together. No data scope here: callers decide who may act.
 */
@Injectable()
export class StockService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: StockLedger,
    private readonly warehouses: WarehousesService,
    private readonly skus: CatalogSkus,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  /**
   * Goods in. `companyOnHandBefore` is the SKU's on hand over all warehouses just before, read under lock,
   * for the moving-average cost.
   */
  async receive(input: {
    skuId: string;
    warehouseId: string;
    quantity: number;
    source: StockSource;
    note?: string;
  }): Promise<{ companyOnHandBefore: number; onHandAfter: number }> {
    assertPositive(input.quantity, 'quantity');
    return this.connection.withTransaction(async () => {
      await this.warehouses.requireActive(input.warehouseId);
      await this.assertSku(input.skuId, 'skuId');
      await this.ledger.ensureLevel(input.skuId, input.warehouseId);
      const levels = await this.ledger.lockSku(input.skuId);
      const companyOnHandBefore = levels.reduce((sum, level) => sum + level.onHand, 0);
      const applied = await this.ledger.apply({
        skuId: input.skuId,
        warehouseId: input.warehouseId,
        kind: 'receipt',
        onHandDelta: input.quantity,
        reservedDelta: 0,
        source: input.source,
        reason: input.note,
      });
      if (!applied) throw new Error('A receipt could not be applied to a locked balance');
      await this.ledger.published(input.source, [applied]);
      return { companyOnHandBefore, onHandAfter: applied.onHandAfter };
    });
  }

  /**
   * Holds stock for a source (an order). All or nothing: the balances are locked in SKU order, every line is
   * checked, and only then reserved, so a shortage changes nothing even if the caller goes on.
   */
  async reserve(input: {
    warehouseId: string;
    lines: { skuId: string; quantity: number }[];
    source: StockSource;
  }): Promise<void> {
    const lines = mergeLines(input.lines);
    if (lines.length === 0) return;
    await this.connection.withTransaction(async () => {
      await this.warehouses.requireActive(input.warehouseId);
      const levels = await this.ledger.lock(
        lines.map((l) => ({ skuId: l.skuId, warehouseId: input.warehouseId })),
      );
      const shortages: StockShortage[] = [];
      for (const line of lines) {
        const level = levels.get(levelKey(line.skuId, input.warehouseId));
        const available = level ? level.onHand - level.reserved : 0;
        if (available < line.quantity)
          shortages.push({ skuId: line.skuId, requested: line.quantity, available });
      }
      if (shortages.length) throw new InsufficientStockError(shortages, fieldOfLine(input.lines));
      // Every line in three statements, whatever their number: the balances, their movements, the reservations.
      const applied = await this.ledger.applyAll(
        input.source,
        'reservation',
        lines.map((line) => ({
          skuId: line.skuId,
          warehouseId: input.warehouseId,
          onHandDelta: 0,
          reservedDelta: line.quantity,
        })),
      );
      await this.connection.manager.query(
        `INSERT INTO stock_reservation AS r (source_type, source_id, source_number, sku_id, warehouse_id, quantity, remaining)
         SELECT $1, $2, $3, x.sku_id, $4, x.quantity, x.quantity FROM unnest($5::uuid[], $6::int[]) AS x(sku_id, quantity)
         ON CONFLICT (source_type, source_id, sku_id, warehouse_id)
         DO UPDATE SET quantity = r.quantity + EXCLUDED.quantity, remaining = r.remaining + EXCLUDED.remaining, updated_at = now()`,
        [
          input.source.type,
          input.source.id,
          input.source.number ?? null,
          input.warehouseId,
          lines.map((line) => line.skuId),
          lines.map((line) => line.quantity),
        ],
      );
      await this.ledger.published(input.source, applied);
    });
  }

  /** Gives back whatever the source still holds reserved (an order cancelled). Idempotent. */
  release(input: { source: StockSource }): Promise<void> {
    return this.consumeReservations(input.source, 'release');
  }

  /** The source's reserved goods leave: on hand and reserved both drop. Idempotent. */
  ship(input: { source: StockSource }): Promise<void> {
    return this.consumeReservations(input.source, 'shipment');
  }

  /** Goods a customer sent back, put back on the shelf. */
  async returnToStock(input: {
    skuId: string;
    warehouseId: string;
    quantity: number;
    source: StockSource;
    note?: string;
  }): Promise<void> {
    assertPositive(input.quantity, 'quantity');
    await this.connection.withTransaction(async () => {
      await this.warehouses.requireActive(input.warehouseId);
      await this.assertSku(input.skuId, 'skuId');
      await this.ledger.ensureLevel(input.skuId, input.warehouseId);
      const applied = await this.ledger.apply({
        skuId: input.skuId,
        warehouseId: input.warehouseId,
        kind: 'return',
        onHandDelta: input.quantity,
        reservedDelta: 0,
        source: input.source,
        reason: input.note,
      });
      if (!applied) throw new Error('A return could not be applied');
      await this.ledger.published(input.source, [applied]);
    });
  }

  /** Balances, unscoped. A SKU/warehouse pair without a row has never held stock: read it as zero. */
  async levels(filter: {
    skuIds?: string[];
    warehouseId?: string;
    regionId?: string;
  }): Promise<StockLevelView[]> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    if (filter.skuIds) {
      values.push(filter.skuIds);
      conditions.push(`s.sku_id = ANY($${values.length}::uuid[])`);
    }
    if (filter.warehouseId) {
      values.push(filter.warehouseId);
      conditions.push(`s.warehouse_id = $${values.length}`);
    }
    if (filter.regionId) {
      values.push(await this.orgUnits.subtreeIds([filter.regionId]));
      conditions.push(`w.region_id = ANY($${values.length}::uuid[])`);
    }
    const rows: LevelViewRow[] = await this.connection.manager.query(
      `SELECT s.sku_id, s.warehouse_id, w.code AS warehouse_code, w.region_id, s.on_hand, s.reserved,
              s.in_transit, s.reorder_point, s.safety_stock, s.low
         FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY s.sku_id, w.code`,
      values,
    );
    return rows.map(levelView);
  }

  /** Units shipped per SKU in [since, until): the sales velocity behind the purchase list. */
  async shippedQuantities(filter: {
    since: Date;
    until: Date;
    regionId?: string;
    skuIds?: string[];
  }): Promise<Map<string, number>> {
    const values: unknown[] = [filter.since, filter.until];
    const conditions = [`m.kind = 'shipment'`, `m.created_at >= $1`, `m.created_at < $2`];
    if (filter.skuIds) {
      values.push(filter.skuIds);
      conditions.push(`m.sku_id = ANY($${values.length}::uuid[])`);
    }
    if (filter.regionId) {
      values.push(await this.orgUnits.subtreeIds([filter.regionId]));
      conditions.push(`w.region_id = ANY($${values.length}::uuid[])`);
    }
    const rows: Array<{ sku_id: string; shipped: number }> = await this.connection.manager.query(
      `SELECT m.sku_id, (-sum(m.on_hand_delta))::int AS shipped
         FROM stock_movement m JOIN warehouse w ON w.id = m.warehouse_id
        WHERE ${conditions.join(' AND ')}
        GROUP BY m.sku_id`,
      values,
    );
    return new Map(rows.map((row) => [row.sku_id, row.shipped]));
  }

  private async consumeReservations(source: StockSource, kind: 'release' | 'shipment'): Promise<void> {
    await this.connection.withTransaction(async () => {
      const held: ReservationRow[] = await this.connection.manager.query(
        `SELECT sku_id, warehouse_id, remaining FROM stock_reservation
          WHERE source_type = $1 AND source_id = $2 AND remaining > 0
          ORDER BY sku_id, warehouse_id FOR UPDATE`,
        [source.type, source.id],
      );
      const applied: AppliedMovement[] = [];
      for (const reservation of held) {
        const quantity = reservation.remaining;
        const movement = await this.ledger.apply({
          skuId: reservation.sku_id,
          warehouseId: reservation.warehouse_id,
          kind,
          onHandDelta: kind === 'shipment' ? -quantity : 0,
          reservedDelta: -quantity,
          source,
        });
        if (!movement) throw new Error(`A ${kind} of a held reservation failed its guard`);
        applied.push(movement);
        await this.connection.manager.query(
          `UPDATE stock_reservation SET remaining = 0, updated_at = now()
            WHERE source_type = $1 AND source_id = $2 AND sku_id = $3 AND warehouse_id = $4`,
          [source.type, source.id, reservation.sku_id, reservation.warehouse_id],
        );
      }
      await this.ledger.published(source, applied);
    });
  }

  private async assertSku(skuId: string, field: string): Promise<void> {
    if (!(await this.skus.exists(skuId))) throw new UnknownReferenceError(field, 'SKU', skuId);
  }
}

interface LevelViewRow {
  sku_id: string;
  warehouse_id: string;
  warehouse_code: string;
  region_id: string | null;
  on_hand: number;
  reserved: number;
  in_transit: number;
  reorder_point: number;
  safety_stock: number;
  low: boolean;
}

function levelView(row: LevelViewRow): StockLevelView {
  return {
    skuId: row.sku_id,
    warehouseId: row.warehouse_id,
    warehouseCode: row.warehouse_code,
    regionId: row.region_id,
    onHand: row.on_hand,
    reserved: row.reserved,
    available: row.on_hand - row.reserved,
    inTransit: row.in_transit,
    reorderPoint: row.reorder_point,
    safetyStock: row.safety_stock,
    low: row.low,
  };
}

function assertPositive(quantity: number, field: string): void {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new InvalidQuantityError(field, quantity);
}

/** One line per SKU (two lines of the same SKU reserve their sum), in SKU order. */
function mergeLines(lines: ReadonlyArray<{ skuId: string; quantity: number }>) {
  const merged = new Map<string, number>();
  lines.forEach((line, index) => {
    assertPositive(line.quantity, `lines.${index}.quantity`);
    merged.set(line.skuId, (merged.get(line.skuId) ?? 0) + line.quantity);
  });
  return [...merged.entries()]
    .map(([skuId, quantity]) => ({ skuId, quantity }))
    .sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0));
}

function fieldOfLine(lines: ReadonlyArray<{ skuId: string }>) {
  return (skuId: string) => `lines.${lines.findIndex((line) => line.skuId === skuId)}.quantity`;
}
