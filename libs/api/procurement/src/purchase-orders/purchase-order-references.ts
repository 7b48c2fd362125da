import { Injectable } from '@nestjs/common';
import { DomainError } from '@zhanggui/api-platform';
import { ProductsService, SkuSummary } from '@zhanggui/api-catalog';
import { WarehousesService, WarehouseView } from '@zhanggui/api-inventory';
import { DuplicateSkuError, UnknownSkuError, UnknownWarehouseError } from './purchase-order.errors';

/**
 * Checks what a procurement document points at in other domains — SKUs in catalog, warehouses in inventory —
 * through their exported services, and names the offending field when something is wrong.
 */
@Injectable()
export class ProcurementReferences {
  constructor(
    private readonly products: ProductsService,
    private readonly warehouses: WarehousesService,
  ) {}

  async warehouse(warehouseId: string): Promise<WarehouseView> {
    let warehouse: WarehouseView;
    try {
      warehouse = await this.warehouses.get(warehouseId);
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) throw new UnknownWarehouseError(warehouseId);
      throw error;
    }
    if (!warehouse.active) throw new UnknownWarehouseError(warehouseId, 'the warehouse is not active');
    return warehouse;
  }

  /** Every SKU exists and appears once; `field` is the array's name (`lines`, `items`). */
  async skus(lines: Array<{ skuId: string }>, field: string): Promise<Map<string, SkuSummary>> {
    const seen = new Set<string>();
    lines.forEach((line, index) => {
      if (seen.has(line.skuId)) throw new DuplicateSkuError(`${field}.${index}.skuId`);
      seen.add(line.skuId);
    });
    const found = await this.products.skusByIds(lines.map((line) => line.skuId));
    lines.forEach((line, index) => {
      if (!found.has(line.skuId)) throw new UnknownSkuError(line.skuId, `${field}.${index}.skuId`);
    });
    return found;
  }

  skuSummaries(skuIds: string[]): Promise<Map<string, SkuSummary>> {
    return this.products.skusByIds(skuIds);
  }
}
