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

  /** SKU ids by code (one query). For demo data. */
  async idsByCode(codes: readonly string[]): Promise<Map<string, string>> {
    const skus = await this.products.skusByCodes([...codes]);
    return new Map([...skus].map(([code, sku]) => [code, sku.id]));
  }
}
