import { Injectable } from '@nestjs/common';
import { ProductsService } from '@zhanggui/api-catalog';

export interface SkuLabel {
  id: string;
  code: string;
  name: string | null;
}

/** What inventory needs to know of catalog's SKUs, through catalog's exported service only. */
@Injectable()
export class CatalogSkus {
  constructor(private readonly products: ProductsService) {}

  async byIds(ids: readonly string[]): Promise<Map<string, SkuLabel>> {
    return this.products.skusByIds([...ids]);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.byIds([id])).has(id);
  }

  /** SKU ids by code, found through the product search (which matches SKU codes). For demo data. */
  async idsByCode(codes: readonly string[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const code of codes) {
      const found = await this.products.list({ q: code, limit: 10 } as Parameters<
        ProductsService['list']
      >[0]);
      for (const product of found.page.data) {
        for (const sku of (await this.products.get(product.id)).skus) {
          if (sku.code === code) ids.set(code, sku.id);
        }
      }
    }
    return ids;
  }
}
