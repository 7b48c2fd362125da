import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { CatalogSkus, SkuLabel } from '../catalog-skus/catalog-skus.reader';
import { Warehouse } from '../warehouses/warehouse.entity';

export interface Labels {
  sku(id: string): SkuLabel;
  warehouse(id: string): Warehouse;
}

/** SKU and warehouse names for a page of stock rows, in two queries whatever the page size. */
@Injectable()
export class StockLabels {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly skus: CatalogSkus,
  ) {}

  async for(rows: ReadonlyArray<{ skuId: string; warehouseId: string }>): Promise<Labels> {
    const skus = await this.skus.byIds(rows.map((row) => row.skuId));
    const warehouses = await this.warehouses(rows.map((row) => row.warehouseId));
    return {
      sku: (id) => skus.get(id) ?? { id, code: '?', name: null },
      warehouse: (id) => warehouses.get(id)!,
    };
  }

  async warehouses(ids: readonly string[]): Promise<Map<string, Warehouse>> {
    const unique = [...new Set(ids)];
    const rows = unique.length
      ? await this.connection.getRepository(Warehouse).findBy({ id: In(unique) })
      : [];
    return new Map(rows.map((w) => [w.id, w]));
  }
}
