import { Injectable } from '@nestjs/common';
import { currentActor, EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { lowStockTransition } from './low-stock';
import { STOCK_LOW, STOCK_MOVED, StockLowPayload, StockMovedPayload } from './stock.events';
import type { MovementKind } from './stock-movement.entity';
import type { StockSource } from './stock-source';

export interface MovementInput {
  skuId: string;
  warehouseId: string;
  kind: MovementKind;
  onHandDelta: number;
  reservedDelta: number;
  /** Transfers also move the receiving balance's in-transit count; no movement row speaks of it. */
  inTransitDelta?: number;
  source: StockSource;
  reason?: string | null;
}

export interface AppliedMovement {
  movementId: string;
  levelId: string;
  skuId: string;
  warehouseId: string;
  kind: MovementKind;
  onHandDelta: number;
  reservedDelta: number;
  onHandAfter: number;
  reservedAfter: number;
}

export interface LockedLevel {
  id: string;
  skuId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
  inTransit: number;
  reorderPoint: number;
  safetyStock: number;
  low: boolean;
}

interface LevelRow {
  id: string;
  sku_id: string;
  warehouse_id: string;
  on_hand: number;
  reserved: number;
  in_transit: number;
  reorder_point: number;
  safety_stock: number;
  low: boolean;
}

const LEVEL_COLUMNS = `id, sku_id, warehouse_id, on_hand, reserved, in_transit, reorder_point, safety_stock, low`;

/**
 * The only code that changes stock quantities. Every change is one guarded UPDATE of the balance (it applies
 * only when the result is valid, so concurrent callers can never oversell: STACK.md measured a read-then-write
 * version overselling 4x) plus one append-only movement row carrying the resulting balances, in the caller's
 * transaction. It also notices low-stock crossings and raises or resolves the alert.
 */
@Injectable()
export class StockLedger {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventBus,
  ) {}

  /** Makes sure a balance row exists, for stock about to come in. */
  async ensureLevel(skuId: string, warehouseId: string): Promise<void> {
    await this.connection.manager.query(
      `INSERT INTO stock_level (sku_id, warehouse_id) VALUES ($1, $2)
       ON CONFLICT (sku_id, warehouse_id) DO NOTHING`,
      [skuId, warehouseId],
    );
  }

  /**
   * Locks the balances of these SKU/warehouse pairs, always in (sku, warehouse) order so that two
   * transactions locking overlapping sets cannot deadlock. Missing balances are simply absent.
   */
  async lock(
    pairs: ReadonlyArray<{ skuId: string; warehouseId: string }>,
  ): Promise<Map<string, LockedLevel>> {
    if (pairs.length === 0) return new Map();
    const rows: LevelRow[] = await this.connection.manager.query(
      `SELECT ${LEVEL_COLUMNS} FROM stock_level
        WHERE (sku_id, warehouse_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
        ORDER BY sku_id, warehouse_id FOR UPDATE`,
      [pairs.map((p) => p.skuId), pairs.map((p) => p.warehouseId)],
    );
    return new Map(rows.map((row) => [levelKey(row.sku_id, row.warehouse_id), toLocked(row)]));
  }

  /** Locks every balance of one SKU, across warehouses (a receipt needs the company-wide on hand). */
  async lockSku(skuId: string): Promise<LockedLevel[]> {
    const rows: LevelRow[] = await this.connection.manager.query(
      `SELECT ${LEVEL_COLUMNS} FROM stock_level WHERE sku_id = $1 ORDER BY warehouse_id FOR UPDATE`,
      [skuId],
    );
    return rows.map(toLocked);
  }

  /**
   * Applies the movement when the resulting balance is valid (nothing negative, reserved within on hand) and
   * records it; answers undefined, changing nothing, when it is not (or the balance does not exist).
   */
  async apply(input: MovementInput): Promise<AppliedMovement | undefined> {
    const inTransit = input.inTransitDelta ?? 0;
    const [rows]: [LevelRow[], number] = await this.connection.manager.query(
      `UPDATE stock_level
          SET on_hand = on_hand + $3, reserved = reserved + $4, in_transit = in_transit + $5, updated_at = now()
        WHERE sku_id = $1 AND warehouse_id = $2
          AND on_hand + $3 >= 0 AND reserved + $4 >= 0 AND reserved + $4 <= on_hand + $3
          AND in_transit + $5 >= 0
        RETURNING ${LEVEL_COLUMNS}`,
      [input.skuId, input.warehouseId, input.onHandDelta, input.reservedDelta, inTransit],
    );
    const row = rows[0];
    if (!row) return undefined;
    const actor = currentActor();
    const [movement]: Array<{ id: string }> = await this.connection.manager.query(
      `INSERT INTO stock_movement (sku_id, warehouse_id, kind, on_hand_delta, reserved_delta, on_hand_after,
         reserved_after, source_type, source_id, source_number, reason, actor_kind, actor_id, actor_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        input.skuId,
        input.warehouseId,
        input.kind,
        input.onHandDelta,
        input.reservedDelta,
        row.on_hand,
        row.reserved,
        input.source.type,
        input.source.id,
        input.source.number ?? null,
        input.reason ?? null,
        actor?.kind ?? 'system',
        actor?.id ?? null,
        actor?.label ?? null,
      ],
    );
    await this.syncLowFlag(toLocked(row));
    return {
      movementId: movement.id,
      levelId: row.id,
      skuId: input.skuId,
      warehouseId: input.warehouseId,
      kind: input.kind,
      onHandDelta: input.onHandDelta,
      reservedDelta: input.reservedDelta,
      onHandAfter: row.on_hand,
      reservedAfter: row.reserved,
    };
  }

  /**
   * Applies one kind of movement from one source to several different balances at once: one guarded UPDATE of
   * them all and one INSERT of their movement rows, in the order given (placement reserves every line this
   * way: two statements instead of two per line). For balances the caller has locked and checked: when any
   * balance would turn invalid it throws, and the caller's transaction must not go on (the balances that passed
   * are already changed in it).
   */
  async applyAll(
    source: StockSource,
    kind: MovementKind,
    changes: ReadonlyArray<{
      skuId: string;
      warehouseId: string;
      onHandDelta: number;
      reservedDelta: number;
    }>,
  ): Promise<AppliedMovement[]> {
    if (changes.length === 0) return [];
    const keys = new Set(changes.map((c) => levelKey(c.skuId, c.warehouseId)));
    // One UPDATE changes a row once, however many inputs name it: a repeated balance would lose a change.
    if (keys.size !== changes.length)
      throw new Error('applyAll takes each balance once; merge the changes first');
    const skuIds = changes.map((c) => c.skuId);
    const warehouseIds = changes.map((c) => c.warehouseId);
    const [rows]: [LevelRow[], number] = await this.connection.manager.query(
      `UPDATE stock_level l
          SET on_hand = l.on_hand + d.on_hand_delta, reserved = l.reserved + d.reserved_delta, updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) AS d(sku_id, warehouse_id, on_hand_delta, reserved_delta)
        WHERE l.sku_id = d.sku_id AND l.warehouse_id = d.warehouse_id
          AND l.on_hand + d.on_hand_delta >= 0 AND l.reserved + d.reserved_delta >= 0
          AND l.reserved + d.reserved_delta <= l.on_hand + d.on_hand_delta
        RETURNING ${LEVEL_COLUMNS.split(', ')
          .map((column) => `l.${column}`)
          .join(', ')}`,
      [skuIds, warehouseIds, changes.map((c) => c.onHandDelta), changes.map((c) => c.reservedDelta)],
    );
    if (rows.length !== changes.length) throw new Error(`A ${kind} failed its guard on a locked balance`);
    const after = new Map(rows.map((row) => [levelKey(row.sku_id, row.warehouse_id), row]));
    const levels = changes.map((c) => after.get(levelKey(c.skuId, c.warehouseId))!);
    const actor = currentActor();
    const movements: Array<{ id: string; sku_id: string; warehouse_id: string }> =
      await this.connection.manager.query(
        `INSERT INTO stock_movement (sku_id, warehouse_id, kind, on_hand_delta, reserved_delta, on_hand_after,
         reserved_after, source_type, source_id, source_number, actor_kind, actor_id, actor_label)
       SELECT m.sku_id, m.warehouse_id, $7, m.on_hand_delta, m.reserved_delta, m.on_hand_after, m.reserved_after,
              $8, $9, $10, $11, $12, $13
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[], $6::int[])
              WITH ORDINALITY AS m(sku_id, warehouse_id, on_hand_delta, reserved_delta, on_hand_after, reserved_after, n)
        ORDER BY m.n
       RETURNING id, sku_id, warehouse_id`,
        [
          skuIds,
          warehouseIds,
          changes.map((c) => c.onHandDelta),
          changes.map((c) => c.reservedDelta),
          levels.map((level) => level.on_hand),
          levels.map((level) => level.reserved),
          kind,
          source.type,
          source.id,
          source.number ?? null,
          actor?.kind ?? 'system',
          actor?.id ?? null,
          actor?.label ?? null,
        ],
      );
    const movementIds = new Map(movements.map((m) => [levelKey(m.sku_id, m.warehouse_id), m.id]));
    for (const level of levels) await this.syncLowFlag(toLocked(level));
    return changes.map((change, index) => ({
      movementId: movementIds.get(levelKey(change.skuId, change.warehouseId))!,
      levelId: levels[index].id,
      skuId: change.skuId,
      warehouseId: change.warehouseId,
      kind,
      onHandDelta: change.onHandDelta,
      reservedDelta: change.reservedDelta,
      onHandAfter: levels[index].on_hand,
      reservedAfter: levels[index].reserved,
    }));
  }

  /** Changes only the in-transit count of a balance (goods on the road are nobody's on hand yet). */
  async moveInTransit(skuId: string, warehouseId: string, delta: number): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.connection.manager.query(
      `UPDATE stock_level SET in_transit = in_transit + $3, updated_at = now()
        WHERE sku_id = $1 AND warehouse_id = $2 AND in_transit + $3 >= 0`,
      [skuId, warehouseId, delta],
    );
    return affected === 1;
  }

  /**
   * Brings the stored low flag in line with the balance: raises an alert and publishes StockLow when it
   * became low, resolves the open alert when it recovered, and does nothing while it stays either way.
   */
  async syncLowFlag(level: LockedLevel): Promise<void> {
    const available = level.onHand - level.reserved;
    const transition = lowStockTransition(level.low, { available, reorderPoint: level.reorderPoint });
    if (transition === 'unchanged') return;
    const low = transition === 'became-low';
    await this.connection.manager.query(`UPDATE stock_level SET low = $2 WHERE id = $1`, [level.id, low]);
    if (!low) {
      await this.connection.manager.query(
        `UPDATE stock_alert SET resolved_at = now()
          WHERE sku_id = $1 AND warehouse_id = $2 AND resolved_at IS NULL`,
        [level.skuId, level.warehouseId],
      );
      return;
    }
    const [alert]: Array<{ id: string }> = await this.connection.manager.query(
      `INSERT INTO stock_alert (sku_id, warehouse_id, available, reorder_point) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sku_id, warehouse_id) WHERE resolved_at IS NULL DO NOTHING RETURNING id`,
      [level.skuId, level.warehouseId, available, level.reorderPoint],
    );
    if (!alert) return;
    await this.events.publish<StockLowPayload>(STOCK_LOW, {
      alertId: alert.id,
      skuId: level.skuId,
      warehouseId: level.warehouseId,
      available,
      reorderPoint: level.reorderPoint,
      safetyStock: level.safetyStock,
    });
  }

  /** One StockMoved event for one operation, however many balances it touched. */
  async published(source: StockSource, applied: AppliedMovement[]): Promise<void> {
    if (applied.length === 0) return;
    await this.events.publish<StockMovedPayload>(STOCK_MOVED, {
      source: { type: source.type, id: source.id, number: source.number ?? null },
      movements: applied.map((m) => ({
        movementId: m.movementId,
        skuId: m.skuId,
        warehouseId: m.warehouseId,
        kind: m.kind,
        onHandDelta: m.onHandDelta,
        reservedDelta: m.reservedDelta,
        onHandAfter: m.onHandAfter,
        reservedAfter: m.reservedAfter,
        available: m.onHandAfter - m.reservedAfter,
      })),
    });
  }
}

export function levelKey(skuId: string, warehouseId: string): string {
  return `${skuId}/${warehouseId}`;
}

function toLocked(row: LevelRow): LockedLevel {
  return {
    id: row.id,
    skuId: row.sku_id,
    warehouseId: row.warehouse_id,
    onHand: row.on_hand,
    reserved: row.reserved,
    inTransit: row.in_transit,
    reorderPoint: row.reorder_point,
    safetyStock: row.safety_stock,
    low: row.low,
  };
}
