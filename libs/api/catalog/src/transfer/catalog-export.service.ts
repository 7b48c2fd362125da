import { Injectable } from '@nestjs/common';
import { In, MoreThan } from 'typeorm';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { Brand } from '../brands/brand.entity';
import { Category } from '../categories/category.entity';
import { PricesService } from '../prices/prices.service';
import { Product } from '../products/product.entity';
import { Sku } from '../products/sku.entity';
import { catalogCsvHeader, catalogCsvLines, ExportRow } from './catalog-csv.writer';
import { CategoryPaths } from './category-paths';
import { currentAmounts } from './current-amounts';
import { groupBy } from './group-by';

/** Products per query: their SKUs and prices follow in a few more, so memory stays flat for any catalog. */
const PRODUCTS_PER_PAGE = 200;

/** The whole catalog as CSV, one row per SKU with its current prices. */
@Injectable()
export class CatalogExportService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly prices: PricesService,
  ) {}

  /**
   * The file in pieces, a page of products at a time (keyset on id, never OFFSET). Categories and brands are
   * read first, so a database that does not answer is still an error response rather than a cut-off file.
   */
  async csv(): Promise<AsyncGenerator<string>> {
    const categories = new CategoryPaths(await this.connection.getRepository(Category).find());
    const brands = new Map(
      (await this.connection.getRepository(Brand).find()).map((brand) => [brand.id, brand.name]),
    );
    return this.pages(categories, brands);
  }

  private async *pages(categories: CategoryPaths, brands: Map<string, string>): AsyncGenerator<string> {
    yield catalogCsvHeader();
    let after: string | undefined;
    for (;;) {
      const products = await this.connection.getRepository(Product).find({
        where: after ? { id: MoreThan(after) } : {},
        order: { id: 'ASC' },
        take: PRODUCTS_PER_PAGE,
      });
      if (products.length === 0) return;
      after = products[products.length - 1].id;
      const skus = await this.connection.getRepository(Sku).find({
        where: { productId: In(products.map((product) => product.id)) },
        order: { code: 'ASC' },
      });
      const prices = await currentAmounts(
        this.prices,
        skus.map((sku) => sku.id),
      );
      const skusOf = groupBy(skus, (sku) => sku.productId);
      const rows: ExportRow[] = products.flatMap((product) => {
        const row = {
          id: product.id,
          name: product.name,
          categoryPath: categories.pathOf(product.categoryId),
          brand: (product.brandId && brands.get(product.brandId)) || '',
          status: product.status,
        };
        return (skusOf.get(product.id) ?? []).map((sku) => ({
          product: row,
          sku,
          prices: prices.get(sku.id) ?? {},
        }));
      });
      yield catalogCsvLines(rows);
    }
  }
}
