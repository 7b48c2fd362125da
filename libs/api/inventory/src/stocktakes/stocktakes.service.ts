import { Injectable } from '@nestjs/common';
import {
  applyDataScope,
  currentActor,
  DataScope,
  DocumentNumbers,
  InvalidInputError,
  NotFoundError,
  Page,
  paginate,
  TransactionalConnection,
  BusinessRuleError,
} from '@zhanggui/api-platform';
import { CatalogSkus } from '../catalog-skus/catalog-skus.reader';
import { StockLabels } from '../stock/stock-labels';
import { AppliedMovement, levelKey, StockLedger } from '../stock/stock-ledger';
import { UnknownReferenceError } from '../stock/stock.errors';
import { Warehouse } from '../warehouses/warehouse.entity';
import { WarehousesService } from '../warehouses/warehouses.service';
import type { CreateStocktakeDto, ListStocktakesQuery, StocktakeResponse } from './dto/stocktake.dto';
import { stocktakeDifferences } from './stocktake-differences';
import { Stocktake, StocktakeLine } from './stocktake.entity';

export class StocktakeNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('STOCKTAKE_NOT_FOUND', `There is no stocktake ${id}.`);
  }
}

/**
 * A count (盘点) booked as one document: its number goes on every difference's stocktake movement, and
 * every counted line (even an exact one) is kept, so it shows what was counted.
 */
@Injectable()
export class StocktakesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: StockLedger,
    private readonly warehouses: WarehousesService,
    private readonly skus: CatalogSkus,
    private readonly numbers: DocumentNumbers,
    private readonly labels: StockLabels,
  ) {}

  async create(input: CreateStocktakeDto, scope: DataScope): Promise<StocktakeResponse> {
    const warehouse = await this.warehouses.usable(input.warehouseId, scope, 'warehouseId');
    const known = await this.skus.byIds(input.lines.map((line) => line.skuId));
    const unknown = input.lines.findIndex((line) => !known.has(line.skuId));
    if (unknown >= 0)
      throw new UnknownReferenceError(`lines.${unknown}.skuId`, 'SKU', input.lines[unknown].skuId);
    const levels = await this.ledger.lock(
      input.lines.map((line) => ({ skuId: line.skuId, warehouseId: warehouse.id })),
    );
    const { differences, problems } = stocktakeDifferences(input.lines, (skuId) =>
      levels.get(levelKey(skuId, warehouse.id)),
    );
    const duplicates = problems.filter((p) => p.kind === 'duplicate');
    if (duplicates.length) {
      throw new InvalidInputError(
        'DUPLICATE_LINE',
        'Each SKU may be counted once per stocktake.',
        duplicates.map((p) => ({ field: `lines.${p.index}.skuId`, message: 'counted twice' })),
      );
    }
    if (problems.length) {
      throw new BusinessRuleError(
        'STOCKTAKE_BELOW_RESERVED',
        'Some counts are below what orders hold reserved: release or reassign those reservations first.',
        problems.map((p) => ({
          field: `lines.${p.index}.counted`,
          message: `${p.kind === 'below-reserved' ? p.reserved : 0} reserved`,
        })),
      );
    }
    const stocktakes = this.connection.getRepository(Stocktake);
    const stocktake = await stocktakes.save(
      stocktakes.create({
        number: await this.numbers.next('STK'),
        warehouseId: warehouse.id,
        note: input.note ?? null,
        countedBy: currentActor()?.label ?? null,
      }),
    );
    await this.connection
      .getRepository(StocktakeLine)
      .insert(differences.map((d) => ({ stocktakeId: stocktake.id, ...d })));
    const source = { type: 'stocktake', id: stocktake.id, number: stocktake.number };
    const applied: AppliedMovement[] = [];
    for (const d of differences) {
      if (d.difference === 0) continue;
      if (d.difference > 0) await this.ledger.ensureLevel(d.skuId, warehouse.id);
      const movement = await this.ledger.apply({
        skuId: d.skuId,
        warehouseId: warehouse.id,
        kind: 'stocktake',
        onHandDelta: d.difference,
        reservedDelta: 0,
        source,
        reason: input.note ?? null,
      });
      if (!movement) throw new Error('A stocktake difference failed its guard under lock');
      applied.push(movement);
    }
    await this.ledger.published(source, applied);
    return this.get(stocktake.id, scope);
  }

  async list(query: ListStocktakesQuery, scope: DataScope): Promise<Page<StocktakeResponse>> {
    const qb = this.connection
      .getRepository(Stocktake)
      .createQueryBuilder('t')
      .innerJoin(Warehouse, 'w', 'w.id = t.warehouse_id');
    applyDataScope(qb, 'w.region_id', scope);
    if (query.warehouseId) qb.andWhere('t.warehouse_id = :warehouseId', { warehouseId: query.warehouseId });
    const page = await paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 't.id', value: (t) => t.id } },
        idColumn: 't.id',
        idValue: (t) => t.id,
      },
    );
    const warehouses = await this.labels.warehouses(page.data.map((t) => t.warehouseId));
    return {
      ...page,
      data: page.data.map((t) => response(t, warehouses.get(t.warehouseId)!, [])),
    };
  }

  async get(id: string, scope: DataScope): Promise<StocktakeResponse> {
    const stocktake = await this.connection.getRepository(Stocktake).findOneBy({ id });
    if (!stocktake) throw new StocktakeNotFoundError(id);
    const warehouse = await this.warehouses.getVisible(stocktake.warehouseId, scope).catch(() => {
      throw new StocktakeNotFoundError(id);
    });
    const lines = await this.connection
      .getRepository(StocktakeLine)
      .find({ where: { stocktakeId: id }, order: { skuId: 'ASC' } });
    const skus = await this.skus.byIds(lines.map((line) => line.skuId));
    return response(
      stocktake,
      warehouse,
      lines.map((line) => ({
        skuId: line.skuId,
        skuCode: skus.get(line.skuId)?.code ?? '?',
        skuName: skus.get(line.skuId)?.name ?? null,
        expected: line.expected,
        counted: line.counted,
        difference: line.difference,
      })),
    );
  }
}

function response(
  stocktake: Stocktake,
  warehouse: Warehouse,
  lines: StocktakeResponse['lines'],
): StocktakeResponse {
  return {
    id: stocktake.id,
    number: stocktake.number,
    warehouseId: stocktake.warehouseId,
    warehouseCode: warehouse.code,
    note: stocktake.note,
    countedBy: stocktake.countedBy,
    createdAt: stocktake.createdAt.toISOString(),
    version: stocktake.version,
    lines,
  };
}
