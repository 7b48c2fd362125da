import { Injectable } from '@nestjs/common';
import {
  applyDataScope,
  assertVersionMatches,
  AuditWriter,
  DataScope,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { CatalogSkus } from '../catalog-skus/catalog-skus.reader';
import { Warehouse } from '../warehouses/warehouse.entity';
import { WarehousesService } from '../warehouses/warehouses.service';
import type { ListStockLevelsQuery, ReorderSettingsDto, StockLevelResponse } from './dto/stock-level.dto';
import { StockLabels } from './stock-labels';
import { levelKey, StockLedger } from './stock-ledger';
import { StockLevel } from './stock-level.entity';
import { ReorderSettingsInvalidError, SkuNotFoundError } from './stock.errors';

/** The stock-levels list people read (customer service, the website, managers) and the reorder settings. */
@Injectable()
export class StockLevelsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: StockLedger,
    private readonly labels: StockLabels,
    private readonly warehouses: WarehousesService,
    private readonly orgUnits: OrgUnitsService,
    private readonly skus: CatalogSkus,
    private readonly audit: AuditWriter,
  ) {}

  async list(query: ListStockLevelsQuery, scope: DataScope): Promise<Page<StockLevelResponse>> {
    const qb = this.connection
      .getRepository(StockLevel)
      .createQueryBuilder('s')
      .innerJoin(Warehouse, 'w', 'w.id = s.warehouse_id');
    applyDataScope(qb, 'w.region_id', scope);
    if (query.skuId) qb.andWhere('s.sku_id = :skuId', { skuId: query.skuId });
    if (query.warehouseId) qb.andWhere('s.warehouse_id = :warehouseId', { warehouseId: query.warehouseId });
    if (query.regionId) {
      const units = await this.orgUnits.subtreeIds([query.regionId]);
      qb.andWhere('w.region_id = ANY(:units)', { units });
    }
    if (query.lowOnly) qb.andWhere('s.low');
    const page = await paginate(qb, query, {
      sorts: { createdAt: { column: 's.id', value: (s) => s.id } },
      idColumn: 's.id',
      idValue: (s) => s.id,
    });
    return this.responses(page);
  }

  /**
   * Sets when to reorder. The balance row is created if the SKU never had stock here, so a product manager
   * can set the point before the first receipt; a change may raise or resolve the low-stock alert at once.
   */
  async setReorder(
    skuId: string,
    warehouseId: string,
    settings: ReorderSettingsDto,
    expected: number[] | undefined,
    scope: DataScope,
  ): Promise<StockLevelResponse> {
    if (settings.safetyStock > settings.reorderPoint) throw new ReorderSettingsInvalidError();
    const warehouse = await this.warehouses.getVisible(warehouseId, scope);
    if (!(await this.skus.exists(skuId))) throw new SkuNotFoundError(skuId);
    await this.ledger.ensureLevel(skuId, warehouse.id);
    const level = (await this.ledger.lock([{ skuId, warehouseId }])).get(levelKey(skuId, warehouseId))!;
    const row = await this.connection.getRepository(StockLevel).findOneByOrFail({ id: level.id });
    assertVersionMatches('reorder settings', expected, row.version);
    await this.connection.manager.query(
      `UPDATE stock_level SET reorder_point = $2, safety_stock = $3, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [level.id, settings.reorderPoint, settings.safetyStock],
    );
    await this.audit.record({
      action: 'update',
      entityType: 'stock_level',
      entityId: level.id,
      changes: {
        reorderPoint: { from: level.reorderPoint, to: settings.reorderPoint },
        safetyStock: { from: level.safetyStock, to: settings.safetyStock },
      },
    });
    await this.ledger.syncLowFlag({ ...level, ...settings });
    const fresh = await this.connection.getRepository(StockLevel).findOneByOrFail({ id: level.id });
    return (await this.responses({ data: [fresh], nextCursor: null })).data[0];
  }

  async responses(page: Page<StockLevel>): Promise<Page<StockLevelResponse>> {
    const labels = await this.labels.for(page.data);
    return {
      ...page,
      data: page.data.map((s) => {
        const sku = labels.sku(s.skuId);
        const warehouse = labels.warehouse(s.warehouseId);
        return {
          id: s.id,
          skuId: s.skuId,
          skuCode: sku.code,
          skuName: sku.name,
          warehouseId: s.warehouseId,
          warehouseCode: warehouse.code,
          warehouseName: warehouse.name,
          regionId: warehouse.regionId,
          onHand: s.onHand,
          reserved: s.reserved,
          available: s.onHand - s.reserved,
          inTransit: s.inTransit,
          reorderPoint: s.reorderPoint,
          safetyStock: s.safetyStock,
          low: s.low,
          version: s.version,
          updatedAt: s.updatedAt.toISOString(),
        };
      }),
    };
  }
}
