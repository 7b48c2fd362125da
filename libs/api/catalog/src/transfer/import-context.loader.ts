import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { Brand } from '../brands/brand.entity';
import { Category } from '../categories/category.entity';
import { PricesService } from '../prices/prices.service';
import { Product } from '../products/product.entity';
import { Sku } from '../products/sku.entity';
import { CategoryPaths } from './category-paths';
import { currentAmounts } from './current-amounts';
import { inBatches } from './in-batches';
import type { ImportContext } from './import-plan';
import type { ImportRow } from './import-row';

/**
 * Reads what an import is judged against, in a fixed number of queries for any file: `= ANY(:array)` binds
 * one parameter however many codes the file holds.
 */
@Injectable()
export class ImportContextLoader {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly prices: PricesService,
  ) {}

  async load(rows: ImportRow[]): Promise<ImportContext> {
    const skus = await this.connection
      .getRepository(Sku)
      .createQueryBuilder('s')
      .where('s.code = ANY(:codes)', { codes: distinct(rows.map((row) => row.sku.code)) })
      .getMany();
    const productIds = distinct([
      ...skus.map((sku) => sku.productId),
      ...rows.flatMap((row) => row.productId ?? []),
    ]);
    const products = await this.connection
      .getRepository(Product)
      .createQueryBuilder('p')
      .where('p.id = ANY(:productIds)', { productIds })
      .getMany();
    const barcodes = distinct(rows.flatMap((row) => row.sku.barcode ?? []));
    const barcodeOwners = await this.connection
      .getRepository(Sku)
      .createQueryBuilder('s')
      .select(['s.code', 's.barcode'])
      .where('s.barcode = ANY(:barcodes)', { barcodes })
      .getMany();
    const skuIds = skus.map((sku) => sku.id);
    const costs = new Map<string, number>();
    for (const batch of inBatches(skuIds))
      for (const [skuId, cost] of await this.prices.costs(batch)) costs.set(skuId, cost.amount);

    return {
      categories: new CategoryPaths(await this.connection.getRepository(Category).find()),
      brandsByName: new Map(
        (await this.connection.getRepository(Brand).find()).map((brand) => [brand.name.toLowerCase(), brand]),
      ),
      skusByCode: new Map(skus.map((sku) => [sku.code, sku])),
      products: new Map(products.map((product) => [product.id, product])),
      barcodeOwners: new Map(barcodeOwners.map((sku) => [sku.barcode!, sku.code])),
      currentPrices: await currentAmounts(this.prices, skuIds),
      costs,
      policy: await this.prices.policy(),
    };
  }
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}
