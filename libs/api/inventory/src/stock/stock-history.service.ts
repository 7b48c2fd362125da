import { Injectable } from '@nestjs/common';
import {
  applyDataScope,
  DataScope,
  NotFoundError,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { Warehouse } from '../warehouses/warehouse.entity';
import type { ListStockAlertsQuery, StockAlertResponse } from './dto/stock-alert.dto';
import type { ListStockMovementsQuery, StockMovementResponse } from './dto/stock-movement.dto';
import { StockAlert } from './stock-alert.entity';
import { StockLabels } from './stock-labels';
import { StockLevel } from './stock-level.entity';
import { StockMovement } from './stock-movement.entity';

class StockMovementNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('STOCK_MOVEMENT_NOT_FOUND', `There is no stock movement ${id}.`);
  }
}

/** What happened to stock: the movement ledger and the low-stock alerts, within the caller's territory. */
@Injectable()
export class StockHistoryService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly labels: StockLabels,
  ) {}

  async movements(query: ListStockMovementsQuery, scope: DataScope): Promise<Page<StockMovementResponse>> {
    const qb = this.connection
      .getRepository(StockMovement)
      .createQueryBuilder('m')
      .innerJoin(Warehouse, 'w', 'w.id = m.warehouse_id');
    applyDataScope(qb, 'w.region_id', scope);
    if (query.skuId) qb.andWhere('m.sku_id = :skuId', { skuId: query.skuId });
    if (query.warehouseId) qb.andWhere('m.warehouse_id = :warehouseId', { warehouseId: query.warehouseId });
    if (query.kind) qb.andWhere('m.kind = :kind', { kind: query.kind });
    if (query.sourceType) qb.andWhere('m.source_type = :sourceType', { sourceType: query.sourceType });
    if (query.sourceId) qb.andWhere('m.source_id = :sourceId', { sourceId: query.sourceId });
    // UUIDv7 ids are in creation order, so "newest first" is the primary key read backwards.
    const page = await paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'm.id', value: (m) => m.id } },
        idColumn: 'm.id',
        idValue: (m) => m.id,
      },
    );
    return this.movementResponses(page);
  }

  async movement(id: string, scope: DataScope): Promise<StockMovementResponse> {
    const qb = this.connection
      .getRepository(StockMovement)
      .createQueryBuilder('m')
      .innerJoin(Warehouse, 'w', 'w.id = m.warehouse_id')
      .where('m.id = :id', { id });
    applyDataScope(qb, 'w.region_id', scope);
    const movement = await qb.getOne();
    if (!movement) throw new StockMovementNotFoundError(id);
    return (await this.movementResponses({ data: [movement], nextCursor: null })).data[0];
  }

  async alerts(query: ListStockAlertsQuery, scope: DataScope): Promise<Page<StockAlertResponse>> {
    const qb = this.connection
      .getRepository(StockAlert)
      .createQueryBuilder('a')
      .innerJoin(Warehouse, 'w', 'w.id = a.warehouse_id');
    applyDataScope(qb, 'w.region_id', scope);
    const status = query.status ?? 'open';
    if (status === 'open') qb.andWhere('a.resolved_at IS NULL');
    if (status === 'resolved') qb.andWhere('a.resolved_at IS NOT NULL');
    if (query.skuId) qb.andWhere('a.sku_id = :skuId', { skuId: query.skuId });
    if (query.warehouseId) qb.andWhere('a.warehouse_id = :warehouseId', { warehouseId: query.warehouseId });
    const page = await paginate(
      qb,
      { ...query, sort: '-raisedAt' },
      { sorts: { raisedAt: { column: 'a.id', value: (a) => a.id } }, idColumn: 'a.id', idValue: (a) => a.id },
    );
    const labels = await this.labels.for(page.data);
    const levels = page.data.length
      ? await this.connection
          .getRepository(StockLevel)
          .createQueryBuilder('s')
          .where(
            '(s.sku_id, s.warehouse_id) IN (SELECT * FROM unnest(CAST(:skus AS uuid[]), CAST(:warehouses AS uuid[])))',
            {
              skus: page.data.map((a) => a.skuId),
              warehouses: page.data.map((a) => a.warehouseId),
            },
          )
          .getMany()
      : [];
    const levelOf = new Map(levels.map((s) => [`${s.skuId}/${s.warehouseId}`, s]));
    return {
      ...page,
      data: page.data.map((a) => {
        const level = levelOf.get(`${a.skuId}/${a.warehouseId}`);
        const sku = labels.sku(a.skuId);
        return {
          id: a.id,
          skuId: a.skuId,
          skuCode: sku.code,
          skuName: sku.name,
          warehouseId: a.warehouseId,
          warehouseCode: labels.warehouse(a.warehouseId).code,
          availableAtAlert: a.available,
          available: level ? level.onHand - level.reserved : 0,
          reorderPoint: level?.reorderPoint ?? a.reorderPoint,
          safetyStock: level?.safetyStock ?? 0,
          raisedAt: a.raisedAt.toISOString(),
          resolvedAt: a.resolvedAt?.toISOString() ?? null,
        };
      }),
    };
  }

  private async movementResponses(page: Page<StockMovement>): Promise<Page<StockMovementResponse>> {
    const labels = await this.labels.for(page.data);
    return {
      ...page,
      data: page.data.map((m) => {
        const sku = labels.sku(m.skuId);
        return {
          id: m.id,
          createdAt: m.createdAt.toISOString(),
          kind: m.kind,
          skuId: m.skuId,
          skuCode: sku.code,
          skuName: sku.name,
          warehouseId: m.warehouseId,
          warehouseCode: labels.warehouse(m.warehouseId).code,
          onHandDelta: m.onHandDelta,
          reservedDelta: m.reservedDelta,
          onHandAfter: m.onHandAfter,
          reservedAfter: m.reservedAfter,
          source: { type: m.sourceType, id: m.sourceId, number: m.sourceNumber },
          reason: m.reason,
          actor: { kind: m.actorKind, id: m.actorId, label: m.actorLabel },
        };
      }),
    };
  }
}
