import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditWriter, DataScope, DocumentNumbers } from '@zhanggui/api-platform';
import { CatalogSkus } from '../catalog-skus/catalog-skus.reader';
import { WarehousesService } from '../warehouses/warehouses.service';
import type { CreateStockAdjustmentDto } from './dto/stock-movement.dto';
import { AppliedMovement, levelKey, StockLedger } from './stock-ledger';
import { StockBelowZeroError, StockReservedError, UnknownReferenceError } from './stock.errors';

/**
 * A person correcting a balance by hand (breakage, a found carton), with a reason that stays on the
 * movement. On hand never falls below zero nor below what orders hold reserved.
 */
@Injectable()
export class StockAdjustmentsService {
  constructor(
    private readonly ledger: StockLedger,
    private readonly warehouses: WarehousesService,
    private readonly skus: CatalogSkus,
    private readonly numbers: DocumentNumbers,
    private readonly audit: AuditWriter,
  ) {}

  async adjust(
    input: CreateStockAdjustmentDto,
    scope: DataScope,
  ): Promise<AppliedMovement & { number: string }> {
    await this.warehouses.usable(input.warehouseId, scope, 'warehouseId');
    if (!(await this.skus.exists(input.skuId))) throw new UnknownReferenceError('skuId', 'SKU', input.skuId);
    if (input.quantity > 0) await this.ledger.ensureLevel(input.skuId, input.warehouseId);
    const level = (await this.ledger.lock([input])).get(levelKey(input.skuId, input.warehouseId));
    const onHand = level?.onHand ?? 0;
    const reserved = level?.reserved ?? 0;
    if (onHand + input.quantity < 0) throw new StockBelowZeroError(onHand, input.quantity);
    if (onHand + input.quantity < reserved) throw new StockReservedError(reserved, onHand + input.quantity);
    const number = await this.numbers.next('ADJ');
    const source = { type: 'stock-adjustment', id: randomUUID(), number };
    const applied = await this.ledger.apply({
      skuId: input.skuId,
      warehouseId: input.warehouseId,
      kind: 'adjustment',
      onHandDelta: input.quantity,
      reservedDelta: 0,
      source,
      reason: input.reason,
    });
    if (!applied) throw new Error('An adjustment failed its guard under lock');
    await this.audit.record({
      action: 'stock-adjustment',
      entityType: 'stock_level',
      entityId: applied.levelId,
      changes: {
        onHand: { from: onHand, to: applied.onHandAfter },
        reason: { to: input.reason },
        number: { to: number },
      },
    });
    await this.ledger.published(source, [applied]);
    return { ...applied, number };
  }
}
